#include "core/catalog/catalogjson.h"
#include "core/demo/democitygenerator.h"
#include "core/demo/demologins.h"
#include "core/demo/demoprofilebuilder.h"
#include "core/demo/demosandbox.h"
#include "core/demo/demotickethistory.h"
#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/geo/geocoder.h"
#include "core/geo/routingrules.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "core/sync/serversettings.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
// A small history keeps the test fast; the city itself is always full size.
core::DemoProfileBuilder::Options smallOptions(quint64 seed)
{
    core::DemoProfileBuilder::Options o;
    o.seed = seed;
    o.tickets = 3000;
    o.lastDay = QDate(2026, 11, 30);
    o.computeHash = true;
    return o;
}
} // namespace

class TestDemoCity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cityHasWhatTheIssueAsksFor()
    {
        const core::Catalog catalog = core::catalogjson::builtIn();
        for (quint64 seed : {1ULL, 2ULL, 77ULL, 12345ULL}) {
            const core::DemoCity city = core::DemoCityGenerator::generate(seed, {}, catalog);
            QCOMPARE(city.name, QStringLiteral("Port Ellis"));
            QVERIFY2(city.districts.size() >= 8 && city.districts.size() <= 12,
                     qPrintable(QString::number(city.districts.size())));
            QVERIFY2(city.addresses.size() >= 50000, qPrintable(QString::number(city.addresses.size())));
            QStringList kinds;
            for (const core::DemoLandmark &l : city.landmarks)
                kinds.append(l.kind);
            for (const char *k : {"city_hall", "school", "park", "library"})
                QVERIFY2(kinds.contains(QLatin1String(k)), k);
            QStringList areaKinds;
            QStringList classes;
            QStringList names;
            for (const core::GeoFeature &a : city.areas)
                areaKinds.append(a.properties.value(QStringLiteral("kind")).toString());
            for (const core::GeoFeature &s : city.streets) {
                classes.append(s.properties.value(QStringLiteral("class")).toString());
                names.append(s.properties.value(QStringLiteral("name")).toString());
                QVERIFY(s.properties.contains(QStringLiteral("from_left")));
            }
            QVERIFY(areaKinds.contains(QStringLiteral("water")));
            QVERIFY(areaKinds.contains(QStringLiteral("park")));
            QVERIFY(names.contains(QStringLiteral("Liberty Avenue")));   // diagonal
            QVERIFY(names.contains(QStringLiteral("Crescent Parkway"))); // curved
            QVERIFY(classes.contains(QStringLiteral("primary")));        // the bridge streets
            // Every address point lies in the district the city says.
            for (size_t d = 0; d < city.addressesByDistrict.size(); ++d)
                QVERIFY(!city.addressesByDistrict[d].empty());
        }
        QCOMPARE(core::DemoCityGenerator::generate(1, QStringLiteral("Lake Verity"), catalog).name,
                 QStringLiteral("Lake Verity"));
    }

    void ticketsAreSeasonal()
    {
        const core::Catalog catalog = core::catalogjson::builtIn();
        const core::DemoCity city = core::DemoCityGenerator::generate(5, {}, catalog);
        QHash<QString, QHash<int, int>> byServiceMonth;
        QSet<QString> phones;
        int repeatCalls = 0;
        core::DemoTicketHistory::generate(
            city, catalog, {5, 20000, QDate(2026, 11, 30), QStringLiteral("TRN")},
            [&](const core::Ticket &t) {
                const QDate local = t.requestedAt.toTimeZone(catalog.calendar.timeZone()).date();
                ++byServiceMonth[t.serviceCode][local.month()];
                if (!t.caller.phone.isEmpty() && phones.contains(t.caller.phone))
                    ++repeatCalls;
                phones.insert(t.caller.phone);
            });
        const auto season = [&](const char *code, std::initializer_list<int> months) {
            int n = 0;
            for (int m : months)
                n += byServiceMonth[QLatin1String(code)][m];
            return n;
        };
        QVERIFY(season("POTHOLE", {3, 4, 5}) > 2 * season("POTHOLE", {9, 10, 11}));
        QVERIFY(season("NOISE", {6, 7, 8}) > 2 * season("NOISE", {12, 1, 2}));
        QVERIFY(season("STREET_SWEEPING", {9, 10, 11}) > 3 * season("STREET_SWEEPING", {3, 4, 5}));
        QVERIFY(season("SNOW_ICE", {12, 1, 2}) > 20 * std::max(1, season("SNOW_ICE", {6, 7, 8})));
        QVERIFY2(repeatCalls > 2000, qPrintable(QString::number(repeatCalls)));
    }

    void sameSeedSameContentDifferentSeedDifferentCity()
    {
        QTemporaryDir a, b, c;
        const auto ra = core::DemoProfileBuilder::build(a.path(), smallOptions(42));
        const auto rb = core::DemoProfileBuilder::build(b.path(), smallOptions(42));
        const auto rc = core::DemoProfileBuilder::build(c.path(), smallOptions(43));
        QCOMPARE(ra.contentHash, rb.contentHash);
        QVERIFY(ra.contentHash != rc.contentHash);
        QCOMPARE(ra.tickets, 3001); // the history plus the duplicate scenario's open request
        QVERIFY(ra.addresses >= 50000);
        // Read back from the stores, not from the report.
        core::LocalStore sa{core::Profile(a.path())};
        core::LocalStore sc{core::Profile(c.path())};
        QCOMPARE(core::DemoProfileBuilder::contentHash(sa.database()), ra.contentHash);
        QCOMPARE(core::DemoProfileBuilder::contentHash(sc.database()), rc.contentHash);
    }

    void profileOpensLikeAnyOther()
    {
        QTemporaryDir dir;
        core::DemoProfileBuilder::build(dir.path(), smallOptions(7));
        core::LocalStore store{core::Profile(dir.path())};
        QCOMPARE(store.catalog().jurisdictionName, QStringLiteral("City of Port Ellis"));
        QCOMPARE(store.workstationCode(), QStringLiteral("TRN"));
        const core::CityLayerStore layers(store.database());
        QVERIFY(layers.count(core::CityLayerStore::Layer::Addresses) >= 50000);
        QVERIFY(layers.count(core::CityLayerStore::Layer::Districts) >= 8);
        // The geocoder finds a numbered street's house, and the routing sends it by district.
        const std::vector<core::GeocodeResult> hit =
            core::Geocoder(store.database()).geocode(QStringLiteral("205 12th St"), 1);
        QVERIFY(!hit.empty());
        core::Ticket t;
        t.serviceCode = QStringLiteral("POTHOLE");
        t.latitude = hit.front().point.lat;
        t.longitude = hit.front().point.lon;
        const core::DistrictIndex districts{core::CityLayerStore(store.database())};
        const auto rule = core::RoutingRules(store.database()).applyTo(t, districts);
        QVERIFY(rule);
        QVERIFY(t.district.startsWith(QStringLiteral("District ")));
        QCOMPARE(t.agencyResponsible, QStringLiteral("DPW"));
        QVERIFY(rule->queue.endsWith(QStringLiteral("D%1").arg(t.district.section(u' ', 1))));
        const auto logins = core::DemoLogins(store.database()).all();
        QCOMPARE(logins.size(), 4);
        QStringList roles;
        for (const auto &l : logins)
            roles.append(l.role);
        QCOMPARE(roles, (QStringList{QStringLiteral("calltaker"), QStringLiteral("supervisor"),
                                     QStringLiteral("admin"), QStringLiteral("trainer")}));
    }

    void sandboxNeverGoesOnline()
    {
        QTemporaryDir dir;
        core::DemoProfileBuilder::build(dir.path(), smallOptions(3));
        QVERIFY(core::DemoSandbox::isSandbox(dir.path()));
        core::ServerSettings s;
        s.url = QStringLiteral("postgresql://calltaker@db.example.org/civicdesk");
        QVERIFY_THROWS_EXCEPTION(core::Error, s.save(core::Profile(dir.path())));
        // Even a settings file edited by hand does not turn sync on.
        QFile ini(core::Profile(dir.path()).settingsPath());
        QVERIFY(ini.open(QIODevice::Append));
        ini.write("[sync]\nurl=postgresql://calltaker@db.example.org/civicdesk\n");
        ini.close();
        QVERIFY(!core::ServerSettings::load(core::Profile(dir.path())).isConfigured());
    }

    void resetRestoresTheInitialState()
    {
        QTemporaryDir dir;
        const auto report = core::DemoProfileBuilder::build(dir.path(), smallOptions(9));
        {
            core::LocalStore store{core::Profile(dir.path())};
            core::Ticket t;
            t.id = QUuid::createUuid();
            t.referenceNumber = QStringLiteral("TRN-ZZZ-ZZZ2");
            t.serviceCode = QStringLiteral("POTHOLE");
            t.requestedAt = t.updatedAt = QDateTime::currentDateTimeUtc();
            core::TicketRepository repo(store.database());
            core::Transaction tx(store.database().connection());
            repo.insert(t);
            tx.commit();
            QVERIFY(core::DemoProfileBuilder::contentHash(store.database()) != report.contentHash);
        }
        core::DemoSandbox::reset(dir.path());
        {
            core::LocalStore store{core::Profile(dir.path())};
            QCOMPARE(core::DemoProfileBuilder::contentHash(store.database()), report.contentHash);
        }
        // A damaged store and no snapshot: the reset makes the same city again.
        QVERIFY(QFile::remove(dir.filePath(QLatin1String(core::DemoSandbox::kSnapshotFile))));
        {
            QFile store(core::Profile(dir.path()).storePath());
            QVERIFY(store.open(QIODevice::WriteOnly | QIODevice::Truncate));
            store.write(QByteArray(8192, 'x'));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, core::LocalStore{core::Profile(dir.path())});
        core::DemoSandbox::reset(dir.path());
        core::LocalStore store{core::Profile(dir.path())};
        QCOMPARE(core::DemoProfileBuilder::contentHash(store.database()), report.contentHash);
    }

    void refusesALiveProfile()
    {
        QTemporaryDir dir;
        {
            core::LocalStore live{core::Profile(dir.path())};
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DemoProfileBuilder::build(dir.path(), smallOptions(1)));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DemoSandbox::ensure(dir.path()));
    }
};

CIVICDESK_TEST_MAIN(TestDemoCity)
#include "test_democity.moc"

#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/geocoder.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk;
using core::GeocodeResult;

class TestGeocoder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProfile> m_profile;
    const core::Database &db() { return m_profile->store().database(); }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        testsupport::fixturecity::importAll(db());
    }

    void forward_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        QTest::newRow("exact") << QStringLiteral("12 Main Street") << QStringLiteral("12 Main Street") << int(GeocodeResult::Kind::Address);
        QTest::newRow("abbreviated") << QStringLiteral("12 main st.") << QStringLiteral("12 Main Street") << int(GeocodeResult::Kind::Address);
        QTest::newRow("str") << QStringLiteral("14 MAIN STR") << QStringLiteral("14 Main Street") << int(GeocodeResult::Kind::Address);
        QTest::newRow("typo") << QStringLiteral("12 Mian Street") << QStringLiteral("12 Main Street") << int(GeocodeResult::Kind::Address);
        QTest::newRow("ordinal and directional") << QStringLiteral("7 N 3rd Ave") << QStringLiteral("7 North Third Avenue") << int(GeocodeResult::Kind::Address);
        QTest::newRow("interpolated") << QStringLiteral("150 Main St") << QStringLiteral("150 Main Street") << int(GeocodeResult::Kind::Interpolated);
        QTest::newRow("street only") << QStringLiteral("Elm St") << QStringLiteral("Elm Street") << int(GeocodeResult::Kind::Street);
        QTest::newRow("intersection") << QStringLiteral("Main St & 3rd Ave") << QStringLiteral("Main Street & North Third Avenue") << int(GeocodeResult::Kind::Intersection);
    }
    // The address file says "N 3rd Ave", the street file "North Third Avenue": one street.
    void forward()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(int, kind);
        const core::Geocoder geocoder(db());
        const auto results = geocoder.geocode(text);
        QVERIFY2(!results.empty(), qPrintable(text));
        QCOMPARE(results.front().label, label);
        QCOMPARE(int(results.front().kind), kind);
        QVERIFY(results.front().insideJurisdiction);
    }

    void unitsAndPositions()
    {
        const core::Geocoder geocoder(db());
        const auto apt = geocoder.geocode(QStringLiteral("12 Main St Apt 4B"));
        QCOMPARE(apt.front().unit, QStringLiteral("4b"));
        QCOMPARE(apt.front().point, (core::GeoPoint{-93.008, 45.0002}));
        // 150 is even: the right side runs 100..198, so it lies about half way along Main Street.
        const auto interpolated = geocoder.geocode(QStringLiteral("150 Main St"));
        QVERIFY(qAbs(interpolated.front().point.lon - (-93.010 + 0.02 * 50.0 / 98.0)) < 1e-5);
        QVERIFY(geocoder.geocode(QStringLiteral("151 Main St")).front().kind == GeocodeResult::Kind::Interpolated);
        QVERIFY(geocoder.geocode(QStringLiteral("999 Main St")).empty()); // beyond every range
        const auto crossing = geocoder.geocode(QStringLiteral("Main and Third"));
        QCOMPARE(crossing.front().kind, GeocodeResult::Kind::Intersection);
        QVERIFY(qAbs(crossing.front().point.lon - (-93.000)) < 1e-9 && qAbs(crossing.front().point.lat - 45.000) < 1e-9);
        QVERIFY(geocoder.geocode(QStringLiteral("Nowhere Boulevard")).empty());
    }

    void autocomplete()
    {
        const core::Geocoder geocoder(db());
        auto results = geocoder.autocomplete(QStringLiteral("12 Ma"));
        QVERIFY(!results.empty());
        QCOMPARE(results.front().label, QStringLiteral("12 Main Street"));
        results = geocoder.autocomplete(QStringLiteral("1 Main"));
        QStringList labels;
        for (const auto &r : results)
            labels.append(r.label);
        QVERIFY2(labels.contains(QStringLiteral("12 Main Street")) && labels.contains(QStringLiteral("14 Main Street")),
                 qPrintable(labels.join(u',')));
        // A suffix typed half way still completes.
        QCOMPARE(geocoder.autocomplete(QStringLiteral("120 Elm Stre")).front().label, QStringLiteral("120 Elm Street"));
        QCOMPARE(geocoder.autocomplete(QStringLiteral("7 North Th")).front().label, QStringLiteral("7 North Third Avenue"));
    }

    void reverse()
    {
        const core::Geocoder geocoder(db());
        const auto near12 = geocoder.reverse({-93.00801, 45.00025});
        QVERIFY(near12);
        QCOMPARE(near12->label, QStringLiteral("12 Main Street"));
        QVERIFY(near12->distanceMetres < 10);
        // North of Main Street (its left, walking east), 3/4 of the way: 101 + 0.75 * 98 = 174.5 -> odd 175.
        const auto along = geocoder.reverse({-92.995, 45.0001});
        QVERIFY(along);
        QCOMPARE(along->kind, GeocodeResult::Kind::Interpolated);
        QCOMPARE(along->label, QStringLiteral("175 Main Street"));
        QVERIFY(!geocoder.reverse({-93.5, 45.5}));
    }

    void jurisdiction()
    {
        const core::Geocoder geocoder(db());
        QVERIFY(geocoder.isInsideJurisdiction({-93.005, 45.003}));
        QVERIFY(!geocoder.isInsideJurisdiction({-93.2, 45.2}));
        QVERIFY(!geocoder.isInsideJurisdiction({-92.98, 44.98}));
    }

    void rejectedImportChangesNothing()
    {
        core::CityLayerStore store(db());
        const int before = store.count(core::CityLayerStore::Layer::Addresses);
        QCOMPARE(before, 4);
        std::vector<core::AddressRecord> none{{QString(), QStringLiteral("Main Street"), {}, {}, {-93, 45}}};
        QVERIFY_THROWS_EXCEPTION(core::Error, store.importAddresses(none, QStringLiteral("bad.csv")));
        QCOMPARE(store.count(core::CityLayerStore::Layer::Addresses), before);
        QCOMPARE(store.attributions(), QStringList{QStringLiteral("\u00a9 OpenStreetMap contributors")});
        // A new import replaces the layer and the geocoder sees it at once.
        const core::Geocoder geocoder(db());
        QVERIFY(!geocoder.geocode(QStringLiteral("12 Main Street")).empty());
        store.importAddresses({{QStringLiteral("5"), QStringLiteral("Oak Lane"), {}, {}, {-93.001, 45.001}}}, QStringLiteral("new.csv"));
        QCOMPARE(geocoder.geocode(QStringLiteral("5 Oak Ln")).front().label, QStringLiteral("5 Oak Lane"));
        // 12 is outside Main Street's number ranges, so with its point gone nothing is found.
        QVERIFY(geocoder.geocode(QStringLiteral("12 Main Street")).empty());
    }
};

CIVICDESK_TEST_MAIN(TestGeocoder)
#include "test_geocoder.moc"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/geo/routingrules.h"
#include "core/intake/intakeservice.h"
#include "core/intake/locationadvisor.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketjson.h"
#include "core/tickets/ticketservice.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QTimeZone>

using namespace civicdesk;

namespace {
const QByteArray kRules = testsupport::fixturecity::routingRules();
// 12 Main Street (North) and a point on Main Street's south side (South).
const core::GeoPoint kNorth{-93.008, 45.0002};
const core::GeoPoint kSouth{-93.005, 44.9995};
} // namespace

// The intake's geography: routing by service and district, the ticket's new queue field, and
// duplicate_of from "Link as duplicate", through the real store.
class TestLocationAdvisor : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    core::FixedClock m_clock{m_now};

    static core::CallSession potholeCall(core::IntakeService &service, core::GeoPoint where)
    {
        core::CallSession s = service.startCall(QStringLiteral("+12125550143"));
        s.serviceCode = QStringLiteral("POTHOLE");
        s.attributes = {{QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")}},
                        {QStringLiteral("POTHOLE_LOCATION"), {QStringLiteral("TRAVEL_LANE")}}};
        s.description = QStringLiteral("Deep hole by the kerb");
        s.address = QStringLiteral("12 Main Street");
        s.latitudeText = QString::number(where.lat, 'f', 6);
        s.longitudeText = QString::number(where.lon, 'f', 6);
        return s;
    }

private Q_SLOTS:
    void init() { core::Clock::setCurrent(&m_clock); }
    void cleanup() { core::Clock::setCurrent(nullptr); }

    void queueRoundTripsThroughStoreAndJson()
    {
        testsupport::TempProfile profile;
        core::Ticket t = testsupport::potholeTicket();
        t.district = QStringLiteral("North");
        t.queue = QStringLiteral("Roads night shift");
        const core::Ticket saved = core::TicketService(profile.store()).create(t);
        const auto read =
            core::TicketRepository(profile.store().database()).findByReference(saved.referenceNumber);
        QVERIFY(read);
        QCOMPARE(read->queue, QStringLiteral("Roads night shift"));
        QCOMPARE(*read, saved);
        const core::Ticket back =
            core::ticketjson::fromJson(core::ticketjson::toJson(*read), QStringLiteral("t.json"));
        QCOMPARE(back.queue, read->queue);
        QCOMPARE(back, *read);
        // A ticket from before routing existed has an empty queue.
        QCOMPARE(
            core::ticketjson::toJson(testsupport::potholeTicket()).value(QStringLiteral("queue")).toString(),
            QString());
    }

    void routesByServiceAndDistrict_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("located");
        QTest::addColumn<bool>("south");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("queue");
        QTest::newRow("pothole north") << "POTHOLE" << true << false << "North"
                                       << "Public Works"
                                       << "Roads";
        QTest::newRow("pothole south") << "POTHOLE" << true << true << "South"
                                       << "Public Works"
                                       << "Roads South";
        QTest::newRow("graffiti north") << "GRAFFITI" << true << false << "North"
                                        << "North Office"
                                        << "North desk";
        QTest::newRow("graffiti south") << "GRAFFITI" << true << true << "South"
                                        << "City Services"
                                        << "General";
        QTest::newRow("no location") << "GRAFFITI" << false << false << ""
                                     << "City Services"
                                     << "General";
    }

    void routesByServiceAndDistrict()
    {
        QFETCH(QString, service);
        QFETCH(bool, located);
        QFETCH(bool, south);
        QFETCH(QString, district);
        QFETCH(QString, agency);
        QFETCH(QString, queue);
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        core::RoutingRules(profile.store().database()).load(kRules, QStringLiteral("routing.json"));
        const core::LocationAdvisor advisor(profile.store());
        QVERIFY(advisor.hasCityLayers());
        const auto r =
            advisor.route(service, located ? std::optional(south ? kSouth : kNorth) : std::nullopt);
        QCOMPARE(r.district, district);
        QCOMPARE(r.agency, agency);
        QCOMPARE(r.queue, queue);
        QVERIFY(r.byRule);
    }

    void withoutRulesTheServiceDefaultAgencyStands()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const core::LocationAdvisor advisor(profile.store());
        const auto r = advisor.route(QStringLiteral("POTHOLE"), kNorth);
        QCOMPARE(r.district, QStringLiteral("North"));
        QCOMPARE(r.agency, profile.store().catalog().service(QStringLiteral("POTHOLE"))->agencyId);
        QVERIFY(!r.agency.isEmpty());
        QCOMPARE(r.queue, QString());
        QVERIFY(!r.byRule);
        // An empty profile: no city, no district, nothing breaks.
        testsupport::TempProfile empty;
        const core::LocationAdvisor none(empty.store());
        QVERIFY(!none.hasCityLayers());
        QVERIFY(!none.cityExtent().isValid());
        QCOMPARE(none.route(QStringLiteral("POTHOLE"), kNorth).district, QString());
    }

    void districtsFollowANewImport()
    {
        testsupport::TempProfile profile;
        const core::LocationAdvisor advisor(profile.store());
        QCOMPARE(advisor.route(QStringLiteral("POTHOLE"), kNorth).district, QString());
        testsupport::fixturecity::importAll(profile.store().database());
        QCOMPARE(advisor.route(QStringLiteral("POTHOLE"), kNorth).district, QStringLiteral("North"));
    }

    // Only the same service within 25 m asks "same problem?" at save; the candidate list
    // shows more (75 m, related services).
    void likelyDuplicateIsTheSameServiceWithin25Metres()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        core::IntakeService service(profile.store());
        const core::LocationAdvisor &advisor = service.location();
        const core::Ticket first = service.saveTicket(potholeCall(service, kSouth)).ticket;
        // 0.0002 degrees of latitude is 22 m; 0.0003 is 33 m.
        const core::GeoPoint close{kSouth.lon, kSouth.lat + 0.0002};
        const core::GeoPoint further{kSouth.lon, kSouth.lat + 0.0003};
        const auto hit = advisor.likelyDuplicate(close, QStringLiteral("POTHOLE"));
        QVERIFY(hit);
        QCOMPARE(hit->id, first.id);
        QVERIFY(hit->distanceMetres > 20 && hit->distanceMetres < 25);
        QVERIFY(!advisor.likelyDuplicate(further, QStringLiteral("POTHOLE")));
        QVERIFY(!advisor.duplicates(further, QStringLiteral("POTHOLE")).empty());    // still a candidate
        QVERIFY(!advisor.likelyDuplicate(close, QStringLiteral("SIDEWALK_DAMAGE"))); // related, not the same
        QVERIFY(!advisor.likelyDuplicate(close, QString()));
    }

    void savedTicketIsRoutedAndLinked()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        core::RoutingRules(profile.store().database()).load(kRules, QStringLiteral("routing.json"));
        core::IntakeService service(profile.store());
        const core::Ticket first = service.saveTicket(potholeCall(service, kSouth)).ticket;
        QCOMPARE(first.district, QStringLiteral("South"));
        QCOMPARE(first.agencyResponsible, QStringLiteral("Public Works"));
        QCOMPARE(first.queue, QStringLiteral("Roads South"));
        QVERIFY(first.duplicateOf.isNull());

        core::CallSession again = potholeCall(service, kSouth);
        again.duplicateOf = first.id;
        // The link survives a draft and its restore.
        QCOMPARE(core::CallSession::fromJson(again.toJson(), QStringLiteral("draft")).duplicateOf, first.id);
        const core::Ticket second = service.saveTicket(again).ticket;
        QVERIFY(!second.referenceNumber.isEmpty());
        QVERIFY(second.referenceNumber != first.referenceNumber);
        const auto stored =
            core::TicketRepository(profile.store().database()).findByReference(second.referenceNumber);
        QVERIFY(stored);
        QCOMPARE(stored->duplicateOf, first.id);
        QCOMPARE(stored->queue, QStringLiteral("Roads South"));

        // A link to a ticket that does not exist is refused, and nothing is written.
        core::CallSession dangling = potholeCall(service, kNorth);
        dangling.duplicateOf = QUuid::createUuid();
        const qint64 before = core::TicketRepository(profile.store().database()).count({});
        try {
            service.saveTicket(dangling);
            QFAIL("a dangling duplicate_of was saved");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().first().field, QStringLiteral("duplicate_of"));
        }
        QCOMPARE(core::TicketRepository(profile.store().database()).count({}), before);
        // A draft with a broken id is named as such.
        QJsonObject broken = dangling.toJson();
        broken.insert(QStringLiteral("duplicate_of"), QStringLiteral("not-a-uuid"));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::CallSession::fromJson(broken, QStringLiteral("draft")));
    }
};

CIVICDESK_TEST_MAIN(TestLocationAdvisor)
#include "test_locationadvisor.moc"

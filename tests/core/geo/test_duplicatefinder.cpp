#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/geo/duplicatefinder.h"
#include "core/store/sqlquery.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QTimeZone>

using namespace civicdesk;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    core::FixedClock m_clock{m_now};

    core::Ticket ticketAt(double lat, double lon, const QString &service, int daysAgo)
    {
        core::Ticket t = testsupport::potholeTicket();
        t.serviceCode = service;
        if (service == QLatin1String("SIDEWALK_DAMAGE")) {
            t.attributes.clear();
            t.attributes.insert(QStringLiteral("SIDEWALK_PROBLEM"), {QStringLiteral("CRACKED")});
        }
        t.latitude = lat;
        t.longitude = lon;
        m_clock.set(m_now.addDays(-daysAgo));
        return t;
    }

    void findsOpenNearbyRecentTicketsImpl()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        const double lat = 45.0, lon = -93.0;
        // 0.0005° of latitude is about 56 m; 0.001° about 111 m.
        const auto near = service.add(ticketAt(lat + 0.0005, lon, QStringLiteral("POTHOLE"), 2));
        const auto nearer = service.add(ticketAt(lat + 0.0001, lon, QStringLiteral("POTHOLE"), 10));
        service.add(ticketAt(lat + 0.001, lon, QStringLiteral("POTHOLE"), 1));   // too far
        service.add(ticketAt(lat, lon + 0.0001, QStringLiteral("POTHOLE"), 40)); // too old
        const auto other = service.add(ticketAt(lat, lon + 0.0002, QStringLiteral("SIDEWALK_DAMAGE"), 1));
        const auto closed = service.add(ticketAt(lat - 0.0002, lon, QStringLiteral("POTHOLE"), 1));
        m_clock.set(m_now);
        service.setStatus(closed.referenceNumber, core::TicketStatus::Closed, QStringLiteral("fixed"));

        const core::DuplicateFinder finder(profile.store().database());
        auto found = finder.find({lon, lat}, QStringLiteral("POTHOLE"));
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].reference, nearer.referenceNumber);
        QVERIFY(qAbs(found[0].distanceMetres - 11.1) < 0.5);
        QVERIFY(qAbs(found[0].ageDays - 10.0) < 0.01);
        QCOMPARE(found[1].reference, near.referenceNumber);

        core::DuplicateFinder::Options related;
        related.relatedServiceCodes = core::DuplicateFinder::relatedServices(profile.store().catalog(), QStringLiteral("POTHOLE"));
        QVERIFY(related.relatedServiceCodes.contains(QStringLiteral("SIDEWALK_DAMAGE")));
        QVERIFY(!related.relatedServiceCodes.contains(QStringLiteral("GRAFFITI")));
        QCOMPARE(finder.find({lon, lat}, QStringLiteral("POTHOLE"), related).size(), size_t(3));
        core::DuplicateFinder::Options wide;
        wide.radiusMetres = 150;
        wide.days = 60;
        QCOMPARE(finder.find({lon, lat}, QStringLiteral("POTHOLE"), wide).size(), size_t(4));
        core::DuplicateFinder::Options exclude;
        exclude.excludeId = nearer.id;
        QCOMPARE(finder.find({lon, lat}, QStringLiteral("POTHOLE"), exclude).size(), size_t(1));
        Q_UNUSED(other)
    }

private Q_SLOTS:
    void init() { core::Clock::setCurrent(&m_clock); }
    void cleanup() { core::Clock::setCurrent(nullptr); }

    void findsOpenNearbyRecentTickets()
    {
        try {
            findsOpenNearbyRecentTicketsImpl();
        } catch (const core::Error &e) {
            QFAIL(qPrintable(e.message()));
        }
    }
    // The position index follows moves and deletes of the tickets themselves.
    void indexFollowsMovesAndDeletes()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        const auto t = service.add(ticketAt(45.0, -93.0, QStringLiteral("POTHOLE"), 1));
        m_clock.set(m_now);
        const core::DuplicateFinder finder(profile.store().database());
        QCOMPARE(finder.find({-93.0, 45.0}, QStringLiteral("POTHOLE")).size(), size_t(1));
        const QSqlDatabase db = profile.store().database().connection();
        core::SqlQuery(db, QStringLiteral("UPDATE tickets SET lat = 46.0 WHERE id = ?")).bind(0, t.id.toString(QUuid::WithoutBraces)).exec();
        QCOMPARE(finder.find({-93.0, 45.0}, QStringLiteral("POTHOLE")).size(), size_t(0));
        QCOMPARE(finder.find({-93.0, 46.0}, QStringLiteral("POTHOLE")).size(), size_t(1));
        core::SqlQuery(db, QStringLiteral("DELETE FROM tickets WHERE id = ?")).bind(0, t.id.toString(QUuid::WithoutBraces)).exec();
        QCOMPARE(finder.find({-93.0, 46.0}, QStringLiteral("POTHOLE")).size(), size_t(0));
    }
};

CIVICDESK_TEST_MAIN(TestDuplicateFinder)
#include "test_duplicatefinder.moc"

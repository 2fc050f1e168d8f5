// The clock jumping back an hour (issue #13, point 7): reference numbers stay unique, and no
// time a call taker or supervisor reads goes negative.
#include "core/domain/clock.h"
#include "core/geo/duplicatefinder.h"
#include "core/intake/intakeservice.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QSet>

using namespace civicdesk;

class TestClockJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { core::Clock::setCurrent(nullptr); }

    void backwardsOverMidnight()
    {
        // 00:30 UTC, then back to 23:30 of the day before: the day of the reference changes back.
        core::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(0, 30), Qt::UTC));
        core::Clock::setCurrent(&clock);
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        QSet<QString> references;
        for (int i = 0; i < 3; ++i)
            references.insert(service.create(testsupport::potholeTicket()).referenceNumber);
        clock.advanceSecs(-2 * 3600); // 22:30 the day before: earlier than the tickets of "yesterday" too
        for (int i = 0; i < 3; ++i)
            references.insert(service.create(testsupport::potholeTicket()).referenceNumber);
        clock.advanceSecs(3600); // and forward into the same minutes again
        for (int i = 0; i < 3; ++i)
            references.insert(service.create(testsupport::potholeTicket()).referenceNumber);
        QCOMPARE(references.size(), 9);
    }

    void timesNeverGoNegative()
    {
        core::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
        core::Clock::setCurrent(&clock);
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        const core::Ticket created = service.create(testsupport::potholeTicket());
        core::IntakeService intake(profile.store());
        const core::CallSession call = intake.startCall(QStringLiteral("+12125550143"));

        clock.advanceSecs(-3600);
        // A status change an "hour before" the ticket was made.
        const core::Ticket changed = service.setStatus(
            created.referenceNumber, core::TicketStatus::InProgress, QStringLiteral("crew sent"));
        QVERIFY(changed.updatedAt >= created.updatedAt);
        QVERIFY(changed.updatedAt >= changed.requestedAt);
        const auto stored =
            core::TicketRepository(profile.store().database()).findByReference(created.referenceNumber);
        QVERIFY(stored);
        QVERIFY(stored->updatedAt >= stored->requestedAt);
        QVERIFY(stored->expectedAt > stored->requestedAt);

        // The duplicate check's age of the ticket: new, not minus an hour.
        const auto candidates = core::DuplicateFinder(profile.store().database())
                                    .find(core::GeoPoint{-74.0060, 40.7128}, QStringLiteral("POTHOLE"));
        QVERIFY(!candidates.empty());
        for (const auto &c : candidates)
            QVERIFY2(c.ageDays >= 0, qPrintable(QString::number(c.ageDays)));

        // The call's handle time.
        const core::CallRecord record = intake.discardCall(call);
        QVERIFY(record.handleSeconds >= 0);
    }
};

CIVICDESK_TEST_MAIN(TestClockJump)
#include "test_clockjump.moc"

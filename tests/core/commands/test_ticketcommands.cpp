#include "core/commands/cannedresponselibrary.h"
#include "core/commands/ticketcommands.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

namespace {
QList<TicketTarget> targets(const QList<Ticket> &tickets)
{
    QList<TicketTarget> out;
    for (const Ticket &t : tickets)
        out.append({t.referenceNumber, t.version});
    return out;
}

qint64 scalar(LocalStore &store, const QString &sql, const QVariant &bind = {})
{
    SqlQuery q(store.database().connection(), sql);
    if (bind.isValid())
        q.bind(0, bind);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestTicketCommands : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(15, 0), QTimeZone::utc())};

    QList<Ticket> make(TempProfile &p, int n)
    {
        QList<Ticket> out;
        TicketService service(p.store());
        for (int i = 0; i < n; ++i)
            out.append(service.create(civicdesk::testsupport::potholeTicket()));
        return out;
    }

private Q_SLOTS:
    void init() { Clock::setCurrent(&m_clock); }
    void cleanup() { Clock::setCurrent(nullptr); }

    void bulkAssignWritesAuditAndOutboxTogether()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 5);
        const qint64 outboxBefore = Outbox(p.store().database()).pendingCount();
        TicketCommands commands(p.store(), Role::Supervisor, QStringLiteral("sam"));
        const CommandResult r = commands.assign(targets(tickets), QStringLiteral("crew-7"));
        QCOMPARE(r.applied.size(), 5);
        QVERIFY(r.skipped.isEmpty());
        TicketService service(p.store());
        for (const Ticket &t : tickets) {
            const Ticket now = *service.find(t.referenceNumber);
            QCOMPARE(now.assignee, QStringLiteral("crew-7"));
            QCOMPARE(now.version, t.version + 1);
            QCOMPARE(now.audit.constLast().field, QStringLiteral("assignee"));
            QCOMPARE(now.audit.constLast().actor, QStringLiteral("sam"));
            QCOMPARE(now.audit.constLast().newValue, QStringLiteral("crew-7"));
        }
        // One field update and one audit row per ticket, queued for the server.
        QCOMPARE(Outbox(p.store().database()).pendingCount(), outboxBefore + 10);
    }

    void versionConflictAppliesTheRestAndNamesTheSkipped()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 3);
        // Someone changes the second ticket after the supervisor's list was read.
        TicketCommands(p.store(), Role::Supervisor)
            .setPriority({{tickets.at(1).referenceNumber, 0}}, Priority::High);
        const CommandResult r =
            TicketCommands(p.store(), Role::Supervisor).setStatus(targets(tickets), TicketStatus::Closed);
        QCOMPARE(r.applied.size(), 2);
        QCOMPARE(r.skippedReferences(), QStringList{tickets.at(1).referenceNumber});
        QVERIFY(r.skipped.constFirst().reason.contains(QStringLiteral("changed meanwhile")));
        TicketService service(p.store());
        QCOMPARE(service.find(tickets.at(0).referenceNumber)->status, TicketStatus::Closed);
        QCOMPARE(service.find(tickets.at(1).referenceNumber)->status, TicketStatus::New);
        QCOMPARE(service.find(tickets.at(2).referenceNumber)->status, TicketStatus::Closed);
    }

    void unknownTicketIsSkipped()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 1);
        const CommandResult r =
            TicketCommands(p.store(), Role::Supervisor)
                .setPriority({{tickets.at(0).referenceNumber, 0}, {QStringLiteral("ZZZ-ZZZ-ZZZZ"), 0}},
                             Priority::Urgent);
        QCOMPARE(r.applied.size(), 1);
        QCOMPARE(r.skippedReferences(), QStringList{QStringLiteral("ZZZ-ZZZ-ZZZZ")});
    }

    void roles_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<bool>("assign");
        QTest::addColumn<bool>("single");
        QTest::newRow("call taker") << int(Role::CallTaker) << false << false << true;
        QTest::newRow("trainer") << int(Role::Trainer) << false << false << true;
        QTest::newRow("supervisor") << int(Role::Supervisor) << true << true << true;
        QTest::newRow("admin") << int(Role::Administrator) << true << true << true;
    }
    void roles()
    {
        QFETCH(int, role);
        QFETCH(bool, bulk);
        QFETCH(bool, assign);
        QFETCH(bool, single);
        TempProfile p;
        const QList<Ticket> tickets = make(p, 2);
        const qint64 outboxBefore = Outbox(p.store().database()).pendingCount();
        TicketCommands commands(p.store(), static_cast<Role>(role));
        const auto refused = [&](const std::function<void()> &f) {
            try {
                f();
            } catch (const Error &e) {
                return e.fieldErrors().constFirst().field == QLatin1String("role");
            }
            return false;
        };
        QCOMPARE(refused([&] { commands.setStatus(targets(tickets), TicketStatus::Closed); }), !bulk);
        QCOMPARE(refused([&] {
                     commands.assign({{tickets.at(0).referenceNumber, 0}}, QStringLiteral("x"));
                 }),
                 !assign);
        QCOMPARE(
            refused([&] {
                commands.addNote({{tickets.at(1).referenceNumber, 0}}, QStringLiteral("called back"), true);
            }),
            !single);
        if (!bulk) {
            // A refused command wrote nothing: only the single note went through, with its
            // audit entry.
            QCOMPARE(Outbox(p.store().database()).pendingCount(), outboxBefore + 2);
            QCOMPARE(TicketService(p.store()).find(tickets.at(0).referenceNumber)->status, TicketStatus::New);
        }
    }

    void undoRestoresAndSkipsWhatChangedSince()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 2);
        TicketCommands commands(p.store(), Role::Supervisor);
        const CommandResult done = commands.assign(targets(tickets), QStringLiteral("crew-1"));
        QVERIFY(done.undoable());
        // A colleague reassigns the second one before the undo.
        commands.assign({{tickets.at(1).referenceNumber, 0}}, QStringLiteral("crew-2"));
        const CommandResult undone = commands.undo(done);
        QCOMPARE(undone.applied.size(), 1);
        QCOMPARE(undone.skippedReferences(), QStringList{tickets.at(1).referenceNumber});
        TicketService service(p.store());
        const Ticket first = *service.find(tickets.at(0).referenceNumber);
        QCOMPARE(first.assignee, QString());
        // The audit trail keeps both the change and its undo.
        QCOMPARE(first.audit.size(), 3);
        QCOMPARE(service.find(tickets.at(1).referenceNumber)->assignee, QStringLiteral("crew-2"));
    }

    void notesAreNotUndoable()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 1);
        TicketCommands commands(p.store(), Role::Supervisor);
        const CommandResult done = commands.addNote(targets(tickets), QStringLiteral("Crew on site"), false);
        QCOMPARE(done.applied.size(), 1);
        QVERIFY(!done.undoable());
        QVERIFY_THROWS_EXCEPTION(Error, commands.undo(done));
        const Ticket t = *TicketService(p.store()).find(tickets.at(0).referenceNumber);
        QCOMPARE(t.notes.constLast().text, QStringLiteral("Crew on site"));
        QCOMPARE(t.version, tickets.at(0).version); // a note changes no field
    }

    void mergeKeepsReferencesAndLinksToParent()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 3);
        TicketCommands commands(p.store(), Role::Supervisor);
        const CommandResult r =
            commands.merge(tickets.at(0).referenceNumber, {{tickets.at(1).referenceNumber, 0},
                                                           {tickets.at(2).referenceNumber, 0},
                                                           {tickets.at(0).referenceNumber, 0}});
        QCOMPARE(r.applied.size(), 2);
        QCOMPARE(r.skippedReferences(), QStringList{tickets.at(0).referenceNumber}); // the parent itself
        TicketService service(p.store());
        for (int i : {1, 2}) {
            const Ticket child = *service.find(tickets.at(i).referenceNumber);
            QCOMPARE(child.referenceNumber, tickets.at(i).referenceNumber);
            QCOMPARE(child.duplicateOf, tickets.at(0).id);
            QCOMPARE(child.status, TicketStatus::Duplicate);
        }
        const Ticket parent = *service.find(tickets.at(0).referenceNumber);
        QCOMPARE(parent.audit.constLast().field, QStringLiteral("merged"));
        QCOMPARE(parent.audit.constLast().newValue,
                 tickets.at(1).referenceNumber + u' ' + tickets.at(2).referenceNumber);
        // A duplicate cannot become a parent.
        QVERIFY_THROWS_EXCEPTION(
            Error, commands.merge(tickets.at(1).referenceNumber, {{tickets.at(0).referenceNumber, 0}}));
    }

    void holdPausesTheClockAndLifecycleIsRecorded()
    {
        TempProfile p;
        // Tuesday 2026-11-03 10:00 in New York (the built-in catalogue's zone), a 72 business-hour pothole.
        m_clock.set(QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone("America/New_York")).toUTC());
        const Ticket t = make(p, 1).constFirst();
        const QDateTime due = t.expectedAt;
        TicketCommands commands(p.store(), Role::Supervisor);
        m_clock.advanceSecs(3600);
        commands.setStatus({{t.referenceNumber, 0}}, TicketStatus::OnHold,
                           QStringLiteral("Waiting for the utility"));
        QCOMPARE(scalar(p.store(), QStringLiteral("SELECT acknowledged_at FROM tickets WHERE reference = ?"),
                        t.referenceNumber),
                 m_clock.nowUtc().toMSecsSinceEpoch());
        const QDateTime held = m_clock.nowUtc();
        m_clock.advanceSecs(7 * 86400); // a week on hold
        commands.setStatus({{t.referenceNumber, 0}}, TicketStatus::InProgress);
        const Ticket resumed = *TicketService(p.store()).find(t.referenceNumber);
        const qint64 leftBefore = p.store().catalog().calendar.businessSecondsBetween(held, due);
        QCOMPARE(p.store().catalog().calendar.businessSecondsBetween(m_clock.nowUtc(), resumed.expectedAt),
                 leftBefore);
        QVERIFY(resumed.expectedAt > due);
        QCOMPARE(resumed.audit.constLast().field, QStringLiteral("expected_datetime"));
        QCOMPARE(scalar(p.store(),
                        QStringLiteral("SELECT hold_started_at IS NULL FROM tickets WHERE reference = ?"),
                        t.referenceNumber),
                 1);
        m_clock.advanceSecs(3600);
        commands.setStatus({{t.referenceNumber, 0}}, TicketStatus::Closed);
        const qint64 closedAt = m_clock.nowUtc().toMSecsSinceEpoch();
        m_clock.advanceSecs(3600);
        commands.setStatus({{t.referenceNumber, 0}}, TicketStatus::InProgress);
        commands.setStatus({{t.referenceNumber, 0}}, TicketStatus::Resolved);
        // Closed at the first closed status, not the last.
        QCOMPARE(scalar(p.store(), QStringLiteral("SELECT closed_at FROM tickets WHERE reference = ?"),
                        t.referenceNumber),
                 closedAt);
    }

    void cannedResponseFillsPlaceholders()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 1);
        QVERIFY_THROWS_EXCEPTION(Error, CannedResponseLibrary(p.store().database(), Role::Supervisor)
                                            .save({{}, QStringLiteral("Hi"), {}, {}, QStringLiteral("x"), {}},
                                                  p.store().catalog()));
        const CannedResponseLibrary library(p.store().database(), Role::Administrator);
        QVERIFY_THROWS_EXCEPTION(
            Error, library.save({{}, QStringLiteral("Bad"), {}, {}, QStringLiteral("{nope}"), {}},
                                p.store().catalog()));
        const CannedResponse r = library.save(
            {{},
             QStringLiteral("Scheduled"),
             QStringLiteral("POTHOLE"),
             QStringLiteral("new"),
             QStringLiteral("{reference}: your {service} at {address} is due by {expected_date}."),
             {}},
            p.store().catalog());
        QCOMPARE(library.matching(QStringLiteral("POTHOLE"), TicketStatus::New).size(), 1);
        QCOMPARE(library.matching(QStringLiteral("GRAFFITI"), TicketStatus::New).size(), 0);
        TicketCommands(p.store(), Role::CallTaker).respond(targets(tickets), r.id);
        const Ticket t = *TicketService(p.store()).find(tickets.at(0).referenceNumber);
        const QString expected =
            QStringLiteral("%1: your Pothole at 120 Elm Street is due by %2.")
                .arg(t.referenceNumber,
                     t.expectedAt.toTimeZone(QTimeZone("America/New_York")).date().toString(Qt::ISODate));
        QCOMPARE(t.notes.constLast().text, expected);
        QVERIFY(!t.notes.constLast().internal);
    }

    void badInputChangesNothing()
    {
        TempProfile p;
        const QList<Ticket> tickets = make(p, 2);
        const qint64 outboxBefore = Outbox(p.store().database()).pendingCount();
        TicketCommands commands(p.store(), Role::Supervisor);
        QVERIFY_THROWS_EXCEPTION(Error, commands.addNote(targets(tickets), QString(4001, u'x'), false));
        QVERIFY_THROWS_EXCEPTION(Error, commands.addNote(targets(tickets), QStringLiteral("   "), false));
        QVERIFY_THROWS_EXCEPTION(Error, commands.assign({}, QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 commands.respond(targets(tickets), QStringLiteral("no-such-response")));
        QVERIFY_THROWS_EXCEPTION(Error, TicketTarget::parse(QStringLiteral("ABC@x")));
        QCOMPARE(Outbox(p.store().database()).pendingCount(), outboxBefore);
    }
};

CIVICDESK_TEST_MAIN(TestTicketCommands)
#include "test_ticketcommands.moc"

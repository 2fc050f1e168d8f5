// (d) Two workstations edit the same ticket at once: the merge rule decides, the audit keeps both.
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void concurrentStatusEdits()
    {
        TestServer server;
        Workstation one(server, 0);
        Workstation two(server, 1);
        core::TicketService serviceOne(one.store());
        core::TicketService serviceTwo(two.store());
        const core::Ticket ticket = serviceOne.create(testsupport::potholeTicket());
        one.sync();
        two.sync();
        QVERIFY(serviceTwo.find(ticket.referenceNumber).has_value());

        // Both edit offline from version 1: status and status notes differ on each side.
        serviceOne.setStatus(ticket.referenceNumber, core::TicketStatus::InProgress,
                             QStringLiteral("Crew on the way"));
        serviceTwo.setStatus(ticket.referenceNumber, core::TicketStatus::OnHold,
                             QStringLiteral("Waiting for parts"));
        serviceOne.addNote(ticket.referenceNumber, QStringLiteral("Note from one"), false);
        serviceTwo.addNote(ticket.referenceNumber, QStringLiteral("Note from two"), true);

        const core::SyncReport first = two.sync();
        QCOMPARE(first.merged, 0);
        const core::SyncReport second = one.sync();
        QCOMPARE(second.merged, 1);
        two.sync();

        // Rule: status goes to the one further along the lifecycle (on_hold after in_progress);
        // any other field to the later push (one's note text).
        for (Workstation *desk : {&one, &two}) {
            const core::Ticket t = *core::TicketService(desk->store()).find(ticket.referenceNumber);
            QCOMPARE(t.status, core::TicketStatus::OnHold);
            QCOMPARE(t.statusNotes, QStringLiteral("Crew on the way"));
            QCOMPARE(t.notes.size(), 4); // two status notes, two plain notes: a union
            const auto has = [&t](const QString &field, const QString &oldValue, const QString &newValue) {
                return std::any_of(t.audit.cbegin(), t.audit.cend(), [&](const core::AuditEvent &e) {
                    return e.field == field && e.oldValue == oldValue && e.newValue == newValue;
                });
            };
            // Both edits as their authors made them ...
            QVERIFY(has(QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("in_progress")));
            QVERIFY(has(QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("on_hold")));
            // ... and what the merge overwrote.
            QVERIFY(has(QStringLiteral("status"), QStringLiteral("in_progress"), QStringLiteral("on_hold")));
            QVERIFY(has(QStringLiteral("status_notes"), QStringLiteral("Waiting for parts"),
                        QStringLiteral("Crew on the way")));
        }
        QCOMPARE(server.count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.audit_events WHERE source = 'merge'")),
                 2);
        QCOMPARE(server.count(QStringLiteral("SELECT version FROM civicdesk.tickets")), 3);
    }

    void cleanMergeOfDifferentFields()
    {
        // One side changes the status, the other only adds notes: nothing conflicts.
        TestServer server;
        Workstation one(server, 0);
        Workstation two(server, 1);
        const core::Ticket ticket = core::TicketService(one.store()).create(testsupport::potholeTicket());
        one.sync();
        two.sync();
        core::TicketService(one.store()).setStatus(ticket.referenceNumber, core::TicketStatus::Acknowledged);
        core::TicketService(two.store())
            .addNote(ticket.referenceNumber, QStringLiteral("Second caller"), false);
        two.sync();
        QCOMPARE(one.sync().merged, 0);
        two.sync();
        QCOMPARE(core::TicketService(two.store()).find(ticket.referenceNumber)->status,
                 core::TicketStatus::Acknowledged);
        QCOMPARE(core::TicketService(one.store()).find(ticket.referenceNumber)->notes.size(), 1);
        QCOMPARE(server.count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.audit_events WHERE source = 'merge'")),
                 0);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestMerge)
#include "test_merge.moc"

// (a) Workstations create and edit tickets offline, then sync: all converge to one state.
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void converge_data()
    {
        QTest::addColumn<int>("workstations");
        QTest::addColumn<int>("ticketsEach");
        QTest::newRow("2 workstations") << 2 << 25;
        QTest::newRow("10 workstations") << 10 << 12;
    }

    void converge()
    {
        QFETCH(int, workstations);
        QFETCH(int, ticketsEach);
        TestServer server;
        std::vector<std::unique_ptr<Workstation>> desks;
        for (int i = 0; i < workstations; ++i)
            desks.push_back(std::make_unique<Workstation>(server, i));

        // Offline: every desk creates tickets, notes one of each two, and moves every third on.
        for (auto &desk : desks) {
            core::TicketService service(desk->store());
            for (int t = 0; t < ticketsEach; ++t) {
                core::Ticket draft = testsupport::potholeTicket();
                draft.description = QStringLiteral("Offline ticket %1").arg(t);
                const core::Ticket saved = service.create(draft);
                if (t % 2 == 0)
                    service.addNote(saved.referenceNumber, QStringLiteral("Caller called back"), false);
                if (t % 3 == 0)
                    service.setStatus(saved.referenceNumber, core::TicketStatus::InProgress,
                                      QStringLiteral("Crew sent"));
            }
        }
        const int notesEach = (ticketsEach + 1) / 2 + (ticketsEach + 2) / 3; // addNote + status notes
        // created + note + status + status_notes audit events
        const int auditEach = ticketsEach + (ticketsEach + 1) / 2 + 2 * ((ticketsEach + 2) / 3);

        // Two rounds: the first pushes everything, the second pulls what others pushed later.
        for (int round = 0; round < 2; ++round)
            for (auto &desk : desks)
                desk->sync();

        const qint64 tickets = qint64(workstations) * ticketsEach;
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets")), tickets);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.ticket_notes")),
                 qint64(workstations) * notesEach);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.audit_events")),
                 qint64(workstations) * auditEach);
        QCOMPARE(server.count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE status = 'in_progress'")),
                 qint64(workstations) * ((ticketsEach + 2) / 3));
        for (auto &desk : desks) {
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM tickets")), tickets);
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM ticket_notes")),
                     qint64(workstations) * notesEach);
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM audit_events")),
                     qint64(workstations) * auditEach);
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'in_progress'")),
                     qint64(workstations) * ((ticketsEach + 2) / 3));
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
            QCOMPARE(desk->local(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        }
        // Same state everywhere: every desk's tickets hash to the same value as the first's.
        const QString digest = QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || status || "
                                              "status_notes || description || version AS x "
                                              "FROM tickets ORDER BY id)");
        const auto text = [&](Workstation &w) {
            core::SqlQuery q(w.store().database().connection(), digest);
            q.exec();
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString first = text(*desks.front());
        QVERIFY(!first.isEmpty());
        for (auto &desk : desks)
            QCOMPARE(text(*desk), first);
        // Another sync changes nothing and creates nothing twice.
        const core::SyncReport again = desks.front()->sync();
        QCOMPARE(again.pushed, 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets")), tickets);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestConvergence)
#include "test_convergence.moc"

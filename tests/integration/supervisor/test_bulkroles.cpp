// The supervisor's bulk actions against a real PostgreSQL: the database refuses a call taker's
// bulk change, names the real writer of notes and audit rows, and lets a supervisor's bulk change
// through to a second workstation.
#include "../sync/syncfixture.h"
#include "core/commands/ticketcommands.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

namespace {
QString attempt(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() ? QString() : q.lastError().text();
}
} // namespace

class TestBulkRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void callTakersBulkChangeIsRefusedAndSupervisorsReachesAnotherDesk()
    {
        TestServer server;
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString calltaker = QStringLiteral("ct_") + suffix;
        const QString supervisor = QStringLiteral("sv_") + suffix;
        const QString trainer = QStringLiteral("tr_") + suffix;
        core::ServerMigrator admin(server.connection(QStringLiteral("admin")));
        admin.createOrResetLogin(calltaker, QStringLiteral("pw-ct"), QStringLiteral("calltaker"));
        admin.createOrResetLogin(supervisor, QStringLiteral("pw-sv"), QStringLiteral("supervisor"));
        admin.createOrResetLogin(trainer, QStringLiteral("pw-tr"), QStringLiteral("trainer"));

        // The call taker's desk takes five calls and syncs them.
        Workstation desk(server, 1, calltaker);
        desk.store().setActor(calltaker);
        QList<core::TicketTarget> targets;
        for (int i = 0; i < 5; ++i)
            targets.append(
                {core::TicketService(desk.store()).create(testsupport::potholeTicket()).referenceNumber, 0});
        desk.sync();
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets")), 5);

        // Over a raw connection, the call taker's bulk reassign and bulk close are refused by the
        // database itself.
        QSqlDatabase ct = server.connection(calltaker, calltaker);
        QVERIFY(
            attempt(ct, QStringLiteral(
                            "UPDATE civicdesk.tickets SET doc = doc || '{\"assignee\": \"crew7\"}'::jsonb"))
                .contains(QStringLiteral("permission denied")));
        QJsonArray changes;
        QSqlQuery docs(server.connection(QStringLiteral("docs")));
        QVERIFY(docs.exec(QStringLiteral("SELECT id, version FROM civicdesk.tickets")));
        while (docs.next()) {
            changes.append(QJsonObject{
                {QStringLiteral("change_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("kind"), QStringLiteral("update")},
                {QStringLiteral("ticket_id"), docs.value(0).toString()},
                {QStringLiteral("base_version"), docs.value(1).toInt()},
                {QStringLiteral("changes"),
                 QJsonObject{
                     {QStringLiteral("status"), QJsonArray{QStringLiteral("new"), QStringLiteral("closed")}},
                     {QStringLiteral("assignee"), QJsonArray{QString(), QStringLiteral("crew7")}}}}});
        }
        QSqlQuery push(ct);
        QVERIFY(push.prepare(QStringLiteral("SELECT outcome, detail FROM civicdesk.push(?::jsonb)")));
        push.bindValue(0, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
        QVERIFY2(push.exec(), qPrintable(push.lastError().text()));
        int rejected = 0;
        while (push.next()) {
            QCOMPARE(push.value(0).toString(), QStringLiteral("rejected"));
            QVERIFY(push.value(1).toString().contains(QStringLiteral("supervisor")));
            ++rejected;
        }
        QCOMPARE(rejected, 5);
        QCOMPARE(server.count(QStringLiteral(
                     "SELECT count(*) FROM civicdesk.tickets WHERE status = 'closed' OR assignee <> ''")),
                 0);
        // A trainer is no supervisor either.
        QSqlDatabase tr = server.connection(trainer, trainer);
        QVERIFY(
            attempt(tr, QStringLiteral(
                            "UPDATE civicdesk.tickets SET doc = doc || '{\"status\": \"closed\"}'::jsonb"))
                .contains(QStringLiteral("permission denied")));

        // The server names the writer: a note signed with the supervisor's name is the call taker's.
        QCOMPARE(attempt(ct,
                         QStringLiteral(
                             "INSERT INTO civicdesk.ticket_notes (id, ticket_id, created_at, author, text) "
                             "SELECT gen_random_uuid(), id, 0, ?, 'forged' FROM civicdesk.tickets LIMIT 1"),
                         {supervisor}),
                 QString());
        QCOMPARE(
            server.count(
                QStringLiteral(
                    "SELECT count(*) FROM civicdesk.ticket_notes WHERE text = 'forged' AND author = '%1'")
                    .arg(calltaker)),
            1);

        // The supervisor's desk pulls, reassigns all five in one command and closes them.
        Workstation office(server, 2, supervisor);
        office.store().setActor(QStringLiteral("someone-else")); // the client's claim; the server decides
        office.sync();
        core::TicketCommands commands(office.store(), core::Role::Supervisor);
        QCOMPARE(commands.assign(targets, QStringLiteral("crew7")).applied.size(), 5);
        QCOMPARE(
            commands.setStatus(targets, core::TicketStatus::Closed, QStringLiteral("Fixed")).applied.size(),
            5);
        const core::SyncReport pushed = office.sync();
        QCOMPARE(pushed.rejected, 0);
        QCOMPARE(
            server.count(QStringLiteral(
                "SELECT count(*) FROM civicdesk.tickets WHERE status = 'closed' AND assignee = 'crew7'")),
            5);
        QCOMPARE(
            server.count(
                QStringLiteral(
                    "SELECT count(*) FROM civicdesk.audit_events WHERE field = 'assignee' AND actor = '%1'")
                    .arg(supervisor)),
            5);
        QCOMPARE(server.count(QStringLiteral(
                     "SELECT count(*) FROM civicdesk.audit_events WHERE actor = 'someone-else'")),
                 0);

        // ... and the call taker's desk sees it after its next sync.
        desk.sync();
        for (const core::TicketTarget &t : std::as_const(targets)) {
            const core::Ticket pulled = *core::TicketService(desk.store()).find(t.reference);
            QCOMPARE(pulled.status, core::TicketStatus::Closed);
            QCOMPARE(pulled.assignee, QStringLiteral("crew7"));
        }
        QCOMPARE(desk.local(QStringLiteral("SELECT count(*) FROM tickets WHERE closed_at IS NOT NULL")), 5);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestBulkRoles)
#include "test_bulkroles.moc"

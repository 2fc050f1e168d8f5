// (e) Security lives in the database: roles, grants, row-level security, insert-only audit,
// and text stored exactly as typed.
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

namespace {
// Runs raw SQL as that login; returns the error text ("" on success).
QString attempt(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text();
}
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QString m_calltaker;
    QString m_supervisor;
    QString m_otherCalltaker;
    QString m_ticketId;

private Q_SLOTS:
    void initTestCase()
    {
        CIVICDESK_REQUIRE_TEST_SERVER();
        m_server = std::make_unique<TestServer>();
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_calltaker = QStringLiteral("ct_") + suffix;
        m_otherCalltaker = QStringLiteral("ct2_") + suffix;
        m_supervisor = QStringLiteral("sv_") + suffix;
        core::ServerMigrator admin(m_server->connection(QStringLiteral("admin")));
        admin.createOrResetLogin(m_calltaker, QStringLiteral("pw-ct"), QStringLiteral("calltaker"));
        admin.createOrResetLogin(m_otherCalltaker, QStringLiteral("pw-ct2"), QStringLiteral("calltaker"));
        admin.createOrResetLogin(m_supervisor, QStringLiteral("pw-sv"), QStringLiteral("supervisor"));

        // One ticket on the server, pushed by the call taker's workstation.
        Workstation desk(*m_server, 0, m_calltaker);
        m_ticketId = core::TicketService(desk.store())
                         .create(testsupport::potholeTicket())
                         .id.toString(QUuid::WithoutBraces);
        QCOMPARE(desk.sync().pushed, 2);
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        m_server.reset();
        // Logins are cluster-wide: remove them so test runs do not pile up roles.
        core::ServerSettings s;
        s.url = TestServer::superuserUrl();
        s.sslMode = QStringLiteral("disable");
        QSqlDatabase cluster = core::ServerConnection::open(s, {}, QStringLiteral("drop-roles"), false);
        for (const QString &role : {m_calltaker, m_otherCalltaker, m_supervisor})
            attempt(cluster, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        cluster.close();
    }

    void calltakerCannotCloseOrAssignBySql()
    {
        QSqlDatabase ct = m_server->connection(m_calltaker, m_calltaker);
        QVERIFY(
            attempt(ct, QStringLiteral(
                            "UPDATE civicdesk.tickets SET doc = jsonb_set(doc, '{status}', '\"closed\"')"))
                .contains(QStringLiteral("permission denied")));
        QVERIFY(attempt(ct, QStringLiteral(
                                "UPDATE civicdesk.tickets SET doc = jsonb_set(doc, '{assignee}', '\"me\"')"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(attempt(ct, QStringLiteral("DELETE FROM civicdesk.tickets"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(!attempt(ct, QStringLiteral("TRUNCATE civicdesk.tickets")).isEmpty());
        QCOMPARE(
            m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE status = 'new'")),
            1);
    }

    void calltakerCannotCloseOrAssignThroughPush()
    {
        QSqlDatabase ct = m_server->connection(m_calltaker, m_calltaker);
        const auto push = [&](const QString &field, const QString &oldValue, const QString &newValue) {
            core::SqlQuery q(ct, QStringLiteral("SELECT outcome, detail FROM civicdesk.push(?::jsonb)"));
            q.bind(0,
                   QStringLiteral(
                       "[{\"change_id\":\"%1\",\"kind\":\"update\",\"ticket_id\":\"%2\",\"base_version\":1,"
                       "\"changes\":{\"%3\":[\"%4\",\"%5\"]}}]")
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), m_ticketId, field, oldValue,
                            newValue))
                .exec();
            return q.next() ? q.value(0).toString() + u' ' + q.value(1).toString() : QString();
        };
        QVERIFY(push(QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("closed"))
                    .startsWith(QStringLiteral("rejected")));
        QVERIFY(push(QStringLiteral("assignee"), QString(), QStringLiteral("crew7"))
                    .contains(QStringLiteral("supervisor")));
        // What the rules allow a call taker: an open status.
        QVERIFY(push(QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("acknowledged"))
                    .startsWith(QStringLiteral("applied")));
    }

    void auditIsInsertOnlyForEveryone()
    {
        for (const QString &who : {m_calltaker, m_supervisor, QString()}) {
            QSqlDatabase db = who.isEmpty() ? m_server->connection(QStringLiteral("admin"))
                                            : m_server->connection(who, who);
            QVERIFY2(!attempt(db, QStringLiteral("UPDATE civicdesk.audit_events SET new_value = 'forged'"))
                          .isEmpty(),
                     qPrintable(who));
            QVERIFY(!attempt(db, QStringLiteral("DELETE FROM civicdesk.audit_events")).isEmpty());
            QVERIFY(!attempt(db, QStringLiteral("DELETE FROM civicdesk.ticket_notes")).isEmpty());
        }
        QCOMPARE(m_server->count(QStringLiteral(
                     "SELECT count(*) FROM civicdesk.audit_events WHERE new_value = 'forged'")),
                 0);
        QVERIFY(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.audit_events")) > 0);
    }

    void calltakerCannotReadOthersCredentials()
    {
        QSqlDatabase ct = m_server->connection(m_calltaker, m_calltaker);
        QSqlQuery q(ct);
        QVERIFY(q.exec(QStringLiteral("SELECT login, api_key FROM civicdesk.user_accounts")));
        QStringList seen;
        while (q.next())
            seen.append(q.value(0).toString());
        QCOMPARE(seen, QStringList{m_calltaker});
        QVERIFY(attempt(ct, QStringLiteral("SELECT rolpassword FROM pg_authid"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(
            !attempt(ct, QStringLiteral("SELECT civicdesk.add_user('intruder', 'x', 'admin')")).isEmpty());
        QVERIFY(
            !attempt(ct, QStringLiteral("INSERT INTO civicdesk.catalog_documents (document) VALUES ('{}')"))
                 .isEmpty());
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.user_accounts")), 3);
    }

    void supervisorMayCloseAndAssign()
    {
        QSqlDatabase sv = m_server->connection(m_supervisor, m_supervisor);
        QCOMPARE(attempt(sv, QStringLiteral("UPDATE civicdesk.tickets SET doc = doc || "
                                            "'{\"status\": \"closed\", \"assignee\": \"crew7\"}'::jsonb")),
                 QString());
        QCOMPARE(
            m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE status = 'closed' "
                                           "AND assignee = 'crew7'")),
            1);
        // The direct change is audited by the server, naming the supervisor.
        QCOMPARE(m_server->count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.audit_events WHERE source = 'server' "
                                    "AND actor = '%1' AND field IN ('status', 'assignee')")
                         .arg(m_supervisor)),
                 2);
        QVERIFY(attempt(sv, QStringLiteral("DELETE FROM civicdesk.tickets"))
                    .contains(QStringLiteral("permission denied")));
        // The supervisor reads only their own credentials too.
        QSqlQuery q(sv);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM civicdesk.user_accounts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusedChangeIsParkedAndTheRestSyncs()
    {
        Workstation desk(*m_server, 1, m_calltaker);
        core::TicketService service(desk.store());
        desk.sync();
        const core::Ticket mine = service.create(testsupport::potholeTicket());
        service.setStatus(mine.referenceNumber, core::TicketStatus::Closed, QStringLiteral("Fixed"));
        const core::Ticket other = service.create(testsupport::potholeTicket());
        const core::SyncReport report = desk.sync();
        QCOMPARE(report.rejected, 1);
        QCOMPARE(desk.local(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE kind = 'update' "
                                           "AND reason LIKE '%supervisor%'")),
                 1);
        QCOMPARE(desk.local(QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(m_server->count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE reference IN ('%1', '%2')")
                         .arg(mine.referenceNumber, other.referenceNumber)),
                 2);
        // The closing note and audit still arrive: they only ever add.
        QCOMPARE(m_server->count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.ticket_notes WHERE text = 'Fixed'")),
                 1);
    }

    void injectionStringsAreStoredExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("Robert'); DROP TABLE civicdesk.tickets; --");
        QTest::newRow("dollar") << QStringLiteral("$$; DELETE FROM civicdesk.audit_events; $$");
        QTest::newRow("backslash") << QStringLiteral("\\'; SELECT pg_sleep(10); --\\");
        QTest::newRow("json") << QStringLiteral("\"}, \"status\": \"closed\", \"x\": {\"");
        QTest::newRow("comment") << QStringLiteral("/* */ OR 1=1 -- ñ 北京 🚧");
    }

    void injectionStringsAreStoredExactly()
    {
        QFETCH(QString, text);
        // Workstation codes are unique per desk, as in production (they prefix reference numbers).
        static int desks = 10;
        Workstation writer(*m_server, desks++, m_calltaker);
        Workstation reader(*m_server, desks++, m_otherCalltaker);
        core::Ticket draft = testsupport::potholeTicket();
        draft.description = text;
        draft.address = text;
        draft.addressId = text;
        draft.caller.firstName = text;
        draft.caller.lastName = text;
        draft.serviceNotice = text;
        draft.district = text;
        draft.queue = text;
        draft.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
        core::TicketService service(writer.store());
        core::Ticket saved;
        try {
            saved = service.create(draft);
        } catch (const core::Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        service.addNote(saved.referenceNumber, text, false);
        service.setStatus(saved.referenceNumber, core::TicketStatus::InProgress, text);
        writer.sync();
        reader.sync();
        const core::Ticket pulled = *core::TicketService(reader.store()).find(saved.referenceNumber);
        QCOMPARE(pulled.description, text);
        QCOMPARE(pulled.address, text);
        QCOMPARE(pulled.addressId, text);
        QCOMPARE(pulled.caller.firstName, text);
        QCOMPARE(pulled.caller.lastName, text);
        QCOMPARE(pulled.serviceNotice, text);
        QCOMPARE(pulled.district, text);
        QCOMPARE(pulled.queue, text);
        QCOMPARE(pulled.statusNotes, text);
        QCOMPARE(pulled.notes.size(), 2);
        QCOMPARE(pulled.notes.at(0).text, text);
        QCOMPARE(core::Outbox(reader.store().database()).ticketDocument(saved.id),
                 core::Outbox(writer.store().database()).ticketDocument(saved.id));
        QVERIFY(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets")) >= 3);
        QVERIFY(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.audit_events")) > 0);
    }

    // New tickets follow the same rule: only a supervisor creates one closed or assigned. The
    // trigger asks for the role only for such tickets, so both sides of that shortcut are here.
    void onlySupervisorsCreateClosedOrAssignedTickets_data()
    {
        QTest::addColumn<bool>("supervisor");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("calltaker open") << false << QStringLiteral("new") << QString() << QStringLiteral("applied");
        QTest::newRow("calltaker closed") << false << QStringLiteral("closed") << QString()
                                          << QStringLiteral("rejected 42501: only a supervisor may create ticket");
        QTest::newRow("calltaker assigned") << false << QStringLiteral("new") << QStringLiteral("crew9")
                                            << QStringLiteral("rejected 42501: only a supervisor may assign ticket");
        QTest::newRow("calltaker closed and assigned") << false << QStringLiteral("closed") << QStringLiteral("crew9")
                                                       << QStringLiteral("rejected 42501: only a supervisor may create ticket");
        QTest::newRow("supervisor closed and assigned") << true << QStringLiteral("closed") << QStringLiteral("crew9")
                                                        << QStringLiteral("applied");
    }
    void onlySupervisorsCreateClosedOrAssignedTickets()
    {
        QFETCH(bool, supervisor);
        QFETCH(QString, status);
        QFETCH(QString, assignee);
        QFETCH(QString, outcome);
        const QString who = supervisor ? m_supervisor : m_calltaker;
        QSqlDatabase db = m_server->connection(who, who);
        // Through both security-definer entry points: push(jsonb), and push_staged() reading the
        // session's staging table (filled in the same transaction, as the client's COPY is).
        for (const bool staged : {false, true}) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString reference = QStringLiteral("SEC-%1").arg(id.left(8));
            const QString doc =
                QStringLiteral("{\"id\":\"%1\",\"reference\":\"%2\",\"status\":\"%3\",\"assignee\":\"%4\"}")
                    .arg(id, reference, status, assignee);
            const QString changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(db.transaction());
            if (staged) {
                core::SqlQuery::execute(db, QStringLiteral("SELECT civicdesk.open_push_staging()"));
                core::SqlQuery(db, QStringLiteral("INSERT INTO pg_temp.civicdesk_push_staging VALUES "
                                                  "(0, ?::uuid, 'create', ?::uuid, ?::jsonb)"))
                    .bind(0, changeId)
                    .bind(1, id)
                    .bind(2, doc)
                    .exec();
            }
            core::SqlQuery q(db, staged ? QStringLiteral("SELECT outcome, detail FROM civicdesk.push_staged()")
                                        : QStringLiteral("SELECT outcome, detail FROM civicdesk.push(?::jsonb)"));
            if (!staged)
                q.bind(0, QStringLiteral("[{\"change_id\":\"%1\",\"kind\":\"create\",\"ticket_id\":\"%2\",\"doc\":%3}]")
                              .arg(changeId, id, doc));
            q.exec();
            QVERIFY(q.next());
            const QString got = q.value(0).toString() + u' ' + q.value(1).toString();
            QVERIFY2(got.startsWith(outcome), qPrintable(got));
            q.raw().finish();
            QVERIFY(db.commit());
            QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE reference = '%1'")
                                         .arg(reference)),
                     outcome.startsWith(QStringLiteral("applied")) ? 1 : 0);
        }
    }

    // push_staged() reads the caller's temporary table as its definer, so a table that is not
    // the one open_push_staging() makes (here a view that could call anything) is refused.
    void tamperedStagingTableIsRefused_data()
    {
        QTest::addColumn<QString>("replacement");
        QTest::newRow("view") << QStringLiteral("CREATE TEMPORARY VIEW civicdesk_push_staging AS SELECT 0 AS ord, "
                                                "gen_random_uuid() AS change_id, 'create'::text AS kind, "
                                                "gen_random_uuid() AS ticket_id, '{}'::jsonb AS body");
        QTest::newRow("text body") << QStringLiteral("CREATE TEMPORARY TABLE civicdesk_push_staging (ord integer, "
                                                     "change_id uuid, kind text, ticket_id uuid, body text)");
        QTest::newRow("row security") << QStringLiteral("CREATE TEMPORARY TABLE civicdesk_push_staging (ord integer, "
                                                        "change_id uuid, kind text, ticket_id uuid, body jsonb); "
                                                        "ALTER TABLE civicdesk_push_staging ENABLE ROW LEVEL SECURITY");
    }
    void tamperedStagingTableIsRefused()
    {
        QFETCH(QString, replacement);
        QSqlDatabase db = m_server->connection(QStringLiteral("tamper-") + QString::fromLatin1(QTest::currentDataTag()),
                                               m_calltaker);
        for (const QString &sql : replacement.split(QStringLiteral("; ")))
            QCOMPARE(attempt(db, sql), QString());
        QVERIFY(attempt(db, QStringLiteral("SELECT * FROM civicdesk.push_staged()"))
                    .contains(QStringLiteral("not the one civicdesk.open_push_staging() makes")));
    }

    // A call taker's own temporary objects cannot stand in for what the security-definer
    // functions use: with pg_temp searched last, a temporary domain named uuid whose check
    // fails (it could as well call a function of the caller's) is not the uuid push() casts to.
    void temporaryObjectsCannotHijackThePush()
    {
        QSqlDatabase db = m_server->connection(QStringLiteral("hijack"), m_calltaker);
        QCOMPARE(attempt(db, QStringLiteral("CREATE DOMAIN pg_temp.uuid AS text CHECK (VALUE IS NULL)")), QString());
        QCOMPARE(attempt(db, QStringLiteral("CREATE TABLE pg_temp.tickets (id text)")), QString());
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = "
                                                "'civicdesk'::regnamespace AND prosecdef AND NOT coalesce(proconfig "
                                                "@> ARRAY['search_path=civicdesk, pg_catalog, pg_temp'], false)")),
                 0);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString reference = QStringLiteral("TMP-%1").arg(id.left(8));
        core::SqlQuery q(db, QStringLiteral("SELECT outcome, detail FROM civicdesk.push(?::jsonb)"));
        q.bind(0, QStringLiteral("[{\"change_id\":\"%1\",\"kind\":\"create\",\"ticket_id\":\"%2\",\"doc\":"
                                 "{\"id\":\"%2\",\"reference\":\"%3\",\"status\":\"new\"}}]")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), id, reference))
            .exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString() + q.value(1).toString(), QStringLiteral("applied"));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE reference = '%1'")
                                     .arg(reference)),
                 1);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestSecurity)
#include "test_security.moc"


// The staged push (server schema 3): batches COPYed into the session's staging table and pushed
// while the client prepares the next one. Per-ticket order across many small batches, exact
// acknowledgement, the upgrade of a schema-2 server, and change positions from defaults.
#include "core/sync/outbox.h"
#include "core/sync/pushstream.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

namespace {

core::ServerSettings settingsFor(const QString &url)
{
    core::ServerSettings s;
    s.url = url;
    s.sslMode = QStringLiteral("disable");
    return s;
}

// A database of its own with only the first two server migrations, as a server set up by the
// previous CivicDesk release.
class SchemaTwoServer
{
public:
    SchemaTwoServer()
    {
        m_name = QStringLiteral("civicdesk_v2_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        core::SqlQuery::execute(admin(), QStringLiteral("CREATE DATABASE %1").arg(m_name));
        QUrl u(TestServer::superuserUrl());
        u.setPath(u'/' + m_name);
        m_url = u.toString();
        QSqlDatabase db = core::ServerConnection::open(settingsFor(m_url), {}, m_name, false);
        core::ServerMigrator(db).migrate(2);
    }
    ~SchemaTwoServer()
    {
        core::ServerConnection::close(m_name);
        try {
            core::SqlQuery::execute(admin(),
                                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        } catch (const core::Error &) {
        }
        core::ServerConnection::close(QStringLiteral("v2-admin"));
    }
    QString url() const { return m_url; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

private:
    static QSqlDatabase admin()
    {
        const QString name = QStringLiteral("v2-admin");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return core::ServerConnection::open(settingsFor(TestServer::superuserUrl()), {}, name, false);
    }
    QString m_name;
    QString m_url;
};

core::SyncReport pushInBatches(Workstation &desk, TestServer &server, int batch)
{
    const QString name = QStringLiteral("batches-%1").arg(batch);
    core::SyncReport report;
    {
        QSqlDatabase db = core::ServerConnection::open(server.settings(), {}, name);
        core::SyncSession session(desk.store().database(), db, server.settings());
        session.setBatchSize(batch);
        report = session.push();
    }
    core::ServerConnection::close(name);
    return report;
}

QJsonObject serverDocument(TestServer &server, const QUuid &id)
{
    core::SqlQuery q(server.connection(QStringLiteral("doc")),
                     QStringLiteral("SELECT doc::text FROM civicdesk.tickets WHERE id = ?::uuid"));
    q.bind(0, id.toString(QUuid::WithoutBraces)).exec();
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

} // namespace

class TestStagedPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    // Creates, status changes, notes and audit events of several tickets interleave in the
    // outbox; pushed three at a time, every ticket ends on the server as it is locally, and
    // every change is answered once.
    void smallBatchesKeepEachTicketsOrder_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("7") << 7;
        QTest::newRow("all") << 2000;
    }
    void smallBatchesKeepEachTicketsOrder()
    {
        QFETCH(int, batch);
        TestServer server;
        Workstation desk(server, 0);
        core::TicketService service(desk.store());
        QList<core::Ticket> tickets;
        for (int i = 0; i < 4; ++i)
            tickets.append(service.create(testsupport::potholeTicket()));
        const QList<core::TicketStatus> steps = {core::TicketStatus::Acknowledged,
                                                 core::TicketStatus::InProgress, core::TicketStatus::OnHold,
                                                 core::TicketStatus::InProgress};
        for (const core::TicketStatus status : steps) {
            for (const core::Ticket &t : std::as_const(tickets)) {
                service.setStatus(t.referenceNumber, status,
                                  QStringLiteral("step %1 of %2").arg(int(status)).arg(t.referenceNumber));
                service.addNote(t.referenceNumber, QStringLiteral("note\twith a tab \\ and a\nnewline"),
                                false);
            }
        }
        const qint64 pending = core::Outbox(desk.store().database()).pendingCount();
        QVERIFY(pending > 40);

        const core::SyncReport report = pushInBatches(desk, server, batch);
        QCOMPARE(report.pushed + report.merged, int(pending));
        QCOMPARE(report.merged, 0);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(core::Outbox(desk.store().database()).pendingCount(), 0);
        for (const core::Ticket &t : std::as_const(tickets))
            QCOMPARE(serverDocument(server, t.id),
                     core::Outbox(desk.store().database()).ticketDocument(t.id));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.ticket_notes WHERE text = "
                                             "E'note\\twith a tab \\\\ and a\\nnewline'")),
                 16);
        // Four status changes per ticket, each audited once on the server.
        QCOMPARE(server.count(
                     QStringLiteral("SELECT count(*) FROM civicdesk.audit_events WHERE field = 'status'")),
                 16);
    }

    // New tickets get their change position from the column defaults: distinct, in outbox
    // order, and the pushing transaction's id.
    void newTicketsGetChangePositions()
    {
        TestServer server;
        Workstation desk(server, 1);
        core::TicketService service(desk.store());
        QList<core::Ticket> drafts;
        for (int i = 0; i < 30; ++i)
            drafts.append(testsupport::potholeTicket());
        const QList<core::Ticket> saved = service.addAll(drafts);
        const qint64 pending = core::Outbox(desk.store().database()).pendingCount();
        QCOMPARE(pushInBatches(desk, server, 10).pushed, int(pending));
        QCOMPARE(server.count(QStringLiteral("SELECT count(DISTINCT change_seq) FROM civicdesk.tickets "
                                             "WHERE change_seq > 0 AND change_xid <> '0'")),
                 30);
        // One transaction per batch of ten changes.
        QCOMPARE(server.count(QStringLiteral("SELECT count(DISTINCT change_xid) FROM civicdesk.tickets")),
                 (pending + 9) / 10);
        core::SqlQuery q(server.connection(QStringLiteral("order")),
                         QStringLiteral("SELECT id::text FROM civicdesk.tickets ORDER BY change_seq"));
        q.exec();
        QStringList order;
        while (q.next())
            order.append(q.value(0).toString());
        QStringList expected;
        for (const core::Ticket &t : saved)
            expected.append(t.id.toString(QUuid::WithoutBraces));
        QCOMPARE(order, expected);
    }

    // A server set up by the previous release is refused with a clear message, and "server init"
    // upgrades it in place: its tickets stay, and new pushes land beside them.
    void schemaTwoServerIsUpgraded()
    {
        SchemaTwoServer old;
        // A ticket pushed by the previous release (its push(jsonb) stays in the schema).
        testsupport::TempProfile before;
        before.store().setWorkstationCode(QStringLiteral("XYZ"));
        const core::Ticket oldTicket =
            core::TicketService(before.store()).create(testsupport::potholeTicket());
        const QJsonObject change{
            {QStringLiteral("change_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), QStringLiteral("create")},
            {QStringLiteral("ticket_id"), oldTicket.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("doc"), core::Outbox(before.store().database()).ticketDocument(oldTicket.id)}};
        core::SqlQuery push(old.db(), QStringLiteral("SELECT outcome FROM civicdesk.push(?::jsonb)"));
        push.bind(0, u'[' + QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)) + u']')
            .exec();
        QVERIFY(push.next());
        QCOMPARE(push.value(0).toString(), QStringLiteral("applied"));

        try {
            core::ServerConnection::open(settingsFor(old.url()), {}, QStringLiteral("too-old"));
            QFAIL("a schema 2 server was accepted");
        } catch (const core::SyncError &e) {
            QCOMPARE(e.kind(), core::SyncError::Kind::NotInitialised);
            QVERIFY2(e.message().contains(QStringLiteral("older")) &&
                         e.message().contains(QStringLiteral("server init")),
                     qPrintable(e.message()));
        }
        core::ServerConnection::close(QStringLiteral("too-old"));

        // From schema 2, every later migration runs once, in order, starting at 3.
        const QList<int> applied = core::ServerMigrator(old.db()).migrate();
        QVERIFY(!applied.isEmpty());
        for (int i = 0; i < applied.size(); ++i)
            QCOMPARE(applied.at(i), 3 + i);
        QCOMPARE(core::ServerMigrator(old.db()).migrate(), QList<int>{});

        testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("UPW"));
        const core::Ticket fresh = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const qint64 pending = core::Outbox(profile.store().database()).pendingCount();
        const QString name = QStringLiteral("upgraded");
        {
            QSqlDatabase db = core::ServerConnection::open(settingsFor(old.url()), {}, name);
            core::SyncSession session(profile.store().database(), db, settingsFor(old.url()));
            const core::SyncReport report = session.run();
            QCOMPARE(report.pushed, int(pending));
        }
        core::ServerConnection::close(name);
        core::SqlQuery q(old.db(),
                         QStringLiteral("SELECT reference FROM civicdesk.tickets ORDER BY change_seq"));
        q.exec();
        QStringList references;
        while (q.next())
            references.append(q.value(0).toString());
        QCOMPARE(references, (QStringList{oldTicket.referenceNumber, fresh.referenceNumber}));
        QVERIFY(core::TicketService(profile.store()).find(oldTicket.referenceNumber).has_value());
    }

    // An acknowledged batch leaves the outbox entry by entry: a parked entry inside a run and
    // the entries after the batch stay.
    void acknowledgedEntriesOnlyLeaveTheOutbox()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        for (int i = 0; i < 4; ++i)
            service.create(testsupport::potholeTicket());
        const core::Outbox outbox(profile.store().database());
        const QList<core::Outbox::Entry> all = outbox.batchAfter(0, 1000);
        QVERIFY(all.size() >= 6);
        QList<qint64> acknowledged;
        for (qsizetype i = 0; i < 5; ++i) {
            if (i != 2)
                acknowledged.append(all.at(i).seq);
        }
        outbox.remove(acknowledged);
        QList<qint64> left;
        for (const core::Outbox::Entry &e : outbox.batchAfter(0, 1000))
            left.append(e.seq);
        QList<qint64> expected{all.at(2).seq};
        for (qsizetype i = 5; i < all.size(); ++i)
            expected.append(all.at(i).seq);
        QCOMPARE(left, expected);
        // A create's staged body is the ticket document alone; other kinds carry the whole change.
        QCOMPARE(QJsonDocument::fromJson(all.at(0).body).object().value(QStringLiteral("id")).toString(),
                 all.at(0).ticketId);
    }

    // COPY text escapes exactly the four characters COPY gives meaning to.
    void copyFieldsAreEscaped_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("{\"a\":1}") << QByteArray("{\"a\":1}");
        QTest::newRow("json escapes")
            << QByteArray("{\"a\":\"x\\\"y\\n\"}") << QByteArray("{\"a\":\"x\\\\\"y\\\\n\"}");
        QTest::newRow("raw controls") << QByteArray("a\tb\nc\rd") << QByteArray("a\\tb\\nc\\rd");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe5\x8c\x97")
                               << QByteArray("caf\xc3\xa9 \xe5\x8c\x97");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void copyFieldsAreEscaped()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QByteArray out;
        core::PushStream::appendCopyField(out, value);
        QCOMPARE(out, expected);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestStagedPush)
#include "test_stagedpush.moc"

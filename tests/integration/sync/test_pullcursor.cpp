// (b) Two server transactions commit in the reverse of their sequence order; no change is missed.
#include "core/sync/outbox.h"
#include "core/sync/synccursor.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

#include <QJsonDocument>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestPullCursor : public QObject
{
    Q_OBJECT

    // A ticket document as another workstation would push it, made with the real service.
    static QByteArray ticketDocument(Workstation &desk, const QString &description)
    {
        core::Ticket draft = testsupport::potholeTicket();
        draft.description = description;
        const core::Ticket saved = core::TicketService(desk.store()).create(draft);
        return QJsonDocument(core::Outbox(desk.store().database()).ticketDocument(saved.id))
            .toJson(QJsonDocument::Compact);
    }

    static void insert(QSqlDatabase db, const QByteArray &doc)
    {
        core::SqlQuery(
            db,
            QStringLiteral("INSERT INTO civicdesk.tickets (id, reference, doc) "
                           "SELECT (d ->> 'id')::uuid, d ->> 'reference', d FROM (SELECT ?::jsonb AS d) x"))
            .bind(0, QString::fromUtf8(doc))
            .exec();
    }

    static qint64 sequenceOf(QSqlDatabase db, const QByteArray &doc)
    {
        core::SqlQuery q(db,
                         QStringLiteral("SELECT change_seq FROM civicdesk.tickets WHERE doc ->> 'id' = ?"));
        q.bind(0, QJsonDocument::fromJson(doc).object().value(QStringLiteral("id")).toString()).exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void cursorIsOpaque()
    {
        const QString cursor = core::synccursor::encode(QStringLiteral("12345"));
        QVERIFY(!cursor.contains(QStringLiteral("12345")));
        QCOMPARE(core::synccursor::decode(cursor), QStringLiteral("12345"));
        QCOMPARE(core::synccursor::decode(QStringLiteral("garbage")), QStringLiteral("0"));
    }

    void reverseCommitOrderMissesNothing()
    {
        TestServer server;
        Workstation reader(server, 0);
        Workstation writer(server, 1);
        reader.sync();
        const QByteArray first =
            ticketDocument(writer, QStringLiteral("takes the lower sequence, commits last"));
        const QByteArray second =
            ticketDocument(writer, QStringLiteral("takes the higher sequence, commits first"));

        QSqlDatabase slow = server.connection(QStringLiteral("slow"));
        QSqlDatabase fast = server.connection(QStringLiteral("fast"));
        QVERIFY(slow.transaction());
        insert(slow, first);
        QVERIFY(fast.transaction());
        insert(fast, second);
        QVERIFY(fast.commit());
        QVERIFY(sequenceOf(slow, first) < sequenceOf(fast, second));

        // The reader sees the second ticket while the first is still in flight.
        core::SyncReport report = reader.sync();
        QCOMPARE(report.pulledTickets, 1);
        QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets")), 1);

        // A "seq > last seen" cursor would now skip the first ticket for ever.
        QVERIFY(slow.commit());
        report = reader.sync();
        QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets")), 2);
        QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets WHERE description = "
                                             "'takes the lower sequence, commits last'")),
                 1);
        // Once nothing is in flight the cursor moves past both: a further pull brings nothing.
        report = reader.sync();
        QCOMPARE(report.pulledTickets, 0);
    }

    void smallPagesBringEveryChange()
    {
        // Keyset paging: several full pages and a partial one, each row exactly once.
        TestServer server;
        Workstation reader(server, 0);
        Workstation writer(server, 1);
        for (int i = 0; i < 7; ++i)
            core::TicketService(writer.store()).create(testsupport::potholeTicket());
        writer.sync();
        const QString name = QStringLiteral("paged-reader");
        core::SyncReport report;
        {
            QSqlDatabase db = core::ServerConnection::open(server.settings(), {}, name);
            core::SyncSession session(reader.store().database(), db, server.settings());
            session.setPageSize(3);
            report = session.pull();
        }
        core::ServerConnection::close(name);
        QCOMPARE(report.pulledTickets, 7);
        QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets")), 7);
        QCOMPARE(report.pulledAudit, int(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.audit_events"))));
    }

    void manyInterleavedTransactions()
    {
        // Ten transactions open at once, committed in reverse; pulls in between miss nothing.
        TestServer server;
        Workstation reader(server, 0);
        Workstation writer(server, 1);
        QList<QByteArray> docs;
        for (int i = 0; i < 10; ++i)
            docs.append(ticketDocument(writer, QStringLiteral("interleaved %1").arg(i)));
        QList<QSqlDatabase> connections;
        for (int i = 0; i < 10; ++i) {
            connections.append(server.connection(QStringLiteral("tx%1").arg(i)));
            QVERIFY(connections.last().transaction());
            insert(connections.last(), docs.at(i));
        }
        for (int i = 9; i >= 0; --i) {
            QVERIFY(connections[i].commit());
            reader.sync();
            QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets")), qint64(10 - i));
        }
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestPullCursor)
#include "test_pullcursor.moc"

// (c) Faults: the server stopped mid-push, the connection cut mid-reply, the client killed
// mid-sync. Afterwards nothing is lost and nothing is duplicated.
//
// Stopping a server would disturb the other integration tests that share the one tools/dev
// starts, so this test runs its own private cluster from CIVICDESK_TEST_PG_BINDIR.
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/privatecluster.h"
#include "support/requireall.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <csignal>
#include <unistd.h>

using namespace civicdesk;
using testsupport::PrivateCluster;
using testsupport::Workstation;

namespace {

// A TCP proxy on its own thread (the client blocks in libpq on this one). Once armed with a
// marker, it lets the client's request through, forwards the first bytes of the server's
// reply, then closes the client's side: the server has done the work, the client never hears.
class CuttingProxy : public QThread
{
public:
    explicit CuttingProxy(quint16 upstream) : m_upstream(upstream) {}
    ~CuttingProxy() override
    {
        quit();
        wait();
    }

    quint16 port()
    {
        QMutexLocker lock(&m_mutex);
        while (m_port == 0)
            m_ready.wait(&m_mutex);
        return m_port;
    }
    void arm(const QByteArray &marker)
    {
        QMutexLocker lock(&m_mutex);
        m_marker = marker;
    }
    int cuts() const { return m_cuts.loadAcquire(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, [&] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                auto seen = std::make_shared<bool>(false);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
                QObject::connect(client, &QTcpSocket::readyRead, upstream, [=, this] {
                    const QByteArray data = client->readAll();
                    {
                        QMutexLocker lock(&m_mutex);
                        if (!m_marker.isEmpty() && data.contains(m_marker)) {
                            *seen = true;
                            m_marker.clear();
                        }
                    }
                    upstream->write(data);
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
                    const QByteArray data = upstream->readAll();
                    if (*seen) {
                        // Counted before the cut, so the client can never observe one uncounted.
                        m_cuts.ref();
                        client->write(data.left(std::max<qsizetype>(1, data.size() / 2)));
                        client->flush();
                        client->abort();
                        *seen = false;
                        return;
                    }
                    if (client->state() == QAbstractSocket::ConnectedState)
                        client->write(data);
                });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        {
            QMutexLocker lock(&m_mutex);
            m_port = server.serverPort();
            m_ready.wakeAll();
        }
        exec();
    }

private:
    quint16 m_upstream;
    QMutex m_mutex;
    QWaitCondition m_ready;
    quint16 m_port = 0;
    QByteArray m_marker;
    QAtomicInt m_cuts;
};

core::ServerSettings settingsFor(const QString &url)
{
    core::ServerSettings s;
    s.url = url;
    s.sslMode = QStringLiteral("disable");
    return s;
}

qint64 serverCount(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 n = -1;
    {
        QSqlDatabase db = core::ServerConnection::open(settingsFor(url), {}, name);
        core::SqlQuery q(db, sql);
        q.exec();
        n = q.next() ? q.value(0).toLongLong() : -1;
    }
    core::ServerConnection::close(name);
    return n;
}

// Ticket i of a workstation, with the same id-free reference every time it is asked for.
core::Ticket faultTicket(int i, const QString &workstation)
{
    core::Ticket t = testsupport::potholeTicket();
    t.requestedAt =
        QDateTime(QDate(2025, 3, 1).addDays(i / 20000), QTime(9, 0), QTimeZone::utc()).addSecs(i % 20000);
    t.referenceNumber = core::referencenumber::make(workstation, t.requestedAt.date(), i % 20000 + 1);
    return t;
}

void addTickets(core::LocalStore &store, int count, const QString &description)
{
    QList<core::Ticket> tickets;
    for (int i = 0; i < count; ++i) {
        core::Ticket t = faultTicket(i, store.workstationCode());
        t.id = QUuid::createUuid();
        t.description = description;
        tickets.append(t);
    }
    try {
        core::TicketService(store).addAll(tickets);
    } catch (const core::Error &e) {
        qFatal("cannot add test tickets: %s", qPrintable(e.message()));
    }
}

core::SyncReport syncOnce(core::LocalStore &store, const QString &url, int batch,
                          std::function<void()> afterSend = {})
{
    const QString name = QStringLiteral("fault-sync");
    core::SyncReport report;
    try {
        QSqlDatabase db = core::ServerConnection::open(settingsFor(url), {}, name);
        core::SyncSession session(store.database(), db, settingsFor(url));
        session.setBatchSize(batch);
        session.setAfterSendHook(std::move(afterSend));
        report = session.run();
    } catch (...) {
        core::ServerConnection::close(name);
        throw;
    }
    core::ServerConnection::close(name);
    return report;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivateCluster> m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        CIVICDESK_REQUIRE_TEST_SERVER();
        m_cluster = std::make_unique<PrivateCluster>();
        QVERIFY2(m_cluster->ok(), "could not start a private PostgreSQL cluster");
        QSqlDatabase db =
            core::ServerConnection::open(settingsFor(m_cluster->url()), {}, QStringLiteral("init"), false);
        core::ServerMigrator(db).migrate();
        db.close();
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void wrongPasswordIsNamed()
    {
        core::ServerSettings s =
            settingsFor(QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_cluster->port()));
        try {
            core::ServerConnection::open(s, QStringLiteral("not-the-password"), QStringLiteral("wrong"));
            QFAIL("a wrong password was accepted");
        } catch (const core::SyncError &e) {
            QCOMPARE(e.kind(), core::SyncError::Kind::WrongPassword);
            QVERIFY2(e.message().contains(QStringLiteral("password")), qPrintable(e.message()));
            QVERIFY(!e.isTransient());
        }
    }

    void serverStoppedMidPush()
    {
        testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("ST2"));
        addTickets(profile.store(), 3000, QStringLiteral("stopped mid-push"));
        int batches = 0;
        // After the second batch commits on the server, it dies before the client hears back.
        QVERIFY_THROWS_EXCEPTION(core::SyncError, syncOnce(profile.store(), m_cluster->url(), 500, [&] {
                                     if (++batches == 2) {
                                         QVERIFY(m_cluster->stop(QStringLiteral("immediate")));
                                         throw core::SyncError(core::SyncError::Kind::ConnectionLost,
                                                               QStringLiteral("reply lost"));
                                     }
                                 }));
        // While it is down: the client says so, and keeps its work.
        try {
            syncOnce(profile.store(), m_cluster->url(), 500);
            QFAIL("sync succeeded with the server down");
        } catch (const core::SyncError &e) {
            QVERIFY2(e.isTransient(), qPrintable(e.message()));
        }
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), 2500);
        QVERIFY(m_cluster->start());
        const core::SyncReport report = syncOnce(profile.store(), m_cluster->url(), 500);
        QCOMPARE(report.duplicates, 500); // the batch whose reply was lost
        QCOMPARE(report.pushed, 2000);
        QCOMPARE(
            serverCount(m_cluster->url(), QStringLiteral("SELECT count(*) FROM civicdesk.tickets "
                                                         "WHERE doc ->> 'description' = 'stopped mid-push'")),
            3000);
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), 0);
    }

    // The server dies after answering a batch, before the next one is sent: the answers already
    // received still count, so that batch leaves the outbox and is not sent again.
    void answersBeforeAFailureAreKept()
    {
        testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("ST3"));
        addTickets(profile.store(), 1500, QStringLiteral("answered then stopped"));
        const qint64 pending = core::Outbox(profile.store().database()).pendingCount();
        int batches = 0;
        QVERIFY_THROWS_EXCEPTION(core::SyncError, syncOnce(profile.store(), m_cluster->url(), 500, [&] {
                                     if (++batches == 1)
                                         QVERIFY(m_cluster->stop(QStringLiteral("immediate")));
                                 }));
        QCOMPARE(batches, 1);
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), pending - 500);
        QVERIFY(m_cluster->start());
        const core::SyncReport report = syncOnce(profile.store(), m_cluster->url(), 500);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(report.pushed, int(pending - 500));
        QCOMPARE(
            serverCount(m_cluster->url(), QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE "
                                                         "doc ->> 'description' = 'answered then stopped'")),
            1500);
    }

    void connectionCutMidReply()
    {
        CuttingProxy proxy(m_cluster->port());
        proxy.start();
        const QString viaProxy = m_cluster->url(proxy.port());
        testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("PRX"));
        addTickets(profile.store(), 1200, QStringLiteral("cut mid-reply"));
        // The second batch carries this ticket's reference.
        const QString marker = faultTicket(450, QStringLiteral("PRX")).referenceNumber;
        proxy.arm(marker.toUtf8());
        QVERIFY_THROWS_EXCEPTION(core::SyncError, syncOnce(profile.store(), viaProxy, 400));
        QCOMPARE(proxy.cuts(), 1);
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), 800);
        const core::SyncReport report = syncOnce(profile.store(), viaProxy, 400);
        QCOMPARE(report.duplicates + report.pushed, 800);
        QCOMPARE(
            serverCount(m_cluster->url(), QStringLiteral("SELECT count(*) FROM civicdesk.tickets "
                                                         "WHERE doc ->> 'description' = 'cut mid-reply'")),
            1200);
        QCOMPARE(Workstation::countIn(profile.store(),
                                      QStringLiteral("SELECT count(*) FROM tickets WHERE description = "
                                                     "'cut mid-reply'")),
                 1200);
    }

    void clientKilledMidSync()
    {
        const QString cli = qEnvironmentVariable("CIVICDESK_CLI");
        if (cli.isEmpty())
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_CLI is not set (run through ctest)"));
        testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("KM2"));
        const int total = 40000;
        addTickets(profile.store(), total, QStringLiteral("killed mid-sync"));
        const QString count =
            QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE doc ->> 'description' = "
                           "'killed mid-sync'");
        const QStringList args = {QStringLiteral("--profile"), profile.directory(),
                                  QStringLiteral("sync"),      QStringLiteral("--once"),
                                  QStringLiteral("--url"),     m_cluster->url(),
                                  QStringLiteral("--sslmode"), QStringLiteral("disable")};
        QProcess child;
        child.start(cli, args);
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverCount(m_cluster->url(), count) > 0, 60000);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const qint64 atKill = serverCount(m_cluster->url(), count);
        QVERIFY2(atKill < total, "the child finished before it was killed");

        QProcess again;
        again.start(cli, args);
        QVERIFY(again.waitForFinished(120000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QCOMPARE(serverCount(m_cluster->url(), count), qint64(total));
        QCOMPARE(serverCount(m_cluster->url(),
                             QStringLiteral("SELECT count(DISTINCT reference) FROM civicdesk.tickets "
                                            "WHERE doc ->> 'description' = 'killed mid-sync'")),
                 qint64(total));
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), 0);
        QCOMPARE(Workstation::countIn(profile.store(),
                                      QStringLiteral("SELECT count(*) FROM tickets WHERE description = "
                                                     "'killed mid-sync'")),
                 qint64(total));
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestFaults)
#include "test_faults.moc"

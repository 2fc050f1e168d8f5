// Preferences' Test connection against a real PostgreSQL: success, and each failure named by
// its cause, off the UI thread, giving up within 10 s on a host that does not answer.
#include "../sync/syncfixture.h"
#include "core/settings/connectiontest.h"
#include "support/privatecluster.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace civicdesk;
using Outcome = core::ConnectionTest::Outcome;
using testsupport::TestServer;

namespace {
// Runs the test as the dialog does: started, then the event loop turns until it reports.
core::ConnectionTest::Result runAsync(const core::ServerSettings &settings, const QString &password,
                                      int deadlineMs = core::ConnectionTest::kDefaultDeadlineMs)
{
    core::ConnectionTest test;
    QSignalSpy spy(&test, &core::ConnectionTest::finished);
    test.start(settings, password, deadlineMs);
    // The call returned at once: the connect runs on a worker.
    [&] { QVERIFY(test.isRunning()); }();
    [&] { QVERIFY(spy.wait(deadlineMs + 5000)); }();
    return spy.isEmpty() ? core::ConnectionTest::Result{}
                         : spy.first().first().value<core::ConnectionTest::Result>();
}
// A port whose kernel completes the TCP handshake (the listen backlog) but where nothing ever
// answers the startup packet: a host that does not answer, as libpq sees it.
core::ServerSettings silentServer(QTcpServer &silent)
{
    silent.listen(QHostAddress::LocalHost, 0);
    silent.pauseAccepting();
    core::ServerSettings s;
    s.url = QStringLiteral("postgresql://127.0.0.1:%1/civicdesk").arg(silent.serverPort());
    s.sslMode = QStringLiteral("disable");
    return s;
}
} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        CIVICDESK_REQUIRE_TEST_SERVER();
        qRegisterMetaType<core::ConnectionTest::Result>();
    }

    void connectsToAServerWithTheSchema()
    {
        TestServer server;
        const auto r = runAsync(server.settings(), {});
        QCOMPARE(r.outcome, Outcome::Connected);
        QVERIFY2(
            r.message.contains(
                QStringLiteral("schema is version %1").arg(core::ServerConnection::latestSchemaVersion())),
            qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("WITHOUT TLS")), qPrintable(r.message));
    }

    void serverWithoutSchemaIsNamed()
    {
        TestServer server;
        core::SqlQuery::execute(server.connection(QStringLiteral("admin")),
                                QStringLiteral("DROP SCHEMA civicdesk CASCADE"));
        const auto r = runAsync(server.settings(), {});
        QCOMPARE(r.outcome, Outcome::SchemaVersion);
        QVERIFY2(r.message.contains(QStringLiteral("server init")), qPrintable(r.message));
    }

    void tlsRequiredByAServerWithoutIt()
    {
        TestServer server;
        core::ServerSettings s = server.settings();
        s.sslMode = QStringLiteral("require");
        const auto r = runAsync(s, {});
        QCOMPARE(r.outcome, Outcome::Tls);
        QVERIFY2(r.message.contains(QStringLiteral("TLS")), qPrintable(r.message));
    }

    void missingDatabaseIsNamed()
    {
        core::ServerSettings s;
        QUrl u(TestServer::superuserUrl());
        u.setPath(QStringLiteral("/no_such_database_here"));
        s.url = u.toString();
        s.sslMode = QStringLiteral("disable");
        const auto r = runAsync(s, {});
        QCOMPARE(r.outcome, Outcome::NoDatabase);
    }

    void wrongPasswordIsNamed()
    {
        // The shared test server trusts everyone; this cluster checks passwords (scram-sha-256).
        testsupport::PrivateCluster cluster;
        QVERIFY(cluster.ok());
        core::ServerSettings s;
        QUrl u(cluster.url());
        u.setPassword(QString());
        s.url = u.toString();
        s.sslMode = QStringLiteral("disable");
        const auto r = runAsync(s, QStringLiteral("not-the-password"));
        QCOMPARE(r.outcome, Outcome::Password);
        QVERIFY2(r.message.contains(QStringLiteral("password")), qPrintable(r.message));
        // The right password gets past authentication (to the missing CivicDesk schema).
        QCOMPARE(runAsync(s, QStringLiteral("fault-test-pw")).outcome, Outcome::SchemaVersion);
    }

    void closedPortIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        core::ServerSettings s;
        s.url = QStringLiteral("postgresql://127.0.0.1:%1/civicdesk").arg(port);
        s.sslMode = QStringLiteral("disable");
        const auto r = runAsync(s, {});
        QCOMPARE(r.outcome, Outcome::Refused);
        QVERIFY2(r.message.contains(QStringLiteral("refused")), qPrintable(r.message));
    }

    void unknownHostIsDns()
    {
        core::ServerSettings s;
        s.url = QStringLiteral("postgresql://no-such-host.invalid:5432/civicdesk");
        s.sslMode = QStringLiteral("disable");
        const auto r = runAsync(s, {});
        QCOMPARE(r.outcome, Outcome::HostNotFound);
        QVERIFY2(r.message.contains(QStringLiteral("DNS")), qPrintable(r.message));
    }

    void silentServerGivesUpWithinTenSeconds()
    {
        QTcpServer silent;
        const auto r = runAsync(silentServer(silent), {});
        QCOMPARE(r.outcome, Outcome::TimedOut);
        QVERIFY2(r.elapsedMs <= 10500, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(r.elapsedMs >= 1000, qPrintable(QString::number(r.elapsedMs))); // it did wait
        QVERIFY2(r.message.contains(QStringLiteral("did not answer")), qPrintable(r.message));
    }

    void deadlineEndsTheWaitBeforeTheDriverDoes()
    {
        // A deadline shorter than libpq's connect_timeout: the test reports at the deadline.
        QTcpServer silent;
        const auto r = runAsync(silentServer(silent), {}, 1500);
        QCOMPARE(r.outcome, Outcome::TimedOut);
        QVERIFY2(r.elapsedMs >= 1500 && r.elapsedMs < 4000, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(r.message.contains(QStringLiteral("did not answer within 1.5 seconds")),
                 qPrintable(r.message));
    }

    void unroutableAddressEndsWithinTenSeconds()
    {
        // 10.255.255.1 is routed nowhere. Where the network drops the packets the connect
        // times out; where a proxy intercepts every connection (as on some build machines) an
        // HTTP answer comes back instead. Either way: a named failure within the limit.
        core::ServerSettings s;
        s.url = QStringLiteral("postgresql://10.255.255.1:5432/civicdesk");
        s.sslMode = QStringLiteral("disable");
        const auto r = runAsync(s, {});
        QVERIFY2(r.outcome == Outcome::TimedOut || r.outcome == Outcome::NotPostgres ||
                     r.outcome == Outcome::Refused,
                 qPrintable(r.message));
        QVERIFY2(r.elapsedMs <= 10500, qPrintable(QString::number(r.elapsedMs)));
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestConnectionTest)
#include "test_connectiontest.moc"

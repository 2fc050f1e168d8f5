// Clear messages for what goes wrong before any change moves: a newer server schema, a server
// without CivicDesk, TLS that cannot be verified, a server that is not there.
#include "syncfixture.h"

#include <QTcpServer>
#include <QTemporaryFile>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

namespace {
core::SyncError connectError(const core::ServerSettings &settings)
{
    try {
        core::ServerConnection::open(settings, {}, QStringLiteral("probe"));
    } catch (const core::SyncError &e) {
        core::ServerConnection::close(QStringLiteral("probe"));
        return e;
    }
    core::ServerConnection::close(QStringLiteral("probe"));
    return core::SyncError(core::SyncError::Kind::Other, QStringLiteral("connected"));
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void newerServerSchemaIsRefused()
    {
        TestServer server;
        Workstation desk(server, 0);
        desk.sync();
        core::SqlQuery(server.connection(QStringLiteral("admin")),
                       QStringLiteral("INSERT INTO civicdesk.schema_version (version) VALUES (?)"))
            .bind(0, core::ServerConnection::latestSchemaVersion() + 1)
            .exec();
        const core::SyncError e = connectError(server.settings());
        QCOMPARE(e.kind(), core::SyncError::Kind::SchemaTooNew);
        QVERIFY2(e.message().contains(QStringLiteral("update CivicDesk")), qPrintable(e.message()));
        QVERIFY_THROWS_EXCEPTION(core::SyncError,
                                 core::ServerMigrator(server.connection(QStringLiteral("admin"))).migrate());
    }

    void serverWithoutSchemaIsNamed()
    {
        TestServer server;
        core::SqlQuery::execute(server.connection(QStringLiteral("admin")),
                                QStringLiteral("DROP SCHEMA civicdesk CASCADE"));
        const core::SyncError e = connectError(server.settings());
        QCOMPARE(e.kind(), core::SyncError::Kind::NotInitialised);
        QVERIFY(e.message().contains(QStringLiteral("server init")));
    }

    void tlsThatCannotBeVerifiedIsNamed_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("caFile");
        QTest::newRow("require, server without TLS") << QStringLiteral("require") << QString();
        QTest::newRow("verify-full, missing CA file")
            << QStringLiteral("verify-full") << QStringLiteral("/nonexistent/ca.crt");
    }

    void tlsThatCannotBeVerifiedIsNamed()
    {
        QFETCH(QString, mode);
        QFETCH(QString, caFile);
        TestServer server;
        core::ServerSettings s = server.settings();
        s.sslMode = mode;
        s.caFile = caFile;
        const core::SyncError e = connectError(s);
        QCOMPARE(e.kind(), core::SyncError::Kind::TlsFailure);
        QVERIFY2(e.message().contains(QStringLiteral("TLS")), qPrintable(e.message()));
    }

    void unreachableServerIsNamed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        core::ServerSettings s;
        s.url = QStringLiteral("postgresql://nobody@127.0.0.1:%1/civicdesk").arg(port);
        s.sslMode = QStringLiteral("disable");
        const core::SyncError e = connectError(s);
        QCOMPARE(e.kind(), core::SyncError::Kind::Unreachable);
        QVERIFY(e.isTransient());
    }

    void badSettingsNameTheField()
    {
        core::ServerSettings s;
        s.url = QStringLiteral("http://example.org");
        QVERIFY_THROWS_EXCEPTION(core::Error, s.validate());
        s.url = QStringLiteral("postgresql://db.example.org/civicdesk");
        s.sslMode = QStringLiteral("verify-full");
        try {
            s.validate();
            QFAIL("verify-full without a CA file was accepted");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().first().field, QStringLiteral("ca_file"));
        }
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestConnection)
#include "test_connection.moc"

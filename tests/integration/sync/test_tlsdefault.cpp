// TLS by default (issue #13, point 5): a server connection nobody configured for plain text
// refuses a server without TLS, and a plain-text connection is reported as such.
#include "syncfixture.h"

using namespace civicdesk;
using testsupport::TestServer;

class TestTlsDefault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void defaultSettingsRefusePlainText()
    {
        TestServer server; // the private test server runs without TLS
        core::ServerSettings s;
        s.url = server.url();
        QCOMPARE(s.sslMode, QStringLiteral("require"));
        try {
            core::ServerConnection::open(s, {}, QStringLiteral("tls-default"));
            core::ServerConnection::close(QStringLiteral("tls-default"));
            QFAIL("connected in plain text with the default settings");
        } catch (const core::SyncError &e) {
            core::ServerConnection::close(QStringLiteral("tls-default"));
            QCOMPARE(e.kind(), core::SyncError::Kind::TlsFailure);
        }
    }

    void explicitPlainTextIsReported()
    {
        TestServer server;
        for (const QString &mode : {QStringLiteral("disable"), QStringLiteral("prefer")}) {
            core::ServerSettings s = server.settings();
            s.sslMode = mode;
            const QString name = QStringLiteral("tls-") + mode;
            {
                const QSqlDatabase db = core::ServerConnection::open(s, {}, name);
                QVERIFY(!core::ServerConnection::usesTls(db));
            }
            core::ServerConnection::close(name);
        }
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestTlsDefault)
#include "test_tlsdefault.moc"

// What libpq's words mean for Test connection: each failure is named by its cause.
#include "core/settings/connectiontest.h"
#include "support/testmain.h"

using namespace civicdesk;
using Outcome = core::ConnectionTest::Outcome;

class TestConnectionTestClassify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("dns")
            << QStringLiteral(
                   "could not translate host name \"db.invalid\" to address: Name or service not known")
            << Outcome::HostNotFound;
        QTest::newRow("refused")
            << QStringLiteral(
                   "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
                   "server running on that host and accepting TCP/IP connections?")
            << Outcome::Refused;
        QTest::newRow("timeout")
            << QStringLiteral("connection to server at \"10.255.255.1\", port 5432 failed: timeout expired")
            << Outcome::TimedOut;
        QTest::newRow("password") << QStringLiteral(
                                         "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                                         "password authentication failed for user \"ct\"")
                                  << Outcome::Password;
        QTest::newRow("tls") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: "
                                               "server does not support SSL, but SSL was required")
                             << Outcome::Tls;
        QTest::newRow("a web server")
            << QStringLiteral("connection to server at \"10.255.255.1\", port 5432 failed: expected "
                              "authentication request from server, but received H")
            << Outcome::NotPostgres;
        QTest::newRow("no database") << QStringLiteral("FATAL:  database \"nope\" does not exist")
                                     << Outcome::NoDatabase;
        QTest::newRow("other") << QStringLiteral("something else") << Outcome::Other;
    }
    void classify()
    {
        QFETCH(QString, text);
        QFETCH(Outcome, outcome);
        QCOMPARE(core::ConnectionTest::classify(text), outcome);
    }

    void invalidSettingsNeedNoServer()
    {
        core::ServerSettings s;
        s.url = QStringLiteral("http://not-postgres");
        const core::ConnectionTest::Result r = core::ConnectionTest::run(s, {});
        QCOMPARE(r.outcome, Outcome::InvalidSettings);
        QVERIFY(r.message.contains(QStringLiteral("postgresql://")));
    }
};

CIVICDESK_TEST_MAIN(TestConnectionTestClassify)
#include "test_connectiontestclassify.moc"

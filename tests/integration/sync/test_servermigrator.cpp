// The server migrator hands each file to PostgreSQL whole, inside one transaction: function
// bodies are never cut, and a failing file leaves the server's version and schema as they were.
#include "syncfixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;
using testsupport::TestServer;

namespace {
void writeMigration(const QTemporaryDir &dir, const QString &name, const QByteArray &sql)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sql);
}

// After the real schema (version 4 and up), so the test's files come next.
constexpr char kProbeTable[] = "-- a table and a function whose body holds statements of its own\n"
                               "CREATE TABLE civicdesk.migrator_probe (x int NOT NULL);\n"
                               "CREATE FUNCTION civicdesk.migrator_probe_count() RETURNS bigint\n"
                               "LANGUAGE plpgsql AS $$\n"
                               "DECLARE n bigint;\n"
                               "BEGIN\n"
                               "    SELECT count(*) INTO n FROM civicdesk.migrator_probe;\n"
                               "    RETURN n;\n"
                               "END\n"
                               "$$;\n"
                               "INSERT INTO civicdesk.migrator_probe (x) VALUES (1), (2);\n";
} // namespace

class TestServerMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void fileWithFunctionBodiesRunsWhole()
    {
        TestServer server;
        QSqlDatabase admin = server.connection(QStringLiteral("admin"));
        QTemporaryDir dir;
        writeMigration(dir, QStringLiteral("0901_probe.sql"), kProbeTable);
        QCOMPARE(core::ServerMigrator(admin, dir.path()).migrate(), QList<int>{901});
        QCOMPARE(core::ServerConnection::schemaVersion(admin), 901);
        QCOMPARE(server.count(QStringLiteral("SELECT civicdesk.migrator_probe_count()")), 2);
        QCOMPARE(core::ServerMigrator(admin, dir.path()).migrate(), QList<int>{});
    }

    void failingMigrationLeavesVersionAndSchema()
    {
        TestServer server;
        QSqlDatabase admin = server.connection(QStringLiteral("admin"));
        const int before = core::ServerConnection::schemaVersion(admin);
        QTemporaryDir dir;
        writeMigration(dir, QStringLiteral("0901_probe.sql"), kProbeTable);
        writeMigration(dir, QStringLiteral("0902_broken.sql"),
                       "CREATE TABLE civicdesk.migrator_half (x int);\n"
                       "INSERT INTO civicdesk.migrator_half (x) VALUES (1);\n"
                       "SELECT no_such_column FROM civicdesk.migrator_half;\n");
        try {
            core::ServerMigrator(admin, dir.path()).migrate();
            QFAIL("a broken migration was applied");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("0902_broken.sql, line 3")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("no_such_column")), qPrintable(e.message()));
        }
        // One transaction for the whole run: the good file before the broken one went too.
        QCOMPARE(core::ServerConnection::schemaVersion(admin), before);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'civicdesk' "
                                             "AND tablename IN ('migrator_probe', 'migrator_half')")),
                 0);
        // The connection is usable again: the failed transaction was rolled back, not left open.
        QFile::remove(dir.filePath(QStringLiteral("0902_broken.sql")));
        QCOMPARE(core::ServerMigrator(admin, dir.path()).migrate(), QList<int>{901});
    }

    void migrationEndingTheTransactionIsRefused()
    {
        TestServer server;
        QSqlDatabase admin = server.connection(QStringLiteral("admin"));
        QTemporaryDir dir;
        writeMigration(dir, QStringLiteral("0901_commits.sql"),
                       "CREATE TABLE civicdesk.migrator_probe (x int);\nCOMMIT;\n");
        try {
            core::ServerMigrator(admin, dir.path()).migrate();
            QFAIL("a migration with its own COMMIT was accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("0901_commits.sql")), qPrintable(e.message()));
        }
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestServerMigrator)
#include "test_servermigrator.moc"

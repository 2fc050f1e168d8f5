// The local-store migrator hands each file to SQLite whole: trigger bodies are never cut, and a
// file that fails leaves neither its schema nor its version behind.
#include "core/domain/error.h"
#include "core/store/migrationfolder.h"
#include "core/store/sqlitemigrator.h"
#include "core/store/sqlquery.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace civicdesk::core;

namespace {
void writeMigration(const QTemporaryDir &dir, const QString &name, const QByteArray &sql)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sql);
}

// Migrates the folder and expects a failure whose message holds each of `words`.
void expectFailure(const QSqlDatabase &db, const QString &folder, const QStringList &words)
{
    try {
        SqliteMigrator(MigrationFolder(folder)).migrate(db);
        QFAIL("the migration was applied");
    } catch (const Error &e) {
        for (const QString &word : words)
            QVERIFY2(e.message().contains(word), qPrintable(e.message()));
    }
}

bool tableExists(const QSqlDatabase &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
    q.bind(0, name).exec();
    return q.next() && q.value(0).toInt() == 1;
}

constexpr char kTables[] = "-- a comment line, as real migrations have\n"
                           "CREATE TABLE readings (value INTEGER NOT NULL);\n"
                           "CREATE TABLE kept (x INTEGER);\n";
} // namespace

class TestSqliteMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_migrations.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("store.db")));
        QVERIFY(m_db.open());
    }

    void cleanup()
    {
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
        QFile::remove(m_dir.filePath(QStringLiteral("store.db")));
        for (const QString &name : QDir(m_migrations.path()).entryList(QDir::Files))
            QFile::remove(m_migrations.filePath(name));
    }

    void triggerWithCaseEndRunsWhole()
    {
        writeMigration(m_migrations, QStringLiteral("0001_tables.sql"), kTables);
        // The CASE ... END; line ends like a trigger's last line, where a line-based splitter
        // would cut the trigger in two.
        writeMigration(m_migrations, QStringLiteral("0002_guard.sql"),
                       "CREATE TRIGGER readings_not_negative BEFORE INSERT ON readings\n"
                       "BEGIN\n"
                       "    SELECT CASE WHEN NEW.value < 0 THEN RAISE(ABORT, 'negative reading') END;\n"
                       "    INSERT INTO kept (x) VALUES (NEW.value);\n"
                       "END;\n"
                       "CREATE INDEX kept_x ON kept (x);\n");
        const QList<int> applied = SqliteMigrator(MigrationFolder(m_migrations.path())).migrate(m_db);
        QCOMPARE(applied, (QList<int>{1, 2}));
        QCOMPARE(SqliteMigrator::version(m_db), 2);
        QVERIFY(tableExists(m_db, QStringLiteral("kept_x")));

        SqlQuery::execute(m_db, QStringLiteral("INSERT INTO readings (value) VALUES (5)"));
        SqlQuery kept(m_db, QStringLiteral("SELECT x FROM kept"));
        kept.exec();
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toInt(), 5); // the statement after the CASE line is in the trigger
        try {
            SqlQuery::execute(m_db, QStringLiteral("INSERT INTO readings (value) VALUES (-1)"));
            QFAIL("the trigger let a negative reading in");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("negative reading")), qPrintable(e.message()));
        }
        QCOMPARE(SqliteMigrator(MigrationFolder(m_migrations.path())).migrate(m_db), QList<int>{});
    }

    void failingMigrationLeavesVersionAndSchema()
    {
        writeMigration(m_migrations, QStringLiteral("0001_tables.sql"), kTables);
        QCOMPARE(SqliteMigrator(MigrationFolder(m_migrations.path())).migrate(m_db), QList<int>{1});

        writeMigration(m_migrations, QStringLiteral("0002_broken.sql"),
                       "CREATE TABLE half (x INTEGER);\n"
                       "INSERT INTO kept (x) VALUES (1);\n"
                       "INSERT INTO no_such_table (x) VALUES (1);\n");
        expectFailure(m_db, m_migrations.path(),
                      {QStringLiteral("0002_broken.sql"), QStringLiteral("no_such_table")});
        QCOMPARE(SqliteMigrator::version(m_db), 1);
        QVERIFY(!tableExists(m_db, QStringLiteral("half")));
        SqlQuery kept(m_db, QStringLiteral("SELECT COUNT(*) FROM kept"));
        kept.exec();
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toInt(), 0);
    }

    void migrationEndingTheTransactionIsRefused()
    {
        writeMigration(m_migrations, QStringLiteral("0001_commits.sql"),
                       "CREATE TABLE c (x INTEGER);\nCOMMIT;\n");
        expectFailure(m_db, m_migrations.path(), {QStringLiteral("0001_commits.sql")});
        QCOMPARE(SqliteMigrator::version(m_db), 0);
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_migrations;
    QSqlDatabase m_db;
};

CIVICDESK_TEST_MAIN(TestSqliteMigrator)
#include "test_sqlitemigrator.moc"

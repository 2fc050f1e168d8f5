#include "core/domain/error.h"
#include "core/store/database.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <unistd.h>

using namespace civicdesk::core;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pragmasAndSchema()
    {
        civicdesk::testsupport::TempProfile profile;
        const Database &db = profile.store().database();
        SqlQuery mode(db.connection(), QStringLiteral("PRAGMA journal_mode"));
        mode.exec();
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        SqlQuery fk(db.connection(), QStringLiteral("PRAGMA foreign_keys"));
        fk.exec();
        QVERIFY(fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        // FTS5 and R*Tree are part of the platform contract.
        SqlQuery::execute(db.connection(), QStringLiteral("CREATE VIRTUAL TABLE temp.f USING fts5(x)"));
        SqlQuery::execute(db.connection(), QStringLiteral("CREATE VIRTUAL TABLE temp.r USING rtree(id, a, b)"));
    }

    void reopenKeepsIdentity()
    {
        civicdesk::testsupport::TempProfile profile;
        profile.store().setWorkstationCode(QStringLiteral("QRS"));
        profile.reopen();
        QCOMPARE(profile.store().workstationCode(), QStringLiteral("QRS"));
        QVERIFY_THROWS_EXCEPTION(Error, profile.store().setWorkstationCode(QStringLiteral("Q0S")));
    }

    void connectionPerThread()
    {
        civicdesk::testsupport::TempProfile profile;
        const Database &db = profile.store().database();
        const QString mainName = db.connection().connectionName();
        const QString workerName = QtConcurrent::run([&db] {
                                       const QString name = db.connection().connectionName();
                                       SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
                                       q.exec();
                                       db.closeThreadConnection();
                                       return name;
                                   }).result();
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            LocalStore store{Profile(dir.path())};
            SqlQuery::execute(store.database().connection(), QStringLiteral("PRAGMA user_version = 999"));
        }
        try {
            LocalStore again{Profile(dir.path())};
            QFAIL("opened a store with a newer schema");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer CivicDesk")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("999")), qPrintable(e.message()));
        }
    }

    void refusesUnwritableProfile()
    {
        if (::geteuid() == 0) {
            // Root writes through permission bits; a file where the folder should be still fails.
            QTemporaryDir dir;
            QFile blocker(dir.filePath(QStringLiteral("profile")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            QVERIFY_THROWS_EXCEPTION(Error, LocalStore{Profile(blocker.fileName())});
            return;
        }
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        try {
            LocalStore store{Profile(dir.path())};
            QFAIL("opened a read-only profile");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not writable")), qPrintable(e.message()));
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void appendOnlyNotesAndAudit()
    {
        civicdesk::testsupport::TempProfile profile;
        const QSqlDatabase db = profile.store().database().connection();
        SqlQuery::execute(db, QStringLiteral("INSERT INTO tickets (id, reference, status, service_code, requested_at, "
                                             "updated_at, channel, priority) VALUES ('t1', 'R1', 'new', 'POTHOLE', 0, "
                                             "0, 'phone', 'normal')"));
        SqlQuery::execute(db, QStringLiteral("INSERT INTO ticket_notes (id, ticket_id, created_at, text) VALUES "
                                             "('n1', 't1', 0, 'hello')"));
        SqlQuery::execute(db, QStringLiteral("INSERT INTO audit_events (id, ticket_id, at, field) VALUES "
                                             "('a1', 't1', 0, 'created')"));
        QVERIFY_THROWS_EXCEPTION(Error, SqlQuery::execute(db, QStringLiteral("UPDATE ticket_notes SET text = 'x'")));
        QVERIFY_THROWS_EXCEPTION(Error, SqlQuery::execute(db, QStringLiteral("UPDATE audit_events SET field = 'x'")));
        QVERIFY_THROWS_EXCEPTION(Error, SqlQuery::execute(db, QStringLiteral("DELETE FROM audit_events")));
    }
};

CIVICDESK_TEST_MAIN(TestDatabase)
#include "test_database.moc"

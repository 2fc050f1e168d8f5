// Write transactions take SQLite's write lock when they begin (issue #13, point 2): a
// transaction that reads first and writes later never fails with "database is locked" because
// another connection committed in between.
#include "core/domain/error.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace civicdesk;

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readThenWriteSurvivesAnotherWriter()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        // A second connection, as another process (an import, the CLI) would have.
        const QString otherName = QStringLiteral("other-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
            other.setDatabaseName(db.filePath());
            QVERIFY(other.open());
            core::SqlQuery::execute(other, QStringLiteral("PRAGMA busy_timeout = 50"));

            core::Transaction tx(db.connection());
            core::SqlQuery read(db.connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
            read.exec();
            QVERIFY(read.next());
            read.raw().finish();

            // The other writer waits for this transaction rather than slipping in before it.
            QSqlQuery write(other);
            const bool otherWrote =
                write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('other', '1')"));
            QVERIFY2(!otherWrote, "another connection wrote inside this write transaction");

            core::SqlQuery::execute(db.connection(),
                                    QStringLiteral("INSERT INTO meta (key, value) VALUES ('mine', '1')"));
            tx.commit(); // with a deferred BEGIN: "database is locked"
            QCOMPARE(db.meta(QStringLiteral("mine")), QStringLiteral("1"));
            QVERIFY2(write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('other', '1')")),
                     qPrintable(write.lastError().text()));
        }
        QSqlDatabase::removeDatabase(otherName);
    }
};

CIVICDESK_TEST_MAIN(TestWriteTransaction)
#include "test_writetransaction.moc"

// A statement kept across calls: reused on its connection, ready again after a read that
// stopped early, and prepared again on another thread's connection or on this thread's
// connection once it was closed and opened again (same name, new handle).
#include "core/store/cachedstatement.h"
#include "core/store/database.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QtConcurrent>

using namespace civicdesk::core;

namespace {
QStringList read(const CachedStatement &statement, qint64 from, int rows)
{
    SqliteStatement &q = statement.get();
    q.bindInt64(1, from);
    QStringList out;
    while (out.size() < rows && q.step())
        out.append(q.text(0));
    return out;
}
} // namespace

class TestCachedStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reusedReadyAndPreparedAgain()
    {
        civicdesk::testsupport::TempProfile profile;
        const Database &db = profile.store().database();
        SqlQuery::execute(db.connection(), QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT)"));
        SqlQuery::execute(db.connection(),
                          QStringLiteral("INSERT INTO t (n, s) VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
        const CachedStatement statement(db, QStringLiteral("SELECT s FROM t WHERE n >= ? ORDER BY n"));

        SqliteStatement *first = &statement.get();
        QCOMPARE(read(statement, 1, 1), QStringList{QStringLiteral("a")}); // stopped before the end
        QCOMPARE(&statement.get(), first);
        QCOMPARE(read(statement, 2, 5), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));

        // A write on the connection is not held off by the kept statement.
        SqlQuery::execute(db.connection(), QStringLiteral("INSERT INTO t (n, s) VALUES (4, 'd')"));
        QCOMPARE(read(statement, 4, 5), QStringList{QStringLiteral("d")});

        const QStringList elsewhere = QtConcurrent::run([&] {
                                          const QStringList rows = read(statement, 3, 5);
                                          db.closeThreadConnection();
                                          return rows;
                                      }).result();
        QCOMPARE(elsewhere, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));

        // This thread's connection closed and opened again: same name, new handle.
        db.closeThreadConnection();
        QCOMPARE(read(statement, 1, 5).size(), 4);
    }
};

CIVICDESK_TEST_MAIN(TestCachedStatement)
#include "test_cachedstatement.moc"

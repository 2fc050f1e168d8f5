#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/testmain.h"

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace civicdesk::core;

// A child process writes tickets as fast as it can and prints each reference after its commit.
// We SIGKILL it mid-stream, reopen the store, and demand every printed reference and a
// consistent database.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidStream_data()
    {
        QTest::addColumn<int>("commitsBeforeKill");
        QTest::newRow("early") << 5;
        QTest::newRow("busy") << 300;
    }
    void killMidStream()
    {
        QFETCH(int, commitsBeforeKill);
        const QString writer = qEnvironmentVariable("CIVICDESK_TEST_WRITER");
        QVERIFY2(!writer.isEmpty(), "CIVICDESK_TEST_WRITER is not set (run through ctest)");
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(writer);
        child.setArguments({dir.path()});
        child.start();
        QVERIFY(child.waitForStarted());

        QStringList committed;
        QByteArray pending;
        while (committed.size() < commitsBeforeKill) {
            QVERIFY2(child.waitForReadyRead(30000), "the writer stopped writing");
            pending += child.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype at = pending.indexOf('\n');
                committed.append(QString::fromUtf8(pending.left(at)));
                pending.remove(0, at + 1);
            }
        }
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines the child printed after we stopped reading were committed too.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                committed.append(QString::fromUtf8(line));
        }

        LocalStore store{Profile(dir.path())};
        SqlQuery check(store.database().connection(), QStringLiteral("PRAGMA integrity_check"));
        check.exec();
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        SqlQuery fk(store.database().connection(), QStringLiteral("PRAGMA foreign_key_check"));
        fk.exec();
        QVERIFY2(!fk.next(), "dangling rows after the crash");

        TicketService service(store);
        for (const QString &ref : committed) {
            const auto t = service.find(ref);
            QVERIFY2(t.has_value(), qPrintable(QStringLiteral("committed ticket %1 is missing").arg(ref)));
            // Whole tickets only: the audit row written in the same transaction is there.
            QCOMPARE(t->audit.size(), 1);
        }
        // At most the one in flight was lost from the count of rows: never half a ticket.
        const qint64 rows = TicketRepository(store.database()).count();
        QVERIFY(rows >= committed.size());
        QVERIFY(rows <= committed.size() + 1);
        SqlQuery orphans(store.database().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS "
                                        "(SELECT 1 FROM audit_events a WHERE a.ticket_id = t.id)"));
        orphans.exec();
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"

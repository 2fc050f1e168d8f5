// The UI thread never waits for the disk in a commit (issue #13, point 2): its connection
// commits without fsync and WalFlusher makes each commit durable right after, on its own
// thread, where it also runs the checkpoints. Workers' connections still wait themselves.
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "core/store/walflusher.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QFileInfo>
#include <thread>

using namespace civicdesk;

namespace {
constexpr int kNormal = 1;
constexpr int kFull = 2;

int synchronousLevel(const core::Database &db)
{
    core::SqlQuery q(db.connection(), QStringLiteral("PRAGMA synchronous"));
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestWalFlusher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uiThreadCommitsAreFlushedOnAnotherThread()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        QCOMPARE(synchronousLevel(db), kNormal);
        const qint64 before = core::WalFlusher::handedOver();
        core::TicketService(profile.store()).create(testsupport::potholeTicket());
        QVERIFY(core::WalFlusher::handedOver() > before);
        QTRY_COMPARE(core::WalFlusher::pending(), 0);
    }

    void workerCommitsWaitForTheDiskThemselves()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        const qint64 before = core::WalFlusher::handedOver();
        int level = -1;
        std::thread worker([&] {
            level = synchronousLevel(db);
            core::TicketService(profile.store()).create(testsupport::potholeTicket());
            db.closeThreadConnection();
        });
        worker.join();
        QCOMPARE(level, kFull);
        QCOMPARE(core::WalFlusher::handedOver(), before);
    }

    void checkpointsRunOffTheUiThread()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        const qint64 before = core::WalFlusher::checkpoints();
        // More than kCheckpointPages (4 KiB pages) in one commit of the UI thread: a ticket with
        // a description near its limit fills about a page.
        core::TicketRepository tickets(db);
        core::Transaction tx(db.connection());
        for (int i = 0; i < core::WalFlusher::kCheckpointPages + 1000; ++i) {
            core::Ticket t = testsupport::generatedTicket(i, QStringLiteral("CKP"));
            t.description = QString(3900, QLatin1Char(char('a' + i % 26)));
            tickets.insert(t);
        }
        tx.commit();
        QTRY_VERIFY_WITH_TIMEOUT(core::WalFlusher::checkpoints() > before, 30000);
        QTRY_COMPARE(core::WalFlusher::pending(), 0);
        // The pages were copied into the database file, not only asked for.
        QVERIFY2(QFileInfo(db.filePath()).size() > qint64(core::WalFlusher::kCheckpointPages) * 4096,
                 qPrintable(QString::number(QFileInfo(db.filePath()).size())));
    }
};

CIVICDESK_TEST_MAIN(TestWalFlusher)
#include "test_walflusher.moc"

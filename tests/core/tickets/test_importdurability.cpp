// An import's batches commit without waiting for the disk, so that a ticket save at the console
// does not wait for each batch's fsync (issue #13, point 2); its last commit waits, and the
// connections of other threads keep their own setting all along.
#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <thread>

using namespace civicdesk;

namespace {
constexpr int kNormal = 1;
constexpr int kFull = 2;

QList<core::Ticket> generated(int count)
{
    QList<core::Ticket> list;
    for (int i = 0; i < count; ++i)
        list.append(testsupport::generatedTicket(i, QStringLiteral("MPT")));
    return list;
}

// SQLite's synchronous setting of the calling thread's connection.
int synchronousLevel(const core::Database &db)
{
    core::SqlQuery q(db.connection(), QStringLiteral("PRAGMA synchronous"));
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

// Runs an import on a worker, as the import dialog does: the levels seen in its progress
// callback, the level after it, and whether it threw.
struct WorkerImport
{
    QList<int> duringBatches;
    int after = -1;
    bool failed = false;

    WorkerImport(testsupport::TempProfile &profile, const QList<core::Ticket> &list, qint64 cancelAt)
    {
        std::thread worker([&] {
            const core::Database &db = profile.store().database();
            try {
                core::TicketService(profile.store())
                    .importAll(list, profile.store().catalog(), [&](qint64 done, qint64 total) {
                        if (done > 0 && done < total)
                            duringBatches.append(synchronousLevel(db));
                        return done < cancelAt;
                    });
            } catch (const core::Error &) {
                failed = true;
            }
            after = synchronousLevel(db);
            db.closeThreadConnection();
        });
        worker.join();
    }
};
} // namespace

class TestImportDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesSkipTheFsyncTheLastCommitDoesNot()
    {
        testsupport::TempProfile profile;
        const QList<core::Ticket> list = generated(3 * int(core::TicketService::kImportBatch));
        const int uiLevel = synchronousLevel(profile.store().database());
        const WorkerImport import(profile, list, list.size() + 1);
        QVERIFY(!import.failed);
        QVERIFY(!import.duringBatches.isEmpty());
        QCOMPARE(import.duringBatches, QList<int>(import.duringBatches.size(), kNormal));
        QCOMPARE(import.after, kFull);
        QCOMPARE(synchronousLevel(profile.store().database()), uiLevel);
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), list.size());
    }

    void cancelledImportWaitsForTheDiskAgain()
    {
        testsupport::TempProfile profile;
        const QList<core::Ticket> list = generated(2 * int(core::TicketService::kImportBatch));
        const WorkerImport import(profile, list, core::TicketService::kImportBatch);
        QVERIFY(import.failed);
        QCOMPARE(import.after, kFull);
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestImportDurability)
#include "test_importdurability.moc"

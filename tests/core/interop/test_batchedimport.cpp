// Imports write in committed batches (issue #13, point 2): a ticket saved meanwhile gets in
// between two batches, and a cancelled, failed or abandoned import leaves nothing behind.
#include "core/domain/error.h"
#include "core/store/importjournal.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QtConcurrent>
#include <atomic>
#include <thread>

using namespace civicdesk;

namespace {
QList<core::Ticket> generated(int count)
{
    QList<core::Ticket> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(testsupport::generatedTicket(i, QStringLiteral("MPT")));
    return list;
}

qint64 rows(const core::Database &db, const QString &table)
{
    core::SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestBatchedImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveGetsInBetweenBatches()
    {
        testsupport::TempProfile profile;
        const QList<core::Ticket> list = generated(40000);
        std::atomic<qint64> written{0};
        std::atomic_bool importDone{false};
        QFuture<void> import = QtConcurrent::run([&] {
            core::TicketService(profile.store())
                .importAll(list, profile.store().catalog(), [&](qint64 done, qint64) {
                    written = done;
                    return true;
                });
            importDone = true;
            profile.store().database().closeThreadConnection();
        });
        // Once a few batches are in, the console saves a call's ticket.
        QTRY_VERIFY_WITH_TIMEOUT(written.load() >= 3 * core::TicketService::kImportBatch || importDone.load(),
                                 60000);
        QVERIFY2(!importDone.load(), "the import finished before the save could start; make it larger");
        const core::Ticket saved = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        // With one transaction for the whole import, the save waits for all of it.
        QVERIFY2(!importDone.load(), "the save waited for the whole import");
        import.waitForFinished();
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), list.size() + 1);
        QVERIFY(core::TicketRepository(profile.store().database()).findById(saved.id));
        QCOMPARE(rows(profile.store().database(), QStringLiteral("import_journal")), 0);
        QCOMPARE(rows(profile.store().database(), QStringLiteral("import_runs")), 0);
    }

    void cancelAfterCommittedBatchesLeavesNothing()
    {
        testsupport::TempProfile profile;
        const QList<core::Ticket> list = generated(5 * int(core::TicketService::kImportBatch));
        qint64 seenCommitted = 0;
        try {
            core::TicketService(profile.store())
                .importAll(list, profile.store().catalog(), [&](qint64 done, qint64) {
                    if (done < 3 * core::TicketService::kImportBatch)
                        return true;
                    // Another connection sees the committed batches before the cancel.
                    // A thread of its own: QFuture::result() may run a task on this very thread.
                    std::thread reader([&] {
                        seenCommitted = core::TicketRepository(profile.store().database()).count();
                        profile.store().database().closeThreadConnection();
                    });
                    reader.join();
                    return false;
                });
            QFAIL("the cancelled import did not throw");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cancelled")), qPrintable(e.message()));
        }
        QVERIFY(seenCommitted >= 2 * core::TicketService::kImportBatch);
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), 0);
        QCOMPARE(rows(profile.store().database(), QStringLiteral("import_journal")), 0);
        QCOMPARE(rows(profile.store().database(), QStringLiteral("import_runs")), 0);
    }

    void failureInALaterBatchLeavesNothing()
    {
        testsupport::TempProfile profile;
        QList<core::Ticket> list = generated(3 * int(core::TicketService::kImportBatch));
        list.last().referenceNumber = list.first().referenceNumber; // refused by the UNIQUE reference
        QVERIFY_THROWS_EXCEPTION(
            core::Error, core::TicketService(profile.store()).importAll(list, profile.store().catalog()));
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), 0);
        QCOMPARE(rows(profile.store().database(), QStringLiteral("import_journal")), 0);
    }

    void abandonedImportIsRemovedLiveOneIsNot()
    {
        testsupport::TempProfile profile;
        const QList<core::Ticket> list = generated(10);
        core::TicketRepository tickets(profile.store().database());
        {
            // A process that died after two committed batches: its lock is gone, its rows are not.
            core::ImportJournal dead(profile.store());
            for (const core::Ticket &t : list.mid(0, 5)) {
                tickets.insert(t);
                dead.record(t.id);
            }
        }
        core::ImportJournal alive(profile.store());
        for (const core::Ticket &t : list.mid(5)) {
            tickets.insert(t);
            alive.record(t.id);
        }
        QCOMPARE(core::ImportJournal::removeAbandoned(profile.store()), 5);
        QCOMPARE(tickets.count(), 5); // the running import keeps its rows
        alive.undo();
        QCOMPARE(tickets.count(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestBatchedImport)
#include "test_batchedimport.moc"

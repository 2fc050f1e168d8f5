// TicketSaveWorker writes a ticket save on its own thread: the calling thread's event loop runs
// while the write waits for the store's lock, one save runs at a time, a failure writes nothing,
// and destroying the worker waits for the write in flight.
#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "core/intake/ticketsaveworker.h"
#include "core/store/ticketrepository.h"
#include "core/store/walflusher.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/writelockholder.h"

#include <QTimer>
#include <thread>

using namespace civicdesk;
using namespace civicdesk::core;

namespace {
CallSession potholeCall(IntakeService &service)
{
    CallSession s = service.startCall(QStringLiteral("(212) 555-0143"));
    s.serviceCode = QStringLiteral("POTHOLE");
    s.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    s.description = QStringLiteral("Deep hole in the bus lane");
    s.address = QStringLiteral("12 Elm St");
    s.latitudeText = QStringLiteral("40.7128");
    s.longitudeText = QStringLiteral("-74.0060");
    return s;
}
} // namespace

class TestTicketSaveWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhileTheCallerRuns()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        const CallSession call = potholeCall(service);
        QVERIFY(service.saveDraft(call));
        TicketSaveWorker worker(service);
        QSignalSpy saved(&worker, &TicketSaveWorker::saved);
        QSignalSpy failed(&worker, &TicketSaveWorker::failed);
        const std::int64_t handedOver = WalFlusher::handedOver();

        testsupport::WriteLockHolder holder(profile.store().database().filePath());
        QVERIFY2(holder.held(), qPrintable(holder.error()));
        QVERIFY(worker.start(service.prepareSave(call)));
        QVERIFY(worker.isBusy());
        QVERIFY(!worker.start(service.prepareSave(call))); // one at a time
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(saved.isEmpty() && failed.isEmpty());
        QVERIFY(worker.isBusy());

        holder.release();
        QVERIFY(saved.wait(10000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!worker.isBusy());
        const auto result = saved.first().first().value<IntakeResult>();
        QVERIFY(result.ticket.referenceNumber.startsWith(QStringLiteral("TST-")));
        QCOMPARE(result.call.ticketId, result.ticket.id);
        QCOMPARE(TicketRepository(profile.store().database()).count(), 1);
        QVERIFY(service.unfinishedCalls().isEmpty());
        // The worker's commit left its wait for the disk to WalFlusher, as the UI thread's does.
        QVERIFY(WalFlusher::handedOver() > handedOver);
    }

    void aFailedWriteLeavesTheDraft()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        const CallSession call = potholeCall(service);
        QVERIFY(service.saveDraft(call));
        service.setBeforeCommitHook([] { throw Error(QStringLiteral("database or disk is full")); });
        TicketSaveWorker worker(service);
        QSignalSpy failed(&worker, &TicketSaveWorker::failed);
        QVERIFY(worker.start(service.prepareSave(call)));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("The disk is full")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);
        QCOMPARE(service.unfinishedCalls().size(), 1);
        QVERIFY(!worker.isBusy());
    }

    void finishAndDestroyWaitForTheWrite()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        const CallSession first = potholeCall(service);
        const CallSession second = potholeCall(service);
        auto worker = std::make_unique<TicketSaveWorker>(service);
        QSignalSpy saved(worker.get(), &TicketSaveWorker::saved);
        {
            testsupport::WriteLockHolder holder(profile.store().database().filePath());
            QVERIFY(worker->start(service.prepareSave(first)));
            std::thread releaser([&holder] { holder.release(); });
            worker->finish(); // blocks until the lock goes and the write lands, then signals
            releaser.join();
        }
        QCOMPARE(saved.size(), 1);
        QVERIFY(!worker->isBusy());
        QCoreApplication::processEvents(); // the watcher's own late signal says nothing more
        QCOMPARE(saved.size(), 1);

        testsupport::WriteLockHolder holder(profile.store().database().filePath());
        QVERIFY(worker->start(service.prepareSave(second)));
        std::thread releaser([&holder] { holder.release(); });
        worker.reset(); // destroyed while its write waits for the lock: it waits too
        releaser.join();
        QCOMPARE(TicketRepository(profile.store().database()).count(), 2);
    }
};

CIVICDESK_TEST_MAIN(TestTicketSaveWorker)
#include "test_ticketsaveworker.moc"

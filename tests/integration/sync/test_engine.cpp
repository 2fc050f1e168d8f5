// The engine on its worker thread: LISTEN/NOTIFY wakes other workstations at once, the state
// signals say online/offline/pending, and offline retries back off.
#include "core/sync/syncengine.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void notifyWakesOtherWorkstations()
    {
        TestServer server;
        Workstation one(server, 0);
        Workstation two(server, 1);
        core::SyncEngine engineOne(one.store().database());
        core::SyncEngine engineTwo(two.store().database());
        // Polling every 10 minutes: only NOTIFY (and the local outbox watch) can be that quick.
        engineOne.setPollInterval(600000);
        engineTwo.setPollInterval(600000);
        QSignalSpy online(&engineTwo, &core::SyncEngine::statusChanged);
        engineOne.start(server.settings(), {});
        engineTwo.start(server.settings(), {});
        QTRY_VERIFY(engineOne.status().state == core::SyncStatus::State::Online);
        QTRY_VERIFY(engineTwo.status().state == core::SyncStatus::State::Online);

        for (int i = 0; i < 5; ++i) {
            const core::Ticket t = core::TicketService(one.store()).create(testsupport::potholeTicket());
            QElapsedTimer seen;
            seen.start();
            const QString sql =
                QStringLiteral("SELECT count(*) FROM tickets WHERE reference = '%1'").arg(t.referenceNumber);
            // The local outbox watch (0.2 s) plus NOTIFY and a pull: well within 1.5 s.
            QTRY_VERIFY_WITH_TIMEOUT(two.local(sql) == 1, 1500);
            qInfo("ticket %d reached the other workstation after %lld ms", i, seen.elapsed());
        }
        QTRY_COMPARE(engineOne.status().pending, 0);
        QVERIFY(engineTwo.status().lastSync.isValid());
        engineOne.stop();
        engineTwo.stop();
    }

    void offlineBacksOffAndKeepsWork()
    {
        // A port where nothing listens.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        testsupport::TempProfile profile;
        core::TicketService(profile.store()).create(testsupport::potholeTicket());
        core::SyncEngine engine(profile.store().database());
        core::ServerSettings settings;
        settings.url = QStringLiteral("postgresql://nobody@127.0.0.1:%1/civicdesk").arg(port);
        settings.sslMode = QStringLiteral("disable");
        QSignalSpy spy(&engine, &core::SyncEngine::statusChanged);
        engine.start(settings, {});
        QTRY_VERIFY(engine.status().state == core::SyncStatus::State::Offline);
        const core::SyncStatus s = engine.status();
        QCOMPARE(s.errorKind, core::SyncError::Kind::Unreachable);
        QVERIFY2(s.message.contains(QStringLiteral("cannot be reached")), qPrintable(s.message));
        QCOMPARE(s.pending, 2); // the ticket and its "created" audit event wait in the outbox
        QVERIFY(s.nextAttemptMs >= 500 && s.nextAttemptMs <= 1000);
        // The second failure waits longer (1-2 s): exponential backoff with jitter.
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().state == core::SyncStatus::State::Offline &&
                                     engine.status().nextAttemptMs >= 1000,
                                 5000);
        engine.stop();
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestEngine)
#include "test_engine.moc"

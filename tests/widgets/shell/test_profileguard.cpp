// One console per profile, and a damaged store is never opened (issue #13, points 6 and 7):
// the profile lock, the second console that refuses, the screen pop that reaches the running
// one, and the recovery from the newest good backup.
#include "core/intake/screenpopchannel.h"
#include "core/profile/profilelock.h"
#include "core/store/storebackup.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/shell/messagebox.h"
#include "widgets/shell/storerecoveryprompt.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
void damage(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (qint64 offset = 4096; offset + 4096 <= f.size(); offset += 8192) {
        f.seek(offset + 16);
        f.write(QByteArray(4096 - 32, '\x5A'));
    }
}
} // namespace

class TestProfileGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockStates()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        {
            core::ProfileLock first(profile);
            QCOMPARE(first.tryLock(), core::ProfileLock::State::Acquired);
            core::ProfileLock second(profile);
            QCOMPARE(second.tryLock(), core::ProfileLock::State::HeldByOther);
            QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
        }
        // A console that crashed left its lock behind: a process that no longer exists.
        QFile stale(core::ProfileLock(profile).path());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(0x3ffffff) + "\ncivicdesk\n" + QHostInfo::localHostName().toUtf8() +
                    "\n");
        stale.close();
        core::ProfileLock again(profile);
        QCOMPARE(again.tryLock(), core::ProfileLock::State::AcquiredAfterCrash);
        QCOMPARE(core::ProfileLock(profile).tryLock(), core::ProfileLock::State::HeldByOther);
    }

    void secondConsoleRefusesAndScreenPopReachesTheFirst()
    {
        const QString gui = qEnvironmentVariable("CIVICDESK_GUI");
        QVERIFY2(!gui.isEmpty(), "CIVICDESK_GUI is not set (run through ctest)");
        testsupport::TempProfile profile;
        const QString dir = profile.directory();
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedChannels);
        first.start(gui, {QStringLiteral("--profile"), dir});
        QVERIFY(first.waitForStarted());
        const QString server = core::ScreenPopChannel::serverNameFor(dir);
        QTRY_VERIFY_WITH_TIMEOUT(core::ScreenPopChannel::sendToRunning(server, QString(), 500), 30000);

        QProcess second;
        second.start(gui, {QStringLiteral("--profile"), dir});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        const QString message = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(message.contains(QStringLiteral("already open on the profile")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(first.processId())), qPrintable(message));

        QProcess pop;
        pop.start(gui, {QStringLiteral("--profile"), dir, QStringLiteral("--caller"),
                        QStringLiteral("+15551230000")});
        QVERIFY(pop.waitForFinished(30000));
        QCOMPARE(pop.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
    }

    void unusableProfileFolderIsAMessageNotACrash()
    {
        const QString gui = qEnvironmentVariable("CIVICDESK_GUI");
        QVERIFY2(!gui.isEmpty(), "CIVICDESK_GUI is not set (run through ctest)");
        // A folder that cannot be written (tests run as root here, where permissions do not
        // stop a write): its parent is a file, so nothing can be created in it.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString profile = blocker.fileName() + QStringLiteral("/profile");
        QProcess console;
        console.start(gui,
                      {QStringLiteral("--profile"), profile, QStringLiteral("--quit-after-first-paint")});
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 1);
        const QString message = QString::fromLocal8Bit(console.readAllStandardError());
        QVERIFY2(message.contains(QStringLiteral("cannot create the profile folder")) &&
                     message.contains(profile),
                 qPrintable(message));
    }

    void damagedStoreOffersTheNewestGoodBackup()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        for (int i = 0; i < 40; ++i)
            service.create(testsupport::potholeTicket());
        const core::Profile where(profile.directory());
        const core::StoreBackup backups(where);
        backups.create(profile.store().database());
        service.create(testsupport::potholeTicket()); // after the backup: only in the damaged store's outbox
        profile.close();
        damage(where.storePath());
        const QString problem = core::StoreBackup::quickCheck(where.storePath());
        QVERIFY(!problem.isEmpty());

        widgets::MessageBox::setNextAnswer(QMessageBox::No); // Quit: nothing changes
        QVERIFY(!widgets::StoreRecoveryPrompt::run(where, problem));
        QVERIFY(widgets::MessageBox::lastText().contains(problem));
        QVERIFY(!core::StoreBackup::quickCheck(where.storePath()).isEmpty());

        widgets::MessageBox::setNextAnswer(QMessageBox::Yes); // Restore backup
        widgets::MessageBox::setNextAnswer(QMessageBox::Ok);  // the report of what was restored
        QVERIFY(widgets::StoreRecoveryPrompt::run(where, problem));
        QVERIFY(
            widgets::MessageBox::lastText().contains(QStringLiteral("unsynced change(s) were carried over")));
        QCOMPARE(core::StoreBackup::quickCheck(where.storePath()), QString());
        profile.reopen();
        QVERIFY(core::Outbox(profile.store().database()).pendingCount() >= 40);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestProfileGuard)
#include "test_profileguard.moc"

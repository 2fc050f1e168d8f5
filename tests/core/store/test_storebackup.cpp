// Online backups of the local store, restore with the unsynced outbox carried over, and the
// integrity check that refuses a damaged store (issue #13, point 6).
#include "core/domain/error.h"
#include "core/store/storebackup.h"
#include "core/store/ticketrepository.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtConcurrent>

using namespace civicdesk;

namespace {
// Overwrites every other page after the first with noise, as a failing disk would.
void damage(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    for (qint64 offset = pageSize; offset + pageSize <= f.size(); offset += 2 * pageSize) {
        f.seek(offset + 16);
        f.write(QByteArray(int(pageSize - 32), '\xA5'));
    }
}

int cli(const QString &profile, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("CIVICDESK_CLI"),
            QStringList{QStringLiteral("--profile"), profile} + arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitCode();
}
} // namespace

class TestStoreBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupWhileWriting()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        for (int i = 0; i < 20; ++i)
            service.create(testsupport::potholeTicket());
        const core::StoreBackup backups{core::Profile(profile.directory())};
        // A worker keeps saving tickets while the backup copies.
        std::atomic_bool stop{false};
        QFuture<int> writer = QtConcurrent::run([&] {
            int written = 0;
            core::TicketService workerService(profile.store());
            while (!stop.load()) {
                workerService.create(testsupport::potholeTicket());
                ++written;
            }
            profile.store().database().closeThreadConnection();
            return written;
        });
        const QString file = backups.create(profile.store().database());
        stop = true;
        QVERIFY(writer.result() >= 0);
        QVERIFY(QFile::exists(file));
        QCOMPARE(core::StoreBackup::quickCheck(file), QString());
        QCOMPARE(backups.list(), QStringList{file});
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        // The copy is a whole store on its own, with at least the tickets saved before it began.
        const QString opened = profile.directory() + QStringLiteral("/opened.sqlite");
        QVERIFY(QFile::copy(file, opened));
        const core::Database copy(opened);
        QVERIFY(core::TicketRepository(copy).count() >= 20);
    }

    void keepsSevenAndOncePerDay()
    {
        testsupport::TempProfile profile;
        const core::StoreBackup backups{core::Profile(profile.directory())};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!backups.createIfDue(profile.store().database(), now).isEmpty());
        QVERIFY(backups.createIfDue(profile.store().database(), now.addSecs(3600)).isEmpty());
        QVERIFY(!backups.createIfDue(profile.store().database(), now.addDays(1).addSecs(60)).isEmpty());
        // A clock set back an hour does not stop the daily backup for a day.
        for (int i = 0; i < 8; ++i)
            backups.create(profile.store().database());
        QCOMPARE(backups.list().size(), core::StoreBackup::kKeep);
    }

    void quickCheckFindsDamage()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        for (int i = 0; i < 50; ++i)
            service.create(testsupport::potholeTicket());
        const core::StoreBackup backups{core::Profile(profile.directory())};
        const QString good = backups.create(profile.store().database());
        const QString path = profile.store().profile().storePath();
        profile.close();
        QCOMPARE(core::StoreBackup::quickCheck(path), QString());
        damage(path);
        QVERIFY(!core::StoreBackup::quickCheck(path).isEmpty());
        QCOMPARE(backups.newestGood(), good);
        damage(good);
        QCOMPARE(backups.newestGood(), QString());
        QVERIFY(!core::StoreBackup::quickCheck(path + QStringLiteral(".missing")).isEmpty());
    }

    void restoreCarriesTheUnsyncedOutbox()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        const core::Ticket before = service.create(testsupport::potholeTicket());
        const core::StoreBackup backups{core::Profile(profile.directory())};
        const QString file = backups.create(profile.store().database());
        const core::Ticket after =
            service.create(testsupport::potholeTicket()); // only in the outbox of the live store
        const qint64 pending = core::Outbox(profile.store().database()).pendingCount();
        profile.close();

        const int carried = backups.restore(file);
        QVERIFY(carried >= 1);
        profile.reopen();
        const core::TicketRepository tickets(profile.store().database());
        QVERIFY(tickets.findById(before.id));
        QVERIFY(!tickets.findById(after.id)); // it comes back from the server after the push
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), pending);
        QVERIFY(
            !QDir(profile.directory()).entryList({QStringLiteral("civicdesk.sqlite.damaged-*")}).isEmpty());

        // A damaged file is never restored.
        damage(file);
        QVERIFY_THROWS_EXCEPTION(core::Error, backups.restore(file));
    }

    void cliBackupAndRestore()
    {
        if (qEnvironmentVariable("CIVICDESK_CLI").isEmpty())
            QFAIL("CIVICDESK_CLI is not set (run through ctest)");
        testsupport::TempProfile profile;
        core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const QString dir = profile.directory();
        profile.close();
        QString out;
        QCOMPARE(cli(dir, {QStringLiteral("backup")}, &out), 0);
        const core::StoreBackup backups{core::Profile(dir)};
        QCOMPARE(backups.list().size(), 1);
        QVERIFY2(out.contains(backups.list().constFirst()), qPrintable(out));
        QCOMPARE(cli(dir, {QStringLiteral("restore"), backups.list().constFirst()}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Restored")), qPrintable(out));
        QVERIFY(cli(dir, {QStringLiteral("restore"), dir + QStringLiteral("/nothing.sqlite")}, &out) != 0);
        profile.reopen();
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), 1);
    }
};

CIVICDESK_TEST_MAIN(TestStoreBackup)
#include "test_storebackup.moc"

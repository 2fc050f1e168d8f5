#include "core/demo/demoprofilebuilder.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "support/testmain.h"
#include "widgets/shell/messagebox.h"
#include "widgets/training/democonsole.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
qint64 ticketCount(const core::LocalStore &store)
{
    return core::TicketRepository(store.database()).count();
}

// What a crash in the middle of a disk write or a bad sector leaves: the store's header is no
// longer SQLite's, so the file does not open.
void damageStore(const QString &directory)
{
    const QString path = core::Profile(directory).storePath();
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(file.errorString()));
    QVERIFY(file.write(QByteArray(4096, 'x')) == 4096);
}
} // namespace

// Issue #16, bad input: a corrupt demo profile offers a reset and does not crash.
class TestDemoConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_generatedTickets = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        core::DemoProfileBuilder::Options options;
        options.seed = 7;
        options.tickets = 200;
        options.lastDay = QDate(2026, 11, 30);
        core::DemoProfileBuilder::build(m_dir.path(), options);
        const std::unique_ptr<core::LocalStore> store = widgets::DemoConsole::openSandbox(m_dir.path());
        QVERIFY(store);
        m_generatedTickets = ticketCount(*store);
        QVERIFY(m_generatedTickets >= 200);
    }

    void declinedResetChangesNothing()
    {
        damageStore(m_dir.path());
        QFile before(core::Profile(m_dir.path()).storePath());
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray damaged = before.readAll();
        before.close();

        widgets::MessageBox::setNextAnswer(QMessageBox::Close);
        QVERIFY(!widgets::DemoConsole::openSandbox(m_dir.path()));
        QVERIFY2(widgets::MessageBox::lastText().contains(QStringLiteral("cannot be opened")),
                 qPrintable(widgets::MessageBox::lastText()));

        QFile after(core::Profile(m_dir.path()).storePath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), damaged);
    }

    void acceptedResetReopensTheGeneratedCity()
    {
        damageStore(m_dir.path());
        widgets::MessageBox::setNextAnswer(QMessageBox::Reset);
        const std::unique_ptr<core::LocalStore> store = widgets::DemoConsole::openSandbox(m_dir.path());
        QVERIFY2(store, qPrintable(widgets::MessageBox::lastText()));
        QCOMPARE(ticketCount(*store), m_generatedTickets);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestDemoConsole)
#include "test_democonsole.moc"

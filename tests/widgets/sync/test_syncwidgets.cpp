// The sync status in the status bar, the conflicts dialog, and Sync > Connection settings, which
// opens Preferences on its Server section (the one place the connection is set).
#include "core/demo/demosandbox.h"
#include "core/sync/conflictlistmodel.h"
#include "core/sync/outbox.h"
#include "core/sync/passwordstore.h"
#include "core/sync/serversettings.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/settings/serverpage.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"
#include "widgets/sync/conflictsdialog.h"
#include "widgets/sync/syncstatuswidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QToolButton>

using namespace civicdesk;

class TestSyncWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusShowsStateCountsAndReason()
    {
        widgets::SyncStatusWidget w;
        QVERIFY(w.text().contains(QStringLiteral("Local store only")));
        core::SyncStatus s;
        s.state = core::SyncStatus::State::Offline;
        s.pending = 3;
        s.message = QStringLiteral("the server db:5432 refused the user name or password");
        s.errorKind = core::SyncError::Kind::WrongPassword;
        w.setStatus(s);
        QVERIFY2(w.text().contains(QStringLiteral("Offline (wrong user name or password)")),
                 qPrintable(w.text()));
        QVERIFY(w.text().contains(QStringLiteral("3 change(s) pending")));
        QVERIFY(w.text().contains(QStringLiteral("never synced")));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("connectionState"))->toolTip(), s.message);
        s.state = core::SyncStatus::State::Online;
        s.message.clear();
        s.pending = 0;
        s.conflicts = 2;
        s.lastSync = QDateTime::currentDateTimeUtc();
        w.setStatus(s);
        QVERIFY(w.text().startsWith(QStringLiteral("Online")));
        QVERIFY(w.text().contains(QStringLiteral("last sync")));
        auto *conflicts = w.findChild<QToolButton *>(QStringLiteral("syncConflictsButton"));
        QVERIFY(!conflicts->isHidden());
        QVERIFY(conflicts->text().contains(QStringLiteral("2")));
    }

    void mainWindowHasSyncMenuAndState()
    {
        testsupport::TempProfile profile;
        widgets::MainWindow window(profile.store());
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("Local store only")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncNowAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncConflictsAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncSettingsAction")));
    }

    void conflictsDialogDiscards()
    {
        testsupport::TempProfile profile;
        core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const core::Outbox outbox(profile.store().database());
        outbox.park(outbox.next(1).constFirst(), QStringLiteral("42501: only a supervisor may assign"));
        widgets::ConflictsDialog dialog(profile.store().database());
        dialog.show();
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("conflictList"));
        auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("discardConflict"));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()
                    ->index(0, core::ConflictListModel::Reason)
                    .data()
                    .toString()
                    .contains(QStringLiteral("supervisor")));
        QVERIFY(!discard->isEnabled());
        view->selectRow(0);
        QVERIFY(discard->isEnabled());
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void connectionSettingsOpenPreferencesOnTheServerSection()
    {
        testsupport::TempProfile profile;
        const core::Profile settingsProfile(profile.directory());
        widgets::MainWindow window(profile.store());
        window.show();
        widgets::PreferencesDialog *dialog = openConnectionSettings(window);
        QVERIFY(dialog);
        auto *server = dialog->serverPage();
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->section(widgets::PreferencesDialog::ServerSection));
        QVERIFY(server->isEnabled());
        auto *host = server->findChild<QLineEdit *>(QStringLiteral("prefsServerHost"));
        auto *port = server->findChild<QSpinBox *>(QStringLiteral("prefsServerPort"));
        auto *sslMode = server->findChild<QComboBox *>(QStringLiteral("prefsServerSslMode"));
        auto *password = server->findChild<QLineEdit *>(QStringLiteral("prefsServerPassword"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        // Test connection names what failed: here a port where nobody listens.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->setValue(deadPort);
        sslMode->setCurrentText(QStringLiteral("verify-full"));
        QTest::mouseClick(server->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server->testButton()->isEnabled(), 12000);
        QVERIFY2(!server->testResultLabel()->text().isEmpty(), "Test connection said nothing");

        // A bad field is refused on OK, naming it, and nothing starts.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->section(widgets::PreferencesDialog::ServerSection));
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("CA certificate")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!core::ServerSettings::load(settingsProfile).isConfigured());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncNowAction"))->isEnabled());

        sslMode->setCurrentText(QStringLiteral("disable"));
        QTest::mouseClick(server->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server->testButton()->isEnabled(), 12000);
        QVERIFY2(server->testResultLabel()->text().contains(QStringLiteral("refused")),
                 qPrintable(server->testResultLabel()->text()));

        // OK saves the connection, gives the password to the keychain (or says there is none and
        // keeps it for the session) and starts syncing.
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        widgets::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<widgets::PreferencesDialog *>());
        const core::ServerSettings saved = core::ServerSettings::load(settingsProfile);
        QVERIFY2(saved.url.contains(QStringLiteral("127.0.0.1:%1").arg(deadPort)), qPrintable(saved.url));
        QCOMPARE(saved.sslMode, QStringLiteral("disable"));
        QFile ini(settingsProfile.settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cret"));
        core::PasswordStore keychain(saved.accountKey());
        const std::optional<QString> kept = keychain.read();
        if (kept)
            QCOMPARE(*kept, QStringLiteral("s3cret"));
        else
            QVERIFY2(widgets::MessageBox::lastText().contains(QStringLiteral("No system keychain")),
                     qPrintable(widgets::MessageBox::lastText()));
        widgets::MessageBox::setNextAnswer(QMessageBox::NoButton);
        (void)keychain.remove();
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncNowAction"))->isEnabled());
    }

    void connectionSettingsInTheTrainingSandboxCannotBeChanged()
    {
        testsupport::TempProfile profile;
        core::DemoSandbox::writeMarker(profile.directory(), {{QStringLiteral("seed"), 1}});
        widgets::MainWindow window(profile.store());
        window.show();
        widgets::PreferencesDialog *dialog = openConnectionSettings(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->section(widgets::PreferencesDialog::ServerSection));
        int inputs = 0;
        for (QWidget *w : dialog->serverPage()->findChildren<QWidget *>()) {
            if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractButton *>(w) &&
                !qobject_cast<QComboBox *>(w) && !qobject_cast<QSpinBox *>(w))
                continue;
            ++inputs;
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        }
        QVERIFY(inputs >= 8);
        dialog->reject();
    }

private:
    static widgets::PreferencesDialog *openConnectionSettings(widgets::MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("syncSettingsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = window.findChild<widgets::PreferencesDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestSyncWidgets)
#include "test_syncwidgets.moc"

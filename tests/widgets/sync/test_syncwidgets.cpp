// The sync status in the status bar, the conflicts dialog and the connection settings dialog.
#include "core/sync/conflictlistmodel.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/sync/conflictsdialog.h"
#include "widgets/sync/serversettingsdialog.h"
#include "widgets/sync/syncstatuswidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
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

    void settingsDialogNamesBadFields()
    {
        widgets::ServerSettingsDialog dialog(core::ServerSettings{});
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("serverSettingsError"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(url, QStringLiteral("http://wrong"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("postgresql://")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("postgresql://db.example.org:5432/civicdesk"));
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().url, QStringLiteral("postgresql://db.example.org:5432/civicdesk"));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestSyncWidgets)
#include "test_syncwidgets.moc"

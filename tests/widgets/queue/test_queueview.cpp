#include "core/commands/ticketcommands.h"
#include "core/domain/clock.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuemodel.h"
#include "core/queue/savedviewlistmodel.h"
#include "core/queue/savedviewrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/queue/escalationbutton.h"
#include "widgets/queue/queuefilterbar.h"
#include "widgets/queue/queueview.h"
#include "widgets/queue/supervisorconsole.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace civicdesk;
using core::Role;

class TestQueueView : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;
    QStringList m_refs;
    core::FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(15, 0), QTimeZone::utc())};

    core::Account account(Role role) { return {QStringLiteral("sam"), QStringLiteral("Sam"), role}; }

    void selectRows(widgets::QueueView &view, const QList<int> &rows)
    {
        view.table()->clearSelection();
        for (int r : rows)
            view.table()->selectionModel()->select(view.model()->index(r, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    void selectReference(widgets::QueueView &view, const QString &reference)
    {
        for (int r = 0; r < view.model()->rowCount(); ++r)
            if (view.model()->data(view.model()->index(r, 0), core::QueueModel::ReferenceRole).toString() ==
                reference)
                return selectRows(view, {r});
        QFAIL(qPrintable(reference));
    }

    QString assigneeOf(const QString &reference)
    {
        return core::TicketService(m_profile->store()).find(reference)->assignee;
    }

private Q_SLOTS:
    void init()
    {
        core::Clock::setCurrent(&m_clock);
        m_profile = std::make_unique<testsupport::TempProfile>();
        core::TicketService service(m_profile->store());
        m_refs.clear();
        // Six potholes and three graffiti reports.
        for (int i = 0; i < 9; ++i) {
            core::Ticket t = testsupport::potholeTicket();
            if (i >= 6) {
                t.serviceCode = QStringLiteral("GRAFFITI");
                t.attributes.clear();
                t.attributes.insert(QStringLiteral("GRAF_SURFACE"), {QStringLiteral("FENCE")});
                t.attributes.insert(QStringLiteral("GRAF_PROPERTY"), {QStringLiteral("PUBLIC")});
            }
            t.address = QStringLiteral("%1 Elm Street").arg(100 + i);
            m_refs.append(service.create(t).referenceNumber);
            m_clock.advanceSecs(60);
        }
    }
    void cleanup()
    {
        m_profile.reset();
        core::Clock::setCurrent(nullptr);
    }

    void filtersNarrowTheQueue()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.model()->rowCount(), 9);
        auto *service = view.filterBar()->findChild<QComboBox *>(QStringLiteral("serviceFilter"));
        service->setCurrentIndex(service->findData(QStringLiteral("GRAFFITI")));
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("queueSummary"))
                    ->text()
                    .startsWith(QStringLiteral("3 ticket")));
        auto *search = view.filterBar()->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("106 Elm"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->data(view.model()->index(0, 0), core::QueueModel::ReferenceRole).toString(),
                 m_refs.at(6));

        // A reversed date range is refused on screen and leaves the queue as it was.
        auto *range = view.filterBar()->findChild<QCheckBox *>(QStringLiteral("createdRange"));
        auto *from = view.filterBar()->findChild<QDateEdit *>(QStringLiteral("createdFrom"));
        auto *to = view.filterBar()->findChild<QDateEdit *>(QStringLiteral("createdTo"));
        to->setDate(QDate(2026, 11, 1));
        from->setDate(QDate(2026, 11, 5));
        const core::QueueQuery before = view.query();
        range->setChecked(true);
        auto *error = view.filterBar()->findChild<QLabel *>(QStringLiteral("filterError"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("after")));
        QCOMPARE(view.query(), before);
        to->setDate(QDate(2026, 11, 30));
        QVERIFY(error->isHidden());
        QCOMPARE(view.model()->rowCount(), 0); // created from Nov 5: none
        from->setDate(QDate(2026, 11, 1));
        QCOMPARE(view.model()->rowCount(), 1);
    }

    void savedViewsCountAndSayWhenAServiceIsGone()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        QAbstractItemModelTester tester(view.savedViewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::QueueQuery potholes;
        potholes.services = {QStringLiteral("POTHOLE")};
        view.setQuery(potholes);
        QVERIFY(view.saveView(QStringLiteral("Potholes"), true));
        core::QueueQuery gone;
        gone.services = {QStringLiteral("RETIRED_SERVICE")};
        core::SavedViewRepository(m_profile->store().database())
            .save({{}, QStringLiteral("Old service"), QStringLiteral("sam"), false, gone.toString()},
                  Role::Supervisor);
        QSignalSpy counted(view.savedViewModel(), &core::SavedViewListModel::counted);
        view.savedViewModel()->reload();
        QCOMPARE(view.savedViews()->model()->rowCount(), 2);
        QVERIFY(counted.wait());
        QCOMPARE(view.savedViewModel()->data(view.savedViewModel()->index(1)).toString(),
                 QStringLiteral("Potholes (6)"));

        view.setQuery({});
        QCOMPARE(view.model()->rowCount(), 9);
        view.openSavedView(1);
        QCOMPARE(view.model()->rowCount(), 6);
        view.openSavedView(0);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY2(view.message().contains(QStringLiteral("RETIRED_SERVICE")), qPrintable(view.message()));

        // A closed pothole leaves the open-potholes count live.
        core::TicketCommands(m_profile->store(), Role::Supervisor)
            .setStatus({{m_refs.at(0), 0}}, core::TicketStatus::Duplicate);
        view.refresh();
        QVERIFY(counted.wait());
        QCOMPARE(view.savedViewModel()
                     ->data(view.savedViewModel()->index(1), core::SavedViewListModel::CountRole)
                     .toLongLong(),
                 6);
        QVERIFY(view.openLink(QStringLiteral("civicdesk:queue?status=duplicate")));
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(!view.openLink(QStringLiteral("civicdesk:queue?created=2026-02-01..2026-01-01")));
        QVERIFY(view.message().contains(QStringLiteral("reversed")));
    }

    void bulkActionUndoAndRedo()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        selectRows(view, {0, 1, 2});
        QList<QString> chosen;
        for (int r : {0, 1, 2})
            chosen.append(
                view.model()->data(view.model()->index(r, 0), core::QueueModel::ReferenceRole).toString());
        QVERIFY(view.assignSelected(QStringLiteral("crew-9")));
        QCOMPARE(undo.count(), 1);
        for (const QString &ref : chosen)
            QCOMPARE(assigneeOf(ref), QStringLiteral("crew-9"));
        undo.undo();
        for (const QString &ref : chosen)
            QCOMPARE(assigneeOf(ref), QString());
        undo.redo();
        for (const QString &ref : chosen)
            QCOMPARE(assigneeOf(ref), QStringLiteral("crew-9"));
        // Each step is in the audit trail: assign, undo, redo.
        QCOMPARE(core::TicketService(m_profile->store()).find(chosen.at(0))->audit.size(), 4);
    }

    void promptsAnsweredThroughTheInputDialogSeam()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        selectRows(view, {0, 1});
        const QString first =
            view.model()->data(view.model()->index(0, 0), core::QueueModel::ReferenceRole).toString();
        auto *assign = view.findChild<QAction *>(QStringLiteral("assignAction"));
        auto *status = view.findChild<QAction *>(QStringLiteral("statusAction"));
        QVERIFY(assign && status);

        // A cancelled prompt changes nothing.
        widgets::InputDialog::setNextCancel();
        assign->trigger();
        QCOMPARE(undo.count(), 0);
        QCOMPARE(assigneeOf(first), QString());
        QVERIFY2(widgets::InputDialog::lastLabel().contains(QStringLiteral("2 ticket")),
                 qPrintable(widgets::InputDialog::lastLabel()));

        widgets::InputDialog::setNextText(QStringLiteral("crew-7"));
        assign->trigger();
        QCOMPARE(assigneeOf(first), QStringLiteral("crew-7"));

        // Two prompts in a row: the status from the list, then the public note.
        selectReference(view, first);
        widgets::InputDialog::setNextText(core::ticketstatus::displayName(core::TicketStatus::Resolved));
        widgets::InputDialog::setNextText(QStringLiteral("Filled this morning"));
        status->trigger();
        const auto resolved = core::TicketService(m_profile->store()).find(first);
        QCOMPARE(resolved->status, core::TicketStatus::Resolved);
        QCOMPARE(resolved->statusNotes, QStringLiteral("Filled this morning"));

        // A list prompt cannot return what the list does not hold.
        selectReference(view, first);
        const int steps = undo.count();
        widgets::InputDialog::setNextText(QStringLiteral("Not a status"));
        status->trigger();
        QCOMPARE(undo.count(), steps);

        widgets::InputDialog::setNextText(QStringLiteral("Two of mine"));
        widgets::MessageBox::setNextAnswer(QMessageBox::No);
        const int views = view.savedViewModel()->rowCount();
        view.findChild<QPushButton *>(QStringLiteral("saveView"))->click();
        QCOMPARE(view.savedViewModel()->rowCount(), views + 1);
    }

    void bulkActionOnTicketsChangedMeanwhileNamesThem()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        selectRows(view, {0, 1, 2});
        const QString changed =
            view.model()->data(view.model()->index(1, 0), core::QueueModel::ReferenceRole).toString();
        // A colleague's change lands after the queue was read.
        core::TicketCommands(m_profile->store(), Role::Supervisor, QStringLiteral("kim"))
            .setPriority({{changed, 0}}, core::Priority::Urgent);
        QVERIFY(!view.setStatusOfSelected(core::TicketStatus::Closed, QStringLiteral("Fixed")));
        QVERIFY2(view.message().contains(changed), qPrintable(view.message()));
        QVERIFY(view.message().contains(QStringLiteral(": 2 ticket")));
        QCOMPARE(core::TicketService(m_profile->store()).find(changed)->status, core::TicketStatus::New);
    }

    void rolesSeeOnlyWhatTheyMayDo_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("supervises");
        QTest::addColumn<bool>("multi");
        QTest::newRow("call taker") << int(Role::CallTaker) << false << false;
        QTest::newRow("trainer") << int(Role::Trainer) << false << false;
        QTest::newRow("supervisor") << int(Role::Supervisor) << true << true;
        QTest::newRow("admin") << int(Role::Administrator) << true << true;
    }
    void rolesSeeOnlyWhatTheyMayDo()
    {
        QFETCH(int, role);
        QFETCH(bool, supervises);
        QFETCH(bool, multi);
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(static_cast<Role>(role)), &undo);
        view.ensureLoaded();
        for (const char *name : {"assignAction", "priorityAction", "mergeAction"})
            QCOMPARE(view.findChild<QAction *>(QLatin1String(name))->isVisible(), supervises);
        for (const char *name : {"statusAction", "noteAction", "respondAction"})
            QVERIFY(view.findChild<QAction *>(QLatin1String(name))->isVisible());
        QCOMPARE(view.table()->selectionMode(),
                 multi ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
        // Caller details are columns only for those who may see them.
        core::QueueQuery q;
        q.columns = {QStringLiteral("reference"), QStringLiteral("caller_phone")};
        view.setQuery(q);
        QCOMPARE(view.model()->columnKeys().contains(QStringLiteral("caller_phone")), supervises);
        // And the command layer refuses a bulk change whatever the screen offered.
        selectRows(view, {0});
        QVERIFY(view.noteSelected(QStringLiteral("Called back"), true));

        widgets::MainWindow window(m_profile->store());
        window.setAccount(account(static_cast<Role>(role)));
        QCOMPARE(window.supervisor()->escalations()->isVisibleTo(&window), supervises);
    }

    void editMenuUndoesTheLastAction()
    {
        widgets::MainWindow window(m_profile->store());
        window.setAccount(account(Role::Supervisor));
        QMenu *edit = window.supervisor()->editMenu();
        QCOMPARE(window.menuBar()->actions().at(1)->menu(), edit);
        widgets::QueueView *view = window.supervisor()->queueView();
        view->ensureLoaded();
        selectRows(*view, {0});
        const QString ref =
            view->model()->data(view->model()->index(0, 0), core::QueueModel::ReferenceRole).toString();
        QVERIFY(view->setPriorityOfSelected(core::Priority::Urgent));
        QAction *undoAction = edit->actions().at(0);
        QVERIFY(undoAction->isEnabled());
        QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
        undoAction->trigger();
        QCOMPARE(core::TicketService(m_profile->store()).find(ref)->priority, core::Priority::Normal);
    }

    void escalationsCountOverdueAndDueSoon()
    {
        widgets::EscalationButton button(m_profile->store());
        button.refresh();
        QCOMPARE(button.count(), 0);
        // Potholes are due in 72 business hours; a month later every one is overdue.
        m_clock.advanceSecs(30 * 86400);
        button.refresh();
        QCOMPARE(button.count(), 9);
        QVERIFY(button.text().contains(QStringLiteral("9")));
        QAbstractItemModelTester tester(button.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(button.listModel()->rowCount(), 9);
    }

    void exportsAndTheirErrors()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        QTemporaryDir dir;
        QVERIFY(view.exportCsv(dir.filePath(QStringLiteral("q.csv")), {}));
        QFile csv(dir.filePath(QStringLiteral("q.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 10);
        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("missing/q.csv")), {}));
        QVERIFY(view.message().contains(QStringLiteral("does not exist")));
        QVERIFY(view.exportPdf(dir.filePath(QStringLiteral("q.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("q.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!view.exportPdf(dir.filePath(QStringLiteral("missing/q.pdf"))));
    }

    // The toolbar's Export CSV, as a supervisor clicks it: the file picker, then two questions.
    void exportCsvActionAsksAndWrites()
    {
        QUndoStack undo;
        widgets::QueueView view(m_profile->store(), account(Role::Supervisor), &undo);
        view.ensureLoaded();
        auto *action = view.findChild<QAction *>(QStringLiteral("exportCsvAction"));
        QVERIFY(action);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("asked.csv"));
        widgets::FileDialog::setNextFileName(path);
        widgets::MessageBox::setNextAnswer(QMessageBox::Yes); // a byte order mark for Excel
        widgets::MessageBox::setNextAnswer(QMessageBox::Yes); // the callers' names and numbers
        action->trigger();
        QCOMPARE(widgets::MessageBox::lastText(), QStringLiteral("Include the callers' names and numbers?"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray header = csv.readLine();
        QVERIFY(header.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(header.contains("caller_phone"), header.constData());
        QCOMPARE(csv.readAll().count('\n'), 9);

        // Without the callers, and a cancelled picker writes nothing.
        const QString plain = dir.filePath(QStringLiteral("plain.csv"));
        widgets::FileDialog::setNextFileName(plain);
        widgets::MessageBox::setNextAnswer(QMessageBox::No);
        widgets::MessageBox::setNextAnswer(QMessageBox::No);
        action->trigger();
        QFile plainCsv(plain);
        QVERIFY(plainCsv.open(QIODevice::ReadOnly));
        const QByteArray plainHeader = plainCsv.readLine();
        QVERIFY(!plainHeader.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!plainHeader.contains("caller_phone"));
        widgets::FileDialog::setNextFileName({});
        action->trigger();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestQueueView)
#include "test_queueview.moc"

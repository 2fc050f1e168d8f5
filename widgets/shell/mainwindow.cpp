#include "widgets/shell/mainwindow.h"

#include "core/accounts/localsignin.h"
#include "core/domain/error.h"
#include "core/models/ticketlistmodel.h"
#include "core/store/localstore.h"
#include "core/tickets/ticketservice.h"
#include "widgets/accessibility/announcer.h"
#include "widgets/appearance/appearancemenu.h"
#include "widgets/help/helpcontroller.h"
#include "widgets/icons/icontheme.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/interop/exportdialog.h"
#include "widgets/interop/importdialog.h"
#include "widgets/kb/kbpanel.h"
#include "widgets/map/citybasemap.h"
#include "widgets/map/ticketmappanel.h"
#include "widgets/queue/supervisorconsole.h"
#include "widgets/settings/preferencescontroller.h"
#include "widgets/settings/shortcuthint.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/enableclearbuttonwhentyped.h"
#include "widgets/shell/messagebox.h"
#include "widgets/shell/statusdialog.h"
#include "widgets/shell/ticketdetailview.h"
#include "widgets/sync/synccontroller.h"
#include "widgets/sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
// Menus show shortcuts by themselves; tooltips need them spelled out.
void setToolTipWithShortcut(QAction *action, const QString &tip)
{
    ShortcutHint::followToolTip(action, tip);
}
} // namespace

MainWindow::MainWindow(core::LocalStore &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_service(new core::TicketService(store))
{
    setWindowTitle(tr("CivicDesk"));
    setObjectName(QStringLiteral("MainWindow"));
    buildCentre();
    buildActions();
    buildStatusBar();
    m_supervisor = new SupervisorConsole(*this, *m_tabs, m_store, core::LocalSignIn::beforeSignIn(m_store));
    connect(m_supervisor, &SupervisorConsole::ticketActivated, this, &MainWindow::openTicket);
    connect(m_supervisor, &SupervisorConsole::ticketsChanged, m_model, &core::TicketListModel::reload);
    // Edit > Preferences, and the user's shortcuts over the ones above.
    new PreferencesController(*this, m_store, *m_intake, m_sync);
    updateActions();
    IconTheme::install(this);
    resize(1280, 800);
}

void MainWindow::setAccount(const core::Account &account)
{
    m_supervisor->setAccount(account);
}

MainWindow::~MainWindow()
{
    delete m_service;
}

void MainWindow::buildCentre()
{
    m_model = new core::TicketListModel(m_store.database(), this);
    // The call is the main working area and the first page. The ticket list and details are
    // built the first time they are needed, so none of their widgets cost start-up time.
    m_intake = new IntakeWidget(m_store, this);
    m_ticketsPage = new QWidget(this);
    m_ticketsPage->setObjectName(QStringLiteral("ticketsPage"));
    auto *pageLayout = new QVBoxLayout(m_ticketsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_intake, tr("Call"));
    m_tabs->addTab(m_ticketsPage, tr("Tickets"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_ticketsPage)
            ensureTicketsPage();
    });
    connect(m_intake, &IntakeWidget::callStarted, this, [this] { m_tabs->setCurrentWidget(m_intake); });
    connect(m_intake, &IntakeWidget::ticketSaved, this, [this](const QString &reference) {
        m_model->reload();
        statusBar()->showMessage(tr("Saved %1").arg(reference), 5000);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
}

void MainWindow::ensureTicketsPage()
{
    if (m_view)
        return;
    auto *splitter = new QSplitter(m_ticketsPage);
    splitter->setObjectName(QStringLiteral("ticketsSplitter"));
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("ticketList"));
    m_view->setAccessibleName(tr("Tickets"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Widths from what the columns hold, measured in this font and locale, so the list stays
    // readable at any DPI and in every language.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int pad = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    int statusWidth = 0;
    for (core::TicketStatus st : core::ticketstatus::all())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(core::ticketstatus::displayName(st)));
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_view->setColumnWidth(core::TicketListModel::Reference,
                           metrics.horizontalAdvance(QStringLiteral("WWW-WWW-WWWW")) + pad);
    m_view->setColumnWidth(core::TicketListModel::Status, statusWidth + pad);
    m_view->setColumnWidth(core::TicketListModel::Service,
                           metrics.horizontalAdvance(QStringLiteral("Missed Collection")) + pad);
    m_view->setColumnWidth(core::TicketListModel::Address,
                           metrics.horizontalAdvance(QStringLiteral("12 Riverside Drive, Apt 4B")) + pad);
    m_view->setColumnWidth(core::TicketListModel::Requested, metrics.horizontalAdvance(sampleDate) + pad);
    m_view->setColumnWidth(core::TicketListModel::Expected, metrics.horizontalAdvance(sampleDate) + pad);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_detail = new TicketDetailView(splitter);
    m_detail->setCatalog(&m_store.catalog());
    m_detail->setObjectName(QStringLiteral("ticketDetail"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    // Half each: the list scrolls sideways anyway, while the detail's notes and audit values
    // wrap and need the width to be read whole at 1366 px.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({em * 60, em * 60});
    m_ticketsPage->layout()->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedTicket);
    connect(m_detail, &TicketDetailView::addNoteRequested, this, &MainWindow::addNote);
    connect(m_detail, &TicketDetailView::ticketLinkActivated, this, &MainWindow::openTicket);
}

TicketDetailView *MainWindow::detailView()
{
    ensureTicketsPage();
    return m_detail;
}

QTableView *MainWindow::ticketView()
{
    ensureTicketsPage();
    return m_view;
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    setToolTipWithShortcut(refresh, tr("Reload the ticket list"));
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] {
        ImportDialog dialog(m_store, this);
        connect(&dialog, &ImportDialog::importFinished, this, &MainWindow::refresh);
        dialog.exec();
    });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    setToolTipWithShortcut(importAction, tr("Import Open311 or 311 CSV requests and services"));
    QAction *exportAction =
        file->addAction(tr("&Export…"), this, [this] { ExportDialog(m_store, this).exec(); });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setToolTipWithShortcut(exportAction, tr("Export requests as Open311 JSON, XML or CSV"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->setObjectName(QStringLiteral("callMenu"));
    for (QAction *a : m_intake->callActions())
        call->addAction(a);
    toolbar->addAction(m_intake->newCallAction());
    toolbar->addSeparator();

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    QAction *find = ticket->addAction(tr("&Find by reference…"), this, &MainWindow::findReference);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    m_noteAction = ticket->addAction(tr("Add &note"), this, [this] {
        showTicketsPage();
        m_detail->focusNoteEditor();
    });
    m_noteAction->setObjectName(QStringLiteral("addNoteAction"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    setToolTipWithShortcut(m_noteAction, tr("Write a note on the selected ticket"));
    m_statusAction = ticket->addAction(tr("Change &status…"), this, &MainWindow::changeStatus);
    m_statusAction->setObjectName(QStringLiteral("changeStatusAction"));
    m_statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setToolTipWithShortcut(m_statusAction, tr("Change the status of the selected ticket"));
    m_copyAction = ticket->addAction(tr("&Copy reference"), this, &MainWindow::copyReference);
    m_copyAction->setObjectName(QStringLiteral("copyReferenceAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    setToolTipWithShortcut(m_copyAction, tr("Copy the reference number to the clipboard"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showCall = view->addAction(tr("&Call"), this, [this] { m_tabs->setCurrentWidget(m_intake); });
    showCall->setObjectName(QStringLiteral("showCallAction"));
    showCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showTickets = view->addAction(tr("&Tickets"), this, &MainWindow::showTicketsPage);
    showTickets->setObjectName(QStringLiteral("showTicketsAction"));
    showTickets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *focusList = view->addAction(tr("Ticket &list"), this, [this] {
        showTicketsPage();
        m_view->setFocus();
    });
    focusList->setObjectName(QStringLiteral("focusListAction"));
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *focusFilter = view->addAction(tr("Status &filter"), this, [this] {
        m_statusFilter->setFocus();
        m_statusFilter->showPopup();
    });
    focusFilter->setObjectName(QStringLiteral("focusFilterAction"));
    focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // The ticket map docks beside the list. It is hidden at start, so its panel (map view, pin
    // layer, filters) is only built the first time the dock is shown: nothing of it is on the
    // first paint.
    m_mapDock = new QDockWidget(tr("Ticket map"), this);
    m_mapDock->setObjectName(QStringLiteral("ticketMapDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_mapDock);
    m_mapDock->hide();
    connect(m_mapDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureMapPanel();
    });
    QAction *showMap = m_mapDock->toggleViewAction();
    showMap->setText(tr("Ticket &map"));
    showMap->setObjectName(QStringLiteral("actionToggleTicketMap"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    view->addAction(showMap);
    // One city basemap (and one tile cache file) for both maps; plain when nothing is imported.
    m_basemap = CityBasemap::forProfile(m_store);
    m_intake->setBasemap(m_basemap);
    // The knowledge base docks beside the intake; Ctrl+K shows it and puts the cursor in its search.
    auto *kbDock = new QDockWidget(tr("Knowledge base"), this);
    kbDock->setObjectName(QStringLiteral("kbDock"));
    auto *kbPanel = new KbPanel(m_store, kbDock);
    kbDock->setWidget(kbPanel);
    addDockWidget(Qt::RightDockWidgetArea, kbDock);
    QAction *kb = view->addAction(tr("&Knowledge base"), this, [kbDock, kbPanel] {
        kbDock->show();
        kbDock->raise();
        kbPanel->focusSearch();
    });
    kb->setObjectName(QStringLiteral("knowledgeBaseAction"));
    kb->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    kbPanel->setSearchAction(kb);
    setToolTipWithShortcut(kb, tr("Search the knowledge base"));
    QAction *toggleKb = kbDock->toggleViewAction();
    toggleKb->setText(tr("Show knowledge &base panel"));
    toggleKb->setObjectName(QStringLiteral("actionToggleKnowledgeBase"));
    toggleKb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    view->addAction(toggleKb);
    view->addSeparator();
    view->addMenu(new AppearanceMenu(m_store.profile(), view));
    // What the call taker finds in the knowledge base goes straight into the call.
    connect(kbPanel, &KbPanel::useInCallRequested, m_intake, &IntakeWidget::useKbArticle);
    connect(kbPanel, &KbPanel::createRequestRequested, m_intake, &IntakeWidget::startRequestForService);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CivicDesk"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setObjectName(QStringLiteral("aboutQtAction"));
    // F1: the quick reference, at the page for the screen in front of the user.
    new HelpController(*this, *help);

    toolbar->addAction(refresh);
    toolbar->addSeparator();
    auto *filterLabel = new QLabel(tr("Status: "), toolbar);
    m_statusFilter = new QComboBox(toolbar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    ShortcutHint::follow(focusFilter, m_statusFilter, [this, focusFilter](const QString &) {
        m_statusFilter->setToolTip(
            ShortcutHint::withKeys(tr("Show only tickets with this status"), focusFilter));
    });
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (core::TicketStatus s : core::ticketstatus::all())
        m_statusFilter->addItem(core::ticketstatus::displayName(s), core::ticketstatus::toKey(s));
    filterLabel->setBuddy(m_statusFilter);
    toolbar->addWidget(filterLabel);
    toolbar->addWidget(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    toolbar->addSeparator();
    m_find = new QLineEdit(toolbar);
    m_find->setObjectName(QStringLiteral("findReference"));
    m_find->setAccessibleName(tr("Find by reference"));
    ShortcutHint::follow(find, m_find, [this, find](const QString &) {
        m_find->setPlaceholderText(ShortcutHint::withKeys(tr("Reference number"), find));
    });
    enableClearButtonWhenTyped(m_find);
    m_find->setMaximumWidth(260);
    toolbar->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!m_find->text().trimmed().isEmpty() && !openTicket(m_find->text().trimmed()))
            statusBar()->showMessage(tr("No ticket with reference %1").arg(m_find->text().trimmed()), 5000);
    });
    toolbar->addSeparator();
    toolbar->addAction(m_noteAction);
    toolbar->addAction(m_statusAction);
    toolbar->addAction(m_copyAction);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("ticketCount"));
    m_profileLabel = new QLabel(tr("Profile: %1").arg(m_store.profile().directory()), this);
    m_profileLabel->setToolTip(m_store.profile().storePath());
    // Sync state, "Sync now", conflicts and connection settings; started after the first paint.
    m_sync = new SyncController(m_store, this);
    connect(m_sync, &SyncController::localStoreChanged, this, &MainWindow::refresh);
    // Help stays the last menu.
    QAction *helpMenu = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().constLast();
    menuBar()->insertMenu(helpMenu, m_sync->menu());
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    // Saved, the reference number, a new status: what the status bar says, screen readers say.
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) { Announcer::announce(statusBar(), message); });
    QTimer::singleShot(0, m_sync, [this] { m_sync->startFromSettings(true); });
}

TicketMapPanel *MainWindow::ensureMapPanel()
{
    if (m_mapPanel)
        return m_mapPanel;
    m_mapPanel = new TicketMapPanel(m_store, m_mapDock);
    m_mapPanel->setBasemap(m_basemap);
    m_mapDock->setWidget(m_mapPanel);
    connect(m_mapPanel, &TicketMapPanel::ticketActivated, this, &MainWindow::openTicket);
    return m_mapPanel;
}

void MainWindow::refresh()
{
    const QString current =
        m_detail && m_detail->hasTicket() ? m_detail->ticket().referenceNumber : QString();
    m_model->reload();
    m_supervisor->refresh();
    if (!current.isEmpty())
        openTicket(current);
}

void MainWindow::startCallFromScreenPop(const QString &callerNumber)
{
    m_tabs->setCurrentWidget(m_intake);
    m_intake->incomingCall(callerNumber);
    // Bring the console to the front: the phone system has just put a caller through.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

bool MainWindow::openTicket(const QString &reference)
{
    std::optional<core::Ticket> ticket;
    try {
        ticket = m_service->find(reference);
    } catch (const core::Error &e) {
        showError(e.message());
        return false;
    }
    if (!ticket)
        return false;
    showTicketsPage();
    QString original;
    try {
        original = m_service->referenceOf(ticket->duplicateOf).value_or(QString());
    } catch (const core::Error &e) {
        showError(e.message());
    }
    m_detail->showTicket(*ticket, original);
    // Select the row when it is loaded; a ticket further down stays shown without a row.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summary(row).id == ticket->id) {
            QSignalBlocker block(m_view->selectionModel());
            m_view->selectRow(row);
            break;
        }
    }
    updateActions();
    return true;
}

void MainWindow::showSelectedTicket()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
    } else {
        openTicket(index.data(core::TicketListModel::ReferenceRole).toString());
    }
    updateActions();
}

void MainWindow::applyStatusFilter()
{
    core::TicketFilter filter = m_model->filter();
    const QString key = m_statusFilter->currentData().toString();
    filter.status = key.isEmpty() ? std::nullopt : core::ticketstatus::fromKey(key);
    m_model->setFilter(filter);
    if (m_detail)
        m_detail->clear();
    updateActions();
}

void MainWindow::addNote(const QString &reference, const QString &text, bool internal)
{
    try {
        m_service->addNote(reference, text, internal);
        m_detail->clearNoteEditor();
        openTicket(reference);
        statusBar()->showMessage(tr("Note added to %1").arg(reference), 4000);
    } catch (const core::Error &e) {
        showError(e.message());
    }
}

void MainWindow::changeStatus()
{
    if (!m_detail || !m_detail->hasTicket())
        return;
    const core::Ticket &t = m_detail->ticket();
    StatusDialog dialog(t.referenceNumber, t.status, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reference = t.referenceNumber;
    try {
        m_service->setStatus(reference, dialog.status(), dialog.note());
        m_model->reload();
        openTicket(reference);
        statusBar()->showMessage(
            tr("%1 is now %2").arg(reference, core::ticketstatus::displayName(dialog.status())), 4000);
    } catch (const core::Error &e) {
        showError(e.message());
    }
}

void MainWindow::copyReference()
{
    if (m_detail && m_detail->hasTicket()) {
        QApplication::clipboard()->setText(m_detail->ticket().referenceNumber);
        statusBar()->showMessage(tr("Copied %1").arg(m_detail->ticket().referenceNumber), 3000);
    }
}

void MainWindow::showTicketsPage()
{
    ensureTicketsPage();
    m_tabs->setCurrentWidget(m_ticketsPage);
}

void MainWindow::findReference()
{
    m_find->setFocus();
    m_find->selectAll();
}

void MainWindow::showError(const QString &message)
{
    MessageBox::warning(this, tr("CivicDesk"), message);
}

void MainWindow::updateActions()
{
    const bool has = m_detail && m_detail->hasTicket();
    m_noteAction->setEnabled(has);
    m_statusAction->setEnabled(has);
    m_copyAction->setEnabled(has);
    // The true total, not the loaded pages. Counting a million rows takes a few milliseconds,
    // so it waits for the event loop, after the first paint, like the sync start.
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, m_countLabel, [this] {
        m_countPending = false;
        try {
            m_countLabel->setText(tr("%n ticket(s)", nullptr, static_cast<int>(m_model->totalCount())));
        } catch (const core::Error &e) {
            m_countLabel->setText(tr("Tickets not counted: %1").arg(e.message()));
        }
    });
}

} // namespace civicdesk::widgets

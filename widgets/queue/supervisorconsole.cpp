#include "widgets/queue/supervisorconsole.h"

#include "widgets/dashboard/dashboardview.h"
#include "widgets/queue/escalationbutton.h"
#include "widgets/queue/queueview.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace civicdesk::widgets {

SupervisorConsole::SupervisorConsole(QMainWindow &window, QTabWidget &tabs, core::LocalStore &store,
                                     core::Account account)
    : QObject(&window), m_window(window), m_tabs(tabs), m_store(store), m_account(std::move(account))
{
    m_undo = new QUndoStack(this);
    // Edit sits right after File, as everywhere.
    m_edit = new QMenu(tr("&Edit"), &window);
    m_edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undo->createUndoAction(m_edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(m_edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedoAction"));
    redo->setShortcut(QKeySequence::Redo);
    m_edit->addAction(undo);
    m_edit->addAction(redo);
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, m_edit);

    m_page = new QWidget(&tabs);
    m_page->setObjectName(QStringLiteral("queuePage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs.addTab(m_page, tr("Queue"));
    // Ctrl+Z undoes the queue's last action only while the queue has the focus: the call form has
    // its own Undo on the same keys, and two enabled window-wide actions on one key would cancel
    // each other (Qt calls that ambiguous and triggers neither).
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_page->addAction(action);
    }
    m_dashboardPage = new QWidget(&tabs);
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    auto *dashboardLayout = new QVBoxLayout(m_dashboardPage);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    tabs.addTab(m_dashboardPage, tr("Dashboard"));
    connect(&tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs.widget(index) == m_page)
            queueView()->ensureLoaded();
        else if (m_tabs.widget(index) == m_dashboardPage && !m_dashboard)
            dashboardView()->setRange(QDate::currentDate().addDays(-29), QDate::currentDate());
    });

    m_escalations = new EscalationButton(store, &window);
    window.statusBar()->addPermanentWidget(m_escalations);
    connect(m_escalations, &EscalationButton::ticketActivated, this, &SupervisorConsole::ticketActivated);
    setAccount(m_account);
}

void SupervisorConsole::setAccount(const core::Account &account)
{
    m_account = account;
    if (m_queue) {
        // A new user gets a fresh queue with their own rights and views.
        m_undo->clear();
        delete m_queue;
        m_queue = nullptr;
        if (m_tabs.currentWidget() == m_page)
            queueView()->ensureLoaded();
    }
    m_tabs.setTabVisible(m_tabs.indexOf(m_dashboardPage),
                         core::role::may(account.role, core::Permission::ViewDashboard));
    const bool supervises = core::role::may(account.role, core::Permission::ChangeManyTickets);
    m_escalations->setVisible(supervises);
    if (supervises)
        QTimer::singleShot(0, m_escalations, &EscalationButton::refresh);
}

QueueView *SupervisorConsole::queueView()
{
    if (!m_queue) {
        m_queue = new QueueView(m_store, m_account, m_undo, m_page);
        m_page->layout()->addWidget(m_queue);
        connect(m_queue, &QueueView::ticketActivated, this, &SupervisorConsole::ticketActivated);
        connect(m_queue, &QueueView::ticketsChanged, this, &SupervisorConsole::ticketsChanged);
        connect(m_queue, &QueueView::ticketsChanged, m_escalations, [this] {
            if (m_escalations->isVisible())
                m_escalations->refresh();
        });
    }
    return m_queue;
}

DashboardView *SupervisorConsole::dashboardView()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_store, m_dashboardPage);
        m_dashboardPage->layout()->addWidget(m_dashboard);
        // Every number drills down: the queue of exactly those tickets.
        connect(m_dashboard, &DashboardView::drillDown, this, [this](const core::QueueQuery &query) {
            m_tabs.setCurrentWidget(m_page);
            queueView()->setQuery(query);
        });
    }
    return m_dashboard;
}

void SupervisorConsole::refresh()
{
    if (m_queue)
        m_queue->refresh();
    if (core::role::may(m_account.role, core::Permission::ChangeManyTickets))
        m_escalations->refresh();
}

} // namespace civicdesk::widgets

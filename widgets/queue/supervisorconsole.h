#pragma once

#include "core/accounts/account.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

class DashboardView;
class EscalationButton;
class QueueView;

// The supervisor's additions to the main window, kept apart from the shell: the Queue tab
// (built when first opened), Edit > Undo/Redo for ticket actions, and the escalation count in
// the status bar for roles that supervise.
class SupervisorConsole final : public QObject
{
    Q_OBJECT

public:
    SupervisorConsole(QMainWindow &window, QTabWidget &tabs, core::LocalStore &store, core::Account account);

    // Rebuilds for another signed-in user (after sign-in).
    void setAccount(const core::Account &account);
    const core::Account &account() const { return m_account; }

    void refresh();
    QueueView *queueView();         // builds it
    DashboardView *dashboardView(); // builds it
    QUndoStack *undoStack() const { return m_undo; }
    EscalationButton *escalations() const { return m_escalations; }
    QMenu *editMenu() const { return m_edit; }

Q_SIGNALS:
    void ticketActivated(const QString &reference);
    void ticketsChanged();

private:
    QMainWindow &m_window;
    QTabWidget &m_tabs;
    core::LocalStore &m_store;
    core::Account m_account;
    QUndoStack *m_undo = nullptr;
    QMenu *m_edit = nullptr;
    QWidget *m_page = nullptr;
    QueueView *m_queue = nullptr;
    QWidget *m_dashboardPage = nullptr;
    DashboardView *m_dashboard = nullptr;
    EscalationButton *m_escalations = nullptr;
};

} // namespace civicdesk::widgets

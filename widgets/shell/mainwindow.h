#pragma once

#include <QMainWindow>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTableView;
class QAction;
class QTabWidget;

namespace civicdesk::core {
struct Account;
class LocalStore;
class TicketListModel;
class TicketService;
} // namespace civicdesk::core

namespace civicdesk::map {
class TileSource;
} // namespace civicdesk::map

namespace civicdesk::widgets {

class IntakeWidget;
class SupervisorConsole;
class SyncController;
class TicketDetailView;
class TicketMapPanel;

// The shell: menus, the ticket list, the details pane and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::LocalStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::TicketListModel *ticketModel() const { return m_model; }
    // The ticket list and details page is built on first use; these build it.
    TicketDetailView *detailView();
    QTableView *ticketView();
    IntakeWidget *intake() const { return m_intake; }
    // The ticket map dock's panel, built on first use (the dock is hidden at start).
    TicketMapPanel *ensureMapPanel();

    // Opens the ticket with this reference (as typed by a call taker); false when unknown.
    bool openTicket(const QString &reference);
    void refresh();
    // A screen pop from the phone system: a new call with this caller's history.
    void startCallFromScreenPop(const QString &callerNumber);
    // The signed-in user: what the queue, Edit > Undo and the escalation count offer.
    void setAccount(const core::Account &account);
    SupervisorConsole *supervisor() const { return m_supervisor; }

private:
    void buildActions();
    void buildCentre();
    void ensureTicketsPage();
    void buildStatusBar();
    void showSelectedTicket();
    void applyStatusFilter();
    void addNote(const QString &reference, const QString &text, bool internal);
    void changeStatus();
    void copyReference();
    void findReference();
    void showTicketsPage();
    void showError(const QString &message);
    void updateActions();

    core::LocalStore &m_store;
    core::TicketService *m_service = nullptr;
    core::TicketListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_ticketsPage = nullptr;
    IntakeWidget *m_intake = nullptr;
    TicketDetailView *m_detail = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_profileLabel = nullptr;
    SyncController *m_sync = nullptr;
    QDockWidget *m_mapDock = nullptr;
    TicketMapPanel *m_mapPanel = nullptr;
    std::shared_ptr<map::TileSource> m_basemap;
    QLabel *m_countLabel = nullptr;
    bool m_countPending = false; // a count is queued for the next turn of the event loop
    QAction *m_noteAction = nullptr;
    QAction *m_statusAction = nullptr;
    QAction *m_copyAction = nullptr;
    SupervisorConsole *m_supervisor = nullptr;
};

} // namespace civicdesk::widgets

#pragma once

#include "core/accounts/account.h"
#include "core/commands/commandresult.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"
#include "core/exports/queuecsvexport.h"
#include "core/queue/queuequery.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QListView;
class QTableView;
class QToolBar;
class QUndoStack;

namespace civicdesk::core {
class LocalStore;
class QueueModel;
class SavedViewListModel;
class TicketCommands;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class QueueFilterBar;

// The supervisor's queue: saved views with live counts, the filter bar, the lazy ticket table
// with its SLA countdown, and bulk actions that go through the command layer onto the undo
// stack. It offers only what the signed-in role may do.
class QueueView final : public QWidget
{
    Q_OBJECT

public:
    QueueView(core::LocalStore &store, core::Account account, QUndoStack *undo, QWidget *parent = nullptr);
    ~QueueView() override;

    // Reads the store for the first time (the tab opens); later calls do nothing.
    void ensureLoaded();
    // After a change or a sync: counts and rows again, keeping selection and scroll position.
    void refresh();

    void setQuery(const core::QueueQuery &query);
    core::QueueQuery query() const;
    void openSavedView(int row);
    bool saveView(const QString &name, bool shared);
    bool openLink(const QString &link);

    // The bulk actions on the selected rows; false (with the reason shown) when refused.
    bool assignSelected(const QString &assignee);
    bool setStatusOfSelected(core::TicketStatus status, const QString &note);
    bool setPriorityOfSelected(core::Priority priority);
    bool mergeSelectedInto(const QString &parentReference);
    bool noteSelected(const QString &text, bool internal);
    bool respondSelected(const QString &cannedResponseId);
    bool exportCsv(const QString &fileName, const core::QueueCsvExport::Options &options);
    bool exportPdf(const QString &fileName);

    QTableView *table() const { return m_table; }
    core::QueueModel *model() const { return m_model; }
    QueueFilterBar *filterBar() const { return m_filters; }
    QListView *savedViews() const { return m_views; }
    core::SavedViewListModel *savedViewModel() const { return m_viewModel; }
    QString message() const;
    QList<QAction *> bulkActions() const;

Q_SIGNALS:
    void ticketActivated(const QString &reference);
    void ticketsChanged();

private:
    bool run(const QString &text, const std::function<core::CommandResult(core::TicketCommands &)> &action);
    QList<int> selectedRows() const;
    void report(const QString &what, const core::CommandResult &result);
    void showMessage(const QString &text, bool error = false);
    void updateSummary();
    void updateActions();
    void buildActions();
    void askAssign();
    void askStatus();
    void askPriority();
    void askMerge();
    void askNote();
    void askRespond();
    void askExportCsv();
    void askExportPdf();
    void askSaveView();
    void copyLink();
    void askOpenLink();

    core::LocalStore &m_store;
    core::Account m_account;
    QUndoStack *m_undo = nullptr;
    core::QueueModel *m_model = nullptr;
    core::SavedViewListModel *m_viewModel = nullptr;
    QueueFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_views = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_status = nullptr;
    QAction *m_priority = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_note = nullptr;
    QAction *m_respond = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPdf = nullptr;
    bool m_loaded = false;
};

} // namespace civicdesk::widgets

#include "widgets/queue/queueview.h"

#include "core/commands/cannedresponselibrary.h"
#include "core/commands/ticketcommands.h"
#include "core/domain/error.h"
#include "core/queue/queuecolumn.h"
#include "core/queue/queuemodel.h"
#include "core/queue/savedviewlistmodel.h"
#include "core/queue/savedviewrepository.h"
#include "core/store/localstore.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/queue/queuefilterbar.h"
#include "widgets/queue/queuepdf.h"
#include "widgets/queue/sladelegate.h"
#include "widgets/queue/ticketactioncommand.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QStringList statusNames()
{
    QStringList names;
    for (core::TicketStatus s : core::ticketstatus::all())
        names.append(core::ticketstatus::displayName(s));
    return names;
}
} // namespace

QueueView::QueueView(core::LocalStore &store, core::Account account, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_account(std::move(account)), m_undo(undo)
{
    setObjectName(QStringLiteral("queueView"));
    m_model = new core::QueueModel(store.database(), store.catalog(), this);
    m_model->setCallerDetailsAllowed(core::role::may(m_account.role, core::Permission::ExportCallerDetails));
    m_filters = new QueueFilterBar(store.catalog(), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Queue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(core::role::may(m_account.role, core::Permission::ChangeManyTickets)
                                  ? QAbstractItemView::ExtendedSelection
                                  : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SlaDelegate(m_table));
    // The header click sorts in SQL through the model; the view never sorts rows itself.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT ticketActivated(index.data(core::QueueModel::ReferenceRole).toString());
    });

    m_views = new QListView(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_views, &QListView::activated, this,
            [this](const QModelIndex &index) { openSavedView(index.row()); });
    connect(m_views, &QListView::clicked, this,
            [this](const QModelIndex &index) { openSavedView(index.row()); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("queueActions"));
    buildActions();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved views"), left));
    leftLayout->addWidget(m_views);
    auto *saveButton = new QPushButton(tr("Save view…"), left);
    saveButton->setObjectName(QStringLiteral("saveView"));
    connect(saveButton, &QPushButton::clicked, this, &QueueView::askSaveView);
    auto *copyButton = new QPushButton(tr("Copy link"), left);
    connect(copyButton, &QPushButton::clicked, this, &QueueView::copyLink);
    auto *openButton = new QPushButton(tr("Open link…"), left);
    connect(openButton, &QPushButton::clicked, this, &QueueView::askOpenLink);
    leftLayout->addWidget(saveButton);
    leftLayout->addWidget(copyButton);
    leftLayout->addWidget(openButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filters);
    rightLayout->addWidget(m_toolbar);
    rightLayout->addWidget(m_table, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary);
    status->addWidget(m_message, 1);
    rightLayout->addLayout(status);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("queueSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 16, em * 80});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_filters, &QueueFilterBar::queryChanged, this, [this](const core::QueueQuery &q) {
        core::QueueQuery withView = q;
        withView.sortColumn = m_model->query().sortColumn;
        withView.sortDescending = m_model->query().sortDescending;
        withView.columns = m_model->query().columns;
        setQuery(withView);
    });
    connect(m_model, &core::QueueModel::queryChanged, this, &QueueView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateSummary);
    updateActions();
}

QueueView::~QueueView() = default;

void QueueView::buildActions()
{
    using core::Permission;
    const auto add = [this](const QString &text, const QString &name, void (QueueView::*slot)(),
                            bool allowed) {
        QAction *a = m_toolbar->addAction(text, this, slot);
        a->setObjectName(name);
        // The UI offers only what the role may do; the command layer refuses the rest anyway.
        a->setVisible(allowed);
        return a;
    };
    const core::Role role = m_account.role;
    m_assign = add(tr("Assign…"), QStringLiteral("assignAction"), &QueueView::askAssign,
                   core::role::may(role, Permission::Assign));
    m_status = add(tr("Status…"), QStringLiteral("statusAction"), &QueueView::askStatus,
                   core::role::may(role, Permission::ChangeOneTicket));
    m_priority = add(tr("Priority…"), QStringLiteral("priorityAction"), &QueueView::askPriority,
                     core::role::may(role, Permission::SetPriority));
    m_merge = add(tr("Merge…"), QStringLiteral("mergeAction"), &QueueView::askMerge,
                  core::role::may(role, Permission::Merge));
    m_note = add(tr("Note…"), QStringLiteral("noteAction"), &QueueView::askNote,
                 core::role::may(role, Permission::ChangeOneTicket));
    m_respond = add(tr("Respond…"), QStringLiteral("respondAction"), &QueueView::askRespond,
                    core::role::may(role, Permission::ChangeOneTicket));
    m_toolbar->addSeparator();
    m_exportCsv = add(tr("Export CSV…"), QStringLiteral("exportCsvAction"), &QueueView::askExportCsv, true);
    m_exportPdf = add(tr("Export PDF…"), QStringLiteral("exportPdfAction"), &QueueView::askExportPdf, true);
}

QList<QAction *> QueueView::bulkActions() const
{
    return {m_assign, m_status, m_priority, m_merge, m_note, m_respond};
}

void QueueView::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_viewModel = new core::SavedViewListModel(m_store.database(), m_store.catalog(), m_account.name, this);
    m_views->setModel(m_viewModel);
    try {
        core::QueueQuery initial;
        m_model->setQuery(initial);
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueView::updateActions);
    updateActions();
}

void QueueView::refresh()
{
    if (!m_loaded)
        return;
    m_model->refresh();
    if (m_viewModel)
        m_viewModel->refresh();
    updateSummary();
}

void QueueView::setQuery(const core::QueueQuery &query)
{
    ensureLoaded();
    try {
        m_model->setQuery(query);
        m_filters->setQuery(query);
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
    }
}

core::QueueQuery QueueView::query() const
{
    return m_model->query();
}

void QueueView::openSavedView(int row)
{
    ensureLoaded();
    if (!m_viewModel || row < 0 || row >= m_viewModel->rowCount())
        return;
    try {
        setQuery(core::QueueQuery::fromString(m_viewModel->view(row).query));
        const QString warning =
            m_viewModel->data(m_viewModel->index(row), core::SavedViewListModel::WarningRole).toString();
        if (!warning.isEmpty())
            showMessage(tr("View \"%1\": %2").arg(m_viewModel->view(row).name, warning), true);
    } catch (const core::Error &e) {
        showMessage(tr("View \"%1\" cannot open: %2").arg(m_viewModel->view(row).name, e.message()), true);
    }
}

bool QueueView::saveView(const QString &name, bool shared)
{
    ensureLoaded();
    try {
        core::SavedViewRepository(m_store.database())
            .save({{}, name, m_account.name, shared, m_model->query().toString()}, m_account.role);
        m_viewModel->reload();
        showMessage(tr("Saved the view \"%1\"").arg(name));
        return true;
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool QueueView::openLink(const QString &link)
{
    try {
        setQuery(core::QueueQuery::fromString(link));
        return true;
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
}

QList<int> QueueView::selectedRows() const
{
    QList<int> rows;
    if (!m_table->selectionModel())
        return rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool QueueView::run(const QString &text,
                    const std::function<core::CommandResult(core::TicketCommands &)> &action)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select tickets first."), true);
        return false;
    }
    core::TicketCommands commands(m_store, m_account.role, m_account.name);
    core::CommandResult result;
    try {
        result = action(commands);
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    report(text, result);
    if (m_undo && result.undoable()) {
        m_undo->push(new TicketActionCommand(
            m_store, m_account, result, text,
            [this](const QString &what, const core::CommandResult &r) { report(what, r); }));
    }
    return result.skipped.isEmpty();
}

void QueueView::report(const QString &what, const core::CommandResult &result)
{
    QString text = tr("%1: %n ticket(s) changed", nullptr, int(result.applied.size())).arg(what);
    if (!result.skipped.isEmpty()) {
        QStringList skipped;
        for (const auto &s : result.skipped)
            skipped.append(QStringLiteral("%1 (%2)").arg(s.reference, s.reason));
        text += tr("; not changed: %1").arg(skipped.join(QStringLiteral(", ")));
    }
    showMessage(text, !result.skipped.isEmpty());
    refresh();
    Q_EMIT ticketsChanged();
}

bool QueueView::assignSelected(const QString &assignee)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(assignee.isEmpty() ? tr("Unassign") : tr("Assign to %1").arg(assignee),
               [&](core::TicketCommands &c) { return c.assign(targets, assignee); });
}

bool QueueView::setStatusOfSelected(core::TicketStatus status, const QString &note)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(tr("Status %1").arg(core::ticketstatus::displayName(status)),
               [&](core::TicketCommands &c) { return c.setStatus(targets, status, note); });
}

bool QueueView::setPriorityOfSelected(core::Priority priority)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(tr("Priority %1").arg(core::priority::displayName(priority)),
               [&](core::TicketCommands &c) { return c.setPriority(targets, priority); });
}

bool QueueView::mergeSelectedInto(const QString &parentReference)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(tr("Merge into %1").arg(parentReference),
               [&](core::TicketCommands &c) { return c.merge(parentReference, targets); });
}

bool QueueView::noteSelected(const QString &text, bool internal)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(internal ? tr("Internal note") : tr("Public note"),
               [&](core::TicketCommands &c) { return c.addNote(targets, text, internal); });
}

bool QueueView::respondSelected(const QString &cannedResponseId)
{
    const QList<core::TicketTarget> targets = m_model->targets(selectedRows());
    return run(tr("Canned response"),
               [&](core::TicketCommands &c) { return c.respond(targets, cannedResponseId); });
}

bool QueueView::exportCsv(const QString &fileName, const core::QueueCsvExport::Options &options)
{
    try {
        core::QueueCsvExport::Options o = options;
        if (o.columns.isEmpty())
            o.columns = m_model->columnKeys();
        const qint64 n = core::QueueCsvExport(m_store.database(), m_store.catalog(), m_account.role)
                             .write(m_model->query(), fileName, o);
        showMessage(tr("%n ticket(s) exported to %1", nullptr, int(n)).arg(fileName));
        return true;
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool QueueView::exportPdf(const QString &fileName)
{
    try {
        QueuePdf::writeQueue(*m_model, m_model->totalCount(),
                             tr("Queue: %1").arg(m_model->query().toString()), fileName);
        showMessage(tr("Queue printed to %1").arg(fileName));
        return true;
    } catch (const core::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
}

QString QueueView::message() const
{
    return m_message->text();
}

void QueueView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    ThemedStyleSheet::set(m_message, error ? QStringLiteral("color: {error};") : QString());
}

void QueueView::updateSummary()
{
    m_summary->setText(tr("%n ticket(s)", nullptr, int(m_model->totalCount())));
    const QStringList warnings = m_model->warnings();
    if (!warnings.isEmpty())
        showMessage(warnings.join(QStringLiteral("; ")), true);
    QSignalBlocker block(m_table->horizontalHeader());
    const int sortColumn = static_cast<int>(m_model->columnKeys().indexOf(m_model->query().sortColumn));
    m_table->horizontalHeader()->setSortIndicator(
        sortColumn, m_model->query().sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void QueueView::updateActions()
{
    const qsizetype n = selectedRows().size();
    const bool many = core::role::may(m_account.role, core::Permission::ChangeManyTickets);
    for (QAction *a : bulkActions())
        a->setEnabled(n == 1 || (n > 1 && many));
    m_merge->setEnabled(n >= 1 && many);
}

void QueueView::askAssign()
{
    bool ok = false;
    const QString who = InputDialog::getText(
        this, tr("Assign"),
        tr("Assign %n ticket(s) to (empty: unassign):", nullptr, int(selectedRows().size())),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        assignSelected(who.trimmed());
}

void QueueView::askStatus()
{
    bool ok = false;
    const QString name =
        InputDialog::getItem(this, tr("Status"), tr("New status:"), statusNames(), 0, false, &ok);
    if (!ok)
        return;
    const QString note =
        InputDialog::getMultiLineText(this, tr("Status"), tr("Public note (optional):"), {}, &ok);
    if (ok)
        setStatusOfSelected(core::ticketstatus::all().at(statusNames().indexOf(name)), note.trimmed());
}

void QueueView::askPriority()
{
    QStringList names;
    for (const QString &k : core::priority::keys())
        names.append(core::priority::displayName(*core::priority::fromKey(k)));
    bool ok = false;
    const QString name =
        InputDialog::getItem(this, tr("Priority"), tr("New priority:"), names, 1, false, &ok);
    if (ok)
        setPriorityOfSelected(*core::priority::fromKey(core::priority::keys().at(names.indexOf(name))));
}

void QueueView::askMerge()
{
    bool ok = false;
    const QString parent = InputDialog::getText(
        this, tr("Merge duplicates"), tr("Reference of the original ticket:"), QLineEdit::Normal, {}, &ok);
    if (ok && !parent.trimmed().isEmpty())
        mergeSelectedInto(parent.trimmed());
}

void QueueView::askNote()
{
    bool ok = false;
    const QString text = InputDialog::getMultiLineText(
        this, tr("Note"), tr("Note for %n ticket(s):", nullptr, int(selectedRows().size())), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const bool internal =
        MessageBox::question(this, tr("Note"), tr("Keep this note internal (not shown to the public)?")) ==
        QMessageBox::Yes;
    noteSelected(text, internal);
}

void QueueView::askRespond()
{
    const QList<core::CannedResponse> responses =
        core::CannedResponseLibrary(m_store.database(), m_account.role).all();
    if (responses.isEmpty()) {
        showMessage(tr("There are no canned responses yet; an administrator adds them."), true);
        return;
    }
    QStringList titles;
    for (const auto &r : responses)
        titles.append(r.title);
    bool ok = false;
    const QString title =
        InputDialog::getItem(this, tr("Canned response"), tr("Response:"), titles, 0, false, &ok);
    if (ok)
        respondSelected(responses.at(titles.indexOf(title)).id);
}

void QueueView::askExportCsv()
{
    const QString file = FileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("queue.csv"),
                                                     tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    core::QueueCsvExport::Options options;
    options.bom = MessageBox::question(this, tr("Export CSV"), tr("Add a byte order mark for Excel?")) ==
                  QMessageBox::Yes;
    if (core::role::may(m_account.role, core::Permission::ExportCallerDetails))
        options.callerDetails =
            MessageBox::question(this, tr("Export CSV"), tr("Include the callers' names and numbers?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (options.callerDetails) {
        options.columns = m_model->columnKeys();
        for (const QString &k :
             {QStringLiteral("caller_name"), QStringLiteral("caller_phone"), QStringLiteral("caller_email")})
            if (!options.columns.contains(k))
                options.columns.append(k);
    }
    exportCsv(file, options);
}

void QueueView::askExportPdf()
{
    const QString file = FileDialog::getSaveFileName(this, tr("Export PDF"), QStringLiteral("queue.pdf"),
                                                     tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        exportPdf(file);
}

void QueueView::askSaveView()
{
    bool ok = false;
    const QString name =
        InputDialog::getText(this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    bool shared = false;
    if (core::role::may(m_account.role, core::Permission::ShareViews))
        shared = MessageBox::question(this, tr("Save view"), tr("Share this view with the team?")) ==
                 QMessageBox::Yes;
    saveView(name, shared);
}

void QueueView::copyLink()
{
    QApplication::clipboard()->setText(m_model->query().toString());
    showMessage(tr("Copied the link to this view"));
}

void QueueView::askOpenLink()
{
    bool ok = false;
    const QString link = InputDialog::getText(this, tr("Open link"), tr("A view link (civicdesk:queue?…):"),
                                              QLineEdit::Normal, QApplication::clipboard()->text(), &ok);
    if (ok)
        openLink(link.trimmed());
}

} // namespace civicdesk::widgets

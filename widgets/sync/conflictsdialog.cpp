#include "widgets/sync/conflictsdialog.h"

#include "core/domain/error.h"
#include "core/sync/conflictlistmodel.h"
#include "widgets/shell/messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk::widgets {

ConflictsDialog::ConflictsDialog(const core::Database &db, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sync conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    m_model = new core::ConflictListModel(db, this);
    auto *intro =
        new QLabel(tr("The server refused these changes. The rest of your work synced. Send one again "
                      "after the cause is fixed, or discard it."),
                   this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_view->setAccessibleName(tr("Refused changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(core::ConflictListModel::Reason, QHeaderView::Stretch);
    intro->setBuddy(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("Send &again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryConflict"));
    m_retry->setToolTip(tr("Put the change back in the outbox (Alt+A)"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardConflict"));
    m_discard->setToolTip(tr("Forget this change; the server's version stays (Alt+D)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto act = [this](bool retry) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        try {
            if (retry) {
                m_model->retry(rows.first().row());
                Q_EMIT retried();
            } else {
                m_model->discard(rows.first().row());
            }
        } catch (const core::Error &e) {
            MessageBox::warning(this, windowTitle(), e.message());
        }
        updateButtons();
    };
    connect(m_retry, &QPushButton::clicked, this, [act] { act(true); });
    connect(m_discard, &QPushButton::clicked, this, [act] { act(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 360);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_retry->setEnabled(selected);
    m_discard->setEnabled(selected);
}

} // namespace civicdesk::widgets

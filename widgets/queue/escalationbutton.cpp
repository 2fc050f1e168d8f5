#include "widgets/queue/escalationbutton.h"

#include "core/domain/clock.h"
#include "core/queue/queuemodel.h"
#include "core/queue/queuestore.h"
#include "core/store/localstore.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/queue/sladelegate.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
core::QueueQuery escalations()
{
    core::QueueQuery q;
    q.overdue = true;
    q.dueWithinHours = EscalationButton::kDueSoonHours;
    q.sortColumn = QStringLiteral("due");
    q.sortDescending = false;
    q.columns = {QStringLiteral("reference"), QStringLiteral("sla"),      QStringLiteral("service"),
                 QStringLiteral("priority"),  QStringLiteral("assignee"), QStringLiteral("address")};
    return q;
}
} // namespace

EscalationButton::EscalationButton(core::LocalStore &store, QWidget *parent)
    : QToolButton(parent), m_store(store)
{
    setObjectName(QStringLiteral("escalationButton"));
    setAutoRaise(true);
    setToolTip(tr("Overdue tickets and those due within %n hour(s)", nullptr, kDueSoonHours));
    connect(this, &QToolButton::clicked, this, &EscalationButton::showList);
    setText(tr("Escalations: …"));
}

void EscalationButton::refresh()
{
    m_count = core::QueueStore(m_store.database(), m_store.catalog())
                  .count(escalations(), core::Clock::current().nowUtc());
    setText(tr("Escalations: %1").arg(m_count));
    ThemedStyleSheet::set(this,
                          m_count > 0 ? QStringLiteral("color: {error}; font-weight: bold;") : QString());
    if (m_model)
        m_model->refresh();
}

core::QueueModel *EscalationButton::listModel()
{
    if (!m_model) {
        m_model = new core::QueueModel(m_store.database(), m_store.catalog(), this);
        m_model->setQuery(escalations());
    }
    return m_model;
}

void EscalationButton::showList()
{
    QDialog dialog(window());
    dialog.setWindowTitle(tr("Escalations"));
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("escalationList"));
    table->setAccessibleName(tr("Escalations"));
    table->setModel(listModel());
    table->setItemDelegate(new SlaDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(table, &QTableView::activated, &dialog, [this, &dialog](const QModelIndex &index) {
        Q_EMIT ticketActivated(index.data(core::QueueModel::ReferenceRole).toString());
        dialog.accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    m_model->refresh();
    dialog.exec();
}

} // namespace civicdesk::widgets

#include "widgets/queue/queuefilterbar.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogtext.h"
#include "core/domain/channel.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/shell/enableclearbuttonwhentyped.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>

namespace civicdesk::widgets {

namespace {
QString first(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.constFirst();
}

void select(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QStringList one(const QString &value)
{
    return value.isEmpty() ? QStringList() : QStringList{value};
}
} // namespace

QComboBox *QueueFilterBar::combo(const QString &name, const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(name);
    box->setToolTip(name);
    // Sized for about eight characters rather than the longest agency or service name, so
    // that the filters fit a 1366 px screen; the list that drops down is as wide as its items.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->addItem(tr("%1: any").arg(name), QString());
    for (const auto &item : items)
        box->addItem(item.second, item.first);
    connect(box, &QComboBox::currentIndexChanged, this, &QueueFilterBar::rebuild);
    return box;
}

QueueFilterBar::QueueFilterBar(const core::Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("queueSearch"));
    m_text->setPlaceholderText(tr("Search reference, address, description"));
    m_text->setAccessibleName(tr("Search"));
    // Its clear button's icon loads on the first keystroke, not on the queue's first page.
    enableClearButtonWhenTyped(m_text);
    connect(m_text, &QLineEdit::editingFinished, this, &QueueFilterBar::rebuild);

    QList<QPair<QString, QString>> statuses;
    for (core::TicketStatus s : core::ticketstatus::all())
        statuses.append({core::ticketstatus::toKey(s), core::ticketstatus::displayName(s)});
    m_status = combo(tr("Status"), statuses);
    m_status->setObjectName(QStringLiteral("statusFilter"));

    QList<QPair<QString, QString>> services;
    QList<QPair<QString, QString>> groups;
    QSet<QString> seenGroups;
    // Shown in the interface's language; filtered on the code and the English group.
    const core::CatalogText text;
    for (const core::Service &s : catalog.services()) {
        services.append({s.code, text.name(s)});
        if (!s.group.isEmpty() && !seenGroups.contains(s.group)) {
            seenGroups.insert(s.group);
            groups.append({s.group, text.group(s)});
        }
    }
    m_service = combo(tr("Service"), services);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_group = combo(tr("Group"), groups);
    QList<QPair<QString, QString>> agencies;
    for (const core::Agency &a : catalog.agencies())
        agencies.append({a.id, a.name});
    m_agency = combo(tr("Agency"), agencies);

    m_assignee = combo(tr("Assignee"), {{core::QueueQuery::kUnassigned, tr("Unassigned")}});
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    // An editable box's list drops down only as wide as the box: widen it to its answers.
    QAbstractItemView *assignees = m_assignee->view();
    assignees->setMinimumWidth(assignees->sizeHintForColumn(0) + 2 * assignees->frameWidth());
    connect(m_assignee->lineEdit(), &QLineEdit::editingFinished, this, &QueueFilterBar::rebuild);

    QList<QPair<QString, QString>> priorities;
    for (const QString &k : core::priority::keys())
        priorities.append({k, core::priority::displayName(*core::priority::fromKey(k))});
    m_priority = combo(tr("Priority"), priorities);
    QList<QPair<QString, QString>> channels;
    for (const QString &k : core::channel::keys())
        channels.append({k, core::channel::displayName(*core::channel::fromKey(k))});
    m_channel = combo(tr("Channel"), channels);

    m_district = new QLineEdit(this);
    m_district->setPlaceholderText(tr("District"));
    m_district->setAccessibleName(tr("District"));
    connect(m_district, &QLineEdit::editingFinished, this, &QueueFilterBar::rebuild);
    m_queue = new QLineEdit(this);
    m_queue->setPlaceholderText(tr("Work queue"));
    m_queue->setAccessibleName(tr("Work queue"));
    connect(m_queue, &QLineEdit::editingFinished, this, &QueueFilterBar::rebuild);

    m_created = new QCheckBox(tr("Created from"), this);
    m_created->setObjectName(QStringLiteral("createdRange"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("createdFrom"));
    m_from->setAccessibleName(tr("Created from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("createdTo"));
    m_to->setAccessibleName(tr("Created to"));
    m_to->setCalendarPopup(true);
    for (QDateEdit *e : {m_from, m_to})
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_created, &QCheckBox::toggled, this, &QueueFilterBar::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &QueueFilterBar::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &QueueFilterBar::rebuild);

    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    connect(m_overdue, &QCheckBox::toggled, this, &QueueFilterBar::rebuild);
    m_dueWithin = new QSpinBox(this);
    m_dueWithin->setObjectName(QStringLiteral("dueWithin"));
    m_dueWithin->setAccessibleName(tr("Due within hours"));
    m_dueWithin->setRange(0, 720);
    m_dueWithin->setSpecialValueText(tr("Due within: any"));
    m_dueWithin->setSuffix(tr(" h"));
    m_dueWithin->setPrefix(tr("Due within "));
    connect(m_dueWithin, &QSpinBox::valueChanged, this, &QueueFilterBar::rebuild);
    m_duplicates = combo(tr("Duplicates"), {{QStringLiteral("only"), tr("Duplicates only")},
                                            {QStringLiteral("originals"), tr("Originals only")}});

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    ThemedStyleSheet::set(m_error, QStringLiteral("color: {error};"));
    m_error->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // Six columns in three rows: the queue page leaves room for a dock beside it at 1366 px.
    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_service, 0, 3);
    grid->addWidget(m_group, 0, 4);
    grid->addWidget(m_agency, 0, 5);
    grid->addWidget(m_assignee, 1, 0);
    grid->addWidget(m_priority, 1, 1);
    grid->addWidget(m_channel, 1, 2);
    grid->addWidget(m_district, 1, 3);
    grid->addWidget(m_queue, 1, 4);
    grid->addWidget(m_duplicates, 1, 5);
    auto *range = new QHBoxLayout;
    range->addWidget(m_created);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    // The dates and the SLA filters share one row of their own rather than columns of the
    // grid: their labels, longer in Spanish and French, would widen the combo boxes' columns
    // past a 1366-pixel screen.
    range->addWidget(m_overdue);
    range->addWidget(m_dueWithin);
    range->addStretch();
    grid->addLayout(range, 2, 0, 1, 6);
    grid->addWidget(m_error, 3, 0, 1, 6);
}

void QueueFilterBar::setQuery(const core::QueueQuery &query)
{
    m_updating = true;
    m_query = query;
    m_text->setText(query.text);
    select(m_status, first(query.statuses));
    select(m_service, first(query.services));
    select(m_group, first(query.serviceGroups));
    select(m_agency, first(query.agencies));
    const QString assignee = first(query.assignees);
    if (m_assignee->findData(assignee) < 0 && !assignee.isEmpty())
        m_assignee->addItem(assignee, assignee);
    select(m_assignee, assignee);
    select(m_priority, first(query.priorities));
    select(m_channel, first(query.channels));
    m_district->setText(first(query.districts));
    m_queue->setText(first(query.queues));
    m_created->setChecked(query.createdFrom.isValid() || query.createdTo.isValid());
    if (query.createdFrom.isValid())
        m_from->setDate(query.createdFrom);
    if (query.createdTo.isValid())
        m_to->setDate(query.createdTo);
    m_overdue->setChecked(query.overdue);
    m_dueWithin->setValue(query.dueWithinHours);
    select(m_duplicates,
           query.duplicates == core::QueueQuery::Duplicates::DuplicatesOnly  ? QStringLiteral("only")
           : query.duplicates == core::QueueQuery::Duplicates::OriginalsOnly ? QStringLiteral("originals")
                                                                             : QString());
    m_error->hide();
    m_updating = false;
}

void QueueFilterBar::rebuild()
{
    if (m_updating)
        return;
    core::QueueQuery q = m_query;
    q.text = m_text->text().trimmed();
    q.statuses = one(m_status->currentData().toString());
    q.services = one(m_service->currentData().toString());
    q.serviceGroups = one(m_group->currentData().toString());
    q.agencies = one(m_agency->currentData().toString());
    // A typed name is the assignee; "any" and an empty text mean no filter; a listed entry
    // ("Unassigned") stands for its data.
    const QString typed = m_assignee->currentText().trimmed();
    const int listed = m_assignee->findText(typed);
    if (typed.isEmpty() || listed == 0)
        q.assignees.clear();
    else
        q.assignees = one(listed > 0 ? m_assignee->itemData(listed).toString() : typed);
    q.priorities = one(m_priority->currentData().toString());
    q.channels = one(m_channel->currentData().toString());
    q.districts = one(m_district->text().trimmed());
    q.queues = one(m_queue->text().trimmed());
    q.createdFrom = m_created->isChecked() ? m_from->date() : QDate();
    q.createdTo = m_created->isChecked() ? m_to->date() : QDate();
    q.overdue = m_overdue->isChecked();
    q.dueWithinHours = m_dueWithin->value();
    const QString dup = m_duplicates->currentData().toString();
    q.duplicates = dup == QLatin1String("only")        ? core::QueueQuery::Duplicates::DuplicatesOnly
                   : dup == QLatin1String("originals") ? core::QueueQuery::Duplicates::OriginalsOnly
                                                       : core::QueueQuery::Duplicates::Any;
    if (q.createdFrom.isValid() && q.createdTo.isValid() && q.createdFrom > q.createdTo) {
        m_error->setText(tr("The first day (%1) is after the last day (%2).")
                             .arg(q.createdFrom.toString(Qt::ISODate), q.createdTo.toString(Qt::ISODate)));
        m_error->show();
        return;
    }
    m_error->hide();
    if (q == m_query)
        return;
    m_query = q;
    Q_EMIT queryChanged(q);
}

} // namespace civicdesk::widgets

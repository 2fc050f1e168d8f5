#include "widgets/intake/locationinsightpanel.h"

#include "core/intake/duplicatecandidatemodel.h"
#include "core/intake/locationadvisor.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

LocationInsightPanel::LocationInsightPanel(const core::LocationAdvisor &advisor, const core::Catalog &catalog,
                                           QAction *linkDuplicate, QWidget *parent)
    : QGroupBox(tr("Routing and possible duplicates"), parent), m_advisor(advisor), m_link(linkDuplicate)
{
    setObjectName(QStringLiteral("locationInsight"));
    m_district = valueLabel(QStringLiteral("routingDistrict"), tr("District"), this);
    m_agency = valueLabel(QStringLiteral("routingAgency"), tr("Agency"), this);
    m_queue = valueLabel(QStringLiteral("routingQueue"), tr("Queue"), this);

    m_model = new core::DuplicateCandidateModel(advisor, catalog, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("duplicateCandidates"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(84);
    // A row wraps rather than hide its distance and age behind the scroll bar.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_candidateSummary = new QLabel(this);
    m_candidateSummary->setObjectName(QStringLiteral("duplicateSummary"));
    m_candidateSummary->setWordWrap(true);

    auto *linkButton = new QToolButton(this);
    linkButton->setObjectName(QStringLiteral("linkDuplicateButton"));
    linkButton->setDefaultAction(m_link);
    linkButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("District:"), m_district);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Queue:"), m_queue);
    const core::DuplicateFinder::Options defaults = advisor.duplicateOptions({});
    auto *listLabel = new QLabel(tr("Possible &duplicates (open, within %1, last %2):")
                                     .arg(core::DuplicateCandidateModel::distanceText(defaults.radiusMetres),
                                          core::DuplicateCandidateModel::ageText(defaults.days)),
                                 this);
    listLabel->setWordWrap(true);
    listLabel->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_candidateSummary, 1);
    linkRow->addWidget(linkButton);
    layout->addLayout(linkRow);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LocationInsightPanel::updateCandidateSummary);
    clear();
}

void LocationInsightPanel::clear()
{
    refresh({}, std::nullopt);
}

void LocationInsightPanel::refresh(const QString &serviceCode, std::optional<core::GeoPoint> point)
{
    // With neither a service nor a place there is nothing to route (and no query to run while
    // the window opens).
    const core::LocationRouting r =
        serviceCode.isEmpty() && !point ? core::LocationRouting{} : m_advisor.route(serviceCode, point);
    const QString none = tr("—");
    if (!point)
        m_district->setText(tr("no location yet"));
    else
        m_district->setText(r.district.isEmpty() ? tr("outside every district") : r.district);
    if (serviceCode.isEmpty()) {
        m_agency->setText(tr("choose a service type"));
        m_queue->setText(none);
    } else {
        m_agency->setText(r.agency.isEmpty() ? none
                          : r.byRule         ? r.agency
                                             : tr("%1 (service default)").arg(r.agency));
        m_queue->setText(r.queue.isEmpty() ? none : r.queue);
    }
    m_model->refresh(point, serviceCode);
    updateCandidateSummary();
}

void LocationInsightPanel::updateCandidateSummary()
{
    const int n = m_model->rowCount();
    if (n == 0)
        m_candidateSummary->setText(tr("No open request of this kind nearby."));
    else if (n == 1)
        m_candidateSummary->setText(
            tr("%n open request nearby. The same problem? Link this call to it.", nullptr, n));
    else
        m_candidateSummary->setText(
            tr("%n open requests nearby. The same problem? Select it and link.", nullptr, n));
    Q_EMIT candidatesChanged(n);
}

int LocationInsightPanel::chosenRow() const
{
    if (m_model->rowCount() == 0)
        return -1;
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : 0;
}

QString LocationInsightPanel::chosenCandidateId() const
{
    const int row = chosenRow();
    return row < 0 ? QString() : m_model->index(row).data(core::DuplicateCandidateModel::IdRole).toString();
}

QString LocationInsightPanel::chosenCandidateReference() const
{
    const int row = chosenRow();
    return row < 0 ? QString()
                   : m_model->index(row).data(core::DuplicateCandidateModel::ReferenceRole).toString();
}

} // namespace civicdesk::widgets

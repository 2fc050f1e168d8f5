#pragma once

#include "core/geo/geometry.h"

#include <QGroupBox>
#include <optional>

class QAction;
class QLabel;
class QListView;

namespace civicdesk::core {
class Catalog;
class DuplicateCandidateModel;
class LocationAdvisor;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// Beside the intake form: the district of the call's location, the agency and queue the
// routing rules give its service there, and open tickets nearby that may be the same problem,
// with "Link as duplicate". Everything comes from core::LocationAdvisor; refresh() is called
// when the location or the service changes.
class LocationInsightPanel final : public QGroupBox
{
    Q_OBJECT

public:
    LocationInsightPanel(const core::LocationAdvisor &advisor, const core::Catalog &catalog,
                         QAction *linkDuplicate, QWidget *parent = nullptr);

    void refresh(const QString &serviceCode, std::optional<core::GeoPoint> point);
    void clear();

    // The candidate to link: the selected row, else the nearest. Empty when there is none.
    QString chosenCandidateId() const;
    QString chosenCandidateReference() const;

    core::DuplicateCandidateModel *candidates() const { return m_model; }
    QListView *candidateList() const { return m_list; }
    QLabel *districtLabel() const { return m_district; }
    QLabel *agencyLabel() const { return m_agency; }
    QLabel *queueLabel() const { return m_queue; }

Q_SIGNALS:
    // The list of nearby open tickets changed; count may be 0 (nothing to link).
    void candidatesChanged(int count);

private:
    int chosenRow() const;
    void updateCandidateSummary();

    const core::LocationAdvisor &m_advisor;
    QAction *m_link = nullptr;
    core::DuplicateCandidateModel *m_model = nullptr;
    QLabel *m_district = nullptr;
    QLabel *m_agency = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_candidateSummary = nullptr;
    QListView *m_list = nullptr;
};

} // namespace civicdesk::widgets

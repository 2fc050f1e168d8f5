#pragma once

#include "core/geo/duplicatefinder.h"
#include "core/models/rowmodel.h"

#include <QAbstractListModel>
#include <optional>

namespace civicdesk::core {

class Catalog;
class LocationAdvisor;

// Open tickets that may be the problem the caller reports: the same or a related service,
// near the call's location and recent (LocationAdvisor's defaults, 75 m and 30 days), nearest
// first. One row each: "SR-… · Pothole · 42 m · 3 days".
class DuplicateCandidateModel final
    : public RowModel<QAbstractListModel, std::vector<DuplicateFinder::Candidate>>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString (uuid without braces)
        ReferenceRole,
        ServiceCodeRole,
        ServiceNameRole,
        DistanceMetresRole, // double
        DistanceTextRole,   // "42 m"
        AgeTextRole,        // "3 days"
        AddressRole,
    };

    DuplicateCandidateModel(const LocationAdvisor &advisor, const Catalog &catalog,
                            QObject *parent = nullptr);

    // Finds the candidates again; no point or no service empties the list.
    void refresh(std::optional<GeoPoint> point, const QString &serviceCode);
    void clear();
    const DuplicateFinder::Candidate &candidate(int row) const { return m_rows.at(size_t(row)); }

    QHash<int, QByteArray> roleNames() const override;

    static QString distanceText(double metres);
    static QString ageText(double days);

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    QString serviceName(const QString &code) const;

    const LocationAdvisor &m_advisor;
    const Catalog &m_catalog;
};

} // namespace civicdesk::core

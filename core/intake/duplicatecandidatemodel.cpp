#include "core/intake/duplicatecandidatemodel.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogtext.h"
#include "core/intake/locationadvisor.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace civicdesk::core {

DuplicateCandidateModel::DuplicateCandidateModel(const LocationAdvisor &advisor, const Catalog &catalog,
                                                 QObject *parent)
    : RowModel(parent), m_advisor(advisor), m_catalog(catalog)
{
}

void DuplicateCandidateModel::refresh(std::optional<GeoPoint> point, const QString &serviceCode)
{
    std::vector<DuplicateFinder::Candidate> found;
    if (point && !serviceCode.isEmpty())
        found = m_advisor.duplicates(*point, serviceCode);
    if (found.empty() && m_rows.empty())
        return;
    resetRows(std::move(found));
}

void DuplicateCandidateModel::clear()
{
    refresh(std::nullopt, {});
}

QString DuplicateCandidateModel::serviceName(const QString &code) const
{
    return CatalogText().serviceName(m_catalog, code);
}

QVariant DuplicateCandidateModel::rowData(const Row &c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2 · %3 · %4")
            .arg(c.reference, serviceName(c.serviceCode), distanceText(c.distanceMetres), ageText(c.ageDays));
    case Qt::ToolTipRole:
        return QCoreApplication::translate("DuplicateCandidateModel", "%1, %2 away, reported %3 ago at %4")
            .arg(c.reference, distanceText(c.distanceMetres), ageText(c.ageDays),
                 c.address.isEmpty() ? QCoreApplication::translate("DuplicateCandidateModel", "no address")
                                     : c.address);
    case Qt::AccessibleTextRole:
        return rowData(c, column, Qt::ToolTipRole);
    case IdRole:
        return c.id.toString(QUuid::WithoutBraces);
    case ReferenceRole:
        return c.reference;
    case ServiceCodeRole:
        return c.serviceCode;
    case ServiceNameRole:
        return serviceName(c.serviceCode);
    case DistanceMetresRole:
        return c.distanceMetres;
    case DistanceTextRole:
        return distanceText(c.distanceMetres);
    case AgeTextRole:
        return ageText(c.ageDays);
    case AddressRole:
        return c.address;
    default:
        return {};
    }
}

QHash<int, QByteArray> DuplicateCandidateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "ticketId");
    names.insert(ReferenceRole, "reference");
    names.insert(ServiceCodeRole, "serviceCode");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(DistanceMetresRole, "distanceMetres");
    names.insert(DistanceTextRole, "distanceText");
    names.insert(AgeTextRole, "ageText");
    names.insert(AddressRole, "address");
    return names;
}

QString DuplicateCandidateModel::distanceText(double metres)
{
    if (metres >= 1000.0)
        return QCoreApplication::translate("DuplicateCandidateModel", "%1 km")
            .arg(QLocale().toString(metres / 1000.0, 'f', 1));
    return QCoreApplication::translate("DuplicateCandidateModel", "%1 m").arg(qRound(metres));
}

QString DuplicateCandidateModel::ageText(double days)
{
    // Whole units, rounded down: "3 days" until the fourth day is over, hours on the first day.
    // The English singular and plural are both source texts, so they read right before any
    // translation is loaded; translators still get %n for their own plural forms.
    if (days < 1.0) {
        const int hours = int(std::floor(std::max(0.0, days) * 24.0));
        return hours == 1
                   ? QCoreApplication::translate("DuplicateCandidateModel", "%n hour", nullptr, hours)
                   : QCoreApplication::translate("DuplicateCandidateModel", "%n hours", nullptr, hours);
    }
    const int whole = int(std::floor(days));
    return whole == 1 ? QCoreApplication::translate("DuplicateCandidateModel", "%n day", nullptr, whole)
                      : QCoreApplication::translate("DuplicateCandidateModel", "%n days", nullptr, whole);
}

} // namespace civicdesk::core

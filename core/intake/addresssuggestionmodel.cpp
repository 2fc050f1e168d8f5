#include "core/intake/addresssuggestionmodel.h"

#include "core/geo/geocoder.h"

#include <QCoreApplication>

namespace civicdesk::core {

AddressSuggestionModel::AddressSuggestionModel(const Geocoder &geocoder, QObject *parent)
    : QAbstractListModel(parent), m_geocoder(geocoder)
{
}

void AddressSuggestionModel::setQuery(const QString &text)
{
    const QString query = text.trimmed();
    if (query == m_query)
        return;
    m_query = query;
    std::vector<GeocodeResult> found;
    if (query.size() >= kMinimumLength)
        found = m_geocoder.autocomplete(query, kLimit);
    beginResetModel();
    m_results = std::move(found);
    endResetModel();
}

int AddressSuggestionModel::rowOf(const QString &label) const
{
    for (size_t i = 0; i < m_results.size(); ++i)
        if (m_results[i].label == label)
            return int(i);
    return -1;
}

int AddressSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant AddressSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GeocodeResult &r = m_results.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return r.insideJurisdiction
            ? r.label
            : QCoreApplication::translate("AddressSuggestionModel", "%1 (outside the jurisdiction)").arg(r.label);
    case Qt::EditRole: // what a completer writes into the field
        return r.label;
    case LatitudeRole:
        return r.point.lat;
    case LongitudeRole:
        return r.point.lon;
    case KindRole:
        return GeocodeResult::kindKey(r.kind);
    case InsideJurisdictionRole:
        return r.insideJurisdiction;
    default:
        return {};
    }
}

} // namespace civicdesk::core

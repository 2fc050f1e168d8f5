#include "core/intake/addresssuggestionmodel.h"

#include "core/geo/geocoder.h"

#include <QCoreApplication>

namespace civicdesk::core {

AddressSuggestionModel::AddressSuggestionModel(const Geocoder &geocoder, QObject *parent)
    : RowModel(parent), m_geocoder(geocoder)
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
    resetRows(std::move(found));
}

int AddressSuggestionModel::rowOf(const QString &label) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].label == label)
            return int(i);
    return -1;
}

QVariant AddressSuggestionModel::rowData(const Row &r, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return r.insideJurisdiction
                   ? r.label
                   : QCoreApplication::translate("AddressSuggestionModel", "%1 (outside the jurisdiction)")
                         .arg(r.label);
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

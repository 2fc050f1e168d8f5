#pragma once

#include "core/geo/geocoderesult.h"
#include "core/models/rowmodel.h"

#include <QAbstractListModel>
#include <vector>

namespace civicdesk::core {

class Geocoder;

// The address field's autocomplete list: the geocoder's best completions of what has been
// typed so far, each with its position, so picking one places the pin without a second lookup.
class AddressSuggestionModel final : public RowModel<QAbstractListModel, std::vector<GeocodeResult>>
{
    Q_OBJECT

public:
    enum Role { LatitudeRole = Qt::UserRole + 1, LongitudeRole, KindRole, InsideJurisdictionRole };

    explicit AddressSuggestionModel(const Geocoder &geocoder, QObject *parent = nullptr);

    // Fewer than three characters list nothing: too many streets would match to be useful.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    const GeocodeResult &result(int row) const { return m_rows.at(size_t(row)); }
    // The row whose label is exactly `label`, or -1.
    int rowOf(const QString &label) const;

    static constexpr int kLimit = 8;
    static constexpr int kMinimumLength = 3;

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    const Geocoder &m_geocoder;
    QString m_query;
};

} // namespace civicdesk::core

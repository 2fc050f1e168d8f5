#pragma once

#include "core/geo/addressrecord.h"

#include <QIODevice>
#include <QString>
#include <vector>

namespace civicdesk::core {

// Which columns of an address CSV hold what, each a header name or a 0-based number. An empty
// unit or postcode means the file has none.
struct AddressCsvColumns
{
    QString number = QStringLiteral("number");
    QString street = QStringLiteral("street");
    QString lat = QStringLiteral("lat");
    QString lon = QStringLiteral("lon");
    QString unit;
    QString postcode;
};

// Turns the rows of an address CSV into address records for CityLayerStore::importAddresses,
// each named "line N". A coordinate that is not a finite number refuses the whole file (the
// store then changes nothing), naming file, line and column; a missing house number or street is
// the store's to skip and report, as for GeoJSON.
class AddressCsvMapping final
{
public:
    explicit AddressCsvMapping(AddressCsvColumns columns) : m_columns(std::move(columns)) {}

    // Throws Error (file, line, field) on the first bad row or on a column the header lacks.
    std::vector<AddressRecord> read(QIODevice &device, const QString &file) const;

private:
    AddressCsvColumns m_columns;
};

} // namespace civicdesk::core

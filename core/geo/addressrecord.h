#pragma once

#include "core/geo/geometry.h"

#include <QString>

namespace civicdesk::core {

// One address point as imported (from GeoJSON properties or a CSV row).
struct AddressRecord
{
    QString number; // house number as written: "12", "12B", "12-14"
    QString street;
    QString unit;
    QString postcode;
    GeoPoint point;
    // Where the record came from, as import messages name it: "features[70]" in GeoJSON,
    // "line 52" in CSV. Empty: "record N" by position.
    QString where;
};

} // namespace civicdesk::core

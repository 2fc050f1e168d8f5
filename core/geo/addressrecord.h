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
};

} // namespace civicdesk::core

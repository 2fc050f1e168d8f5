#pragma once

#include "core/geo/geometry.h"

#include <QString>

namespace civicdesk::core {

// One answer of the geocoder, forward or reverse.
struct GeocodeResult
{
    enum class Kind {
        Address,      // an imported address point
        Interpolated, // a house number placed along a street segment's number range
        Street,       // a street without a house number (its middle)
        Intersection, // where two streets meet
    };

    Kind kind = Kind::Address;
    QString label;  // "4 Avenue de la Madone", "Main St & 3rd Ave"
    QString number;
    QString street; // the street's name as imported
    QString unit;   // from the query ("Apt 4B" -> "4B")
    QString postcode;
    GeoPoint point;
    double score = 0.0;          // 1 for an exact match, lower for prefixes and typos
    double distanceMetres = 0.0; // reverse geocoding: from the asked point
    bool insideJurisdiction = true;

    static QString kindKey(Kind kind);
};

} // namespace civicdesk::core

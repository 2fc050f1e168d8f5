#pragma once

#include "core/geo/addressrecord.h"
#include "core/geo/geojsonreader.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace civicdesk::core {

// A named place trainees and callers refer to ("the library on Maple Avenue").
struct DemoLandmark
{
    QString name;
    QString kind; // city_hall, library, school, park, fire_station, community_centre
    QString address;
    GeoPoint point;
};

// Everything DemoCityGenerator makes, in the shapes the existing importers take: GeoJSON-like
// features for CityLayerStore, address records, routing rules as the JSON RoutingRules loads.
struct DemoCity
{
    QString name;
    quint64 seed = 0;
    GeoPoint centre;
    std::vector<GeoFeature> streets;
    std::vector<GeoFeature> districts;
    std::vector<GeoFeature> areas;
    std::vector<AddressRecord> addresses;
    // For each district (same order as districts), the indexes into addresses that lie in it.
    std::vector<std::vector<int>> addressesByDistrict;
    std::vector<QString> districtNames;
    std::vector<DemoLandmark> landmarks;
    QByteArray routingRulesJson;
};

} // namespace civicdesk::core

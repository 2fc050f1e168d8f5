#pragma once

#include "core/geo/citylayerstore.h"
#include "core/geo/geojsonreader.h"

#include <QByteArray>

// A tiny made-up city for geography tests: three streets (Main Street with house-number ranges,
// North Third Avenue crossing it at -93.000/45.000, Elm Street), four address points, two
// districts (North with a park-shaped hole, South as a two-part multipolygon), a park and a pond.
namespace civicdesk::testsupport::fixturecity {

inline QByteArray streets()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Main Street","highway":"primary","from_left":101,"to_left":199,"from_right":100,"to_right":198},
  "geometry":{"type":"LineString","coordinates":[[-93.010,45.000],[-92.990,45.000]]}},
 {"type":"Feature","properties":{"name":"North Third Avenue","highway":"residential"},
  "geometry":{"type":"LineString","coordinates":[[-93.000,44.990],[-93.000,45.010]]}},
 {"type":"Feature","properties":{"name":"Elm Street","highway":"residential"},
  "geometry":{"type":"MultiLineString","coordinates":[[[-93.010,45.005],[-93.000,45.005]],[[-93.000,45.005],[-92.990,45.005]]]}}
]})";
}

inline QByteArray addresses()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"addr:housenumber":"12","addr:street":"Main Street"},"geometry":{"type":"Point","coordinates":[-93.008,45.0002]}},
 {"type":"Feature","properties":{"addr:housenumber":"14","addr:street":"Main Street"},"geometry":{"type":"Point","coordinates":[-93.0078,45.0002]}},
 {"type":"Feature","properties":{"addr:housenumber":"120","addr:street":"Elm Street","addr:postcode":"55401"},"geometry":{"type":"Point","coordinates":[-92.995,45.0052]}},
 {"type":"Feature","properties":{"other_tags":"\"addr:housenumber\"=>\"7\",\"addr:street\"=>\"N 3rd Ave\""},"geometry":{"type":"Point","coordinates":[-92.9998,45.002]}}
]})";
}

inline QByteArray districts()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"North","code":"N1"},"geometry":{"type":"Polygon","coordinates":[
   [[-93.010,45.000],[-92.990,45.000],[-92.990,45.010],[-93.010,45.010],[-93.010,45.000]],
   [[-93.004,45.006],[-93.002,45.006],[-93.002,45.008],[-93.004,45.008],[-93.004,45.006]]]}},
 {"type":"Feature","properties":{"name":"South","code":"S1"},"geometry":{"type":"MultiPolygon","coordinates":[
   [[[-93.010,44.990],[-93.000,44.990],[-93.000,44.9999],[-93.010,44.9999],[-93.010,44.990]]],
   [[[-92.998,44.990],[-92.990,44.990],[-92.990,44.9999],[-92.998,44.9999],[-92.998,44.990]]]]}}
]})";
}

inline QByteArray areas()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Hole Park","leisure":"park"},"geometry":{"type":"Polygon","coordinates":[
   [[-93.004,45.006],[-93.002,45.006],[-93.002,45.008],[-93.004,45.008],[-93.004,45.006]]]}},
 {"type":"Feature","properties":{"name":"Pond","natural":"water"},"geometry":{"type":"Polygon","coordinates":[
   [[-92.996,45.006],[-92.992,45.006],[-92.992,45.009],[-92.996,45.009],[-92.996,45.006]]]}}
]})";
}

// Routing rules for the fixture's districts (docs/geo.md format): a catch-all, potholes
// anywhere, anything in North, potholes in South.
inline QByteArray routingRules()
{
    return R"({"rules":[
  {"agency":"City Services","queue":"General"},
  {"service_code":"POTHOLE","agency":"Public Works","queue":"Roads"},
  {"district":"North","agency":"North Office","queue":"North desk"},
  {"service_code":"POTHOLE","district":"South","agency":"Public Works","queue":"Roads South"}
]})";
}

// Imports every layer into the store.
inline void importAll(const core::Database &db)
{
    core::CityLayerStore store(db);
    const auto read = [](const QByteArray &json, const char *name) {
        core::GeoJsonReader reader(QString::fromLatin1(name));
        return reader.read(json);
    };
    store.importStreets(read(streets(), "streets.geojson"), QStringLiteral("streets.geojson"));
    store.importAddressFeatures(read(addresses(), "addresses.geojson"), QStringLiteral("addresses.geojson"));
    store.importDistricts(read(districts(), "districts.geojson"), QStringLiteral("districts.geojson"));
    store.importAreas(read(areas(), "areas.geojson"), QStringLiteral("areas.geojson"));
}

} // namespace civicdesk::testsupport::fixturecity

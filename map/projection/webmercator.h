#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>

namespace civicdesk::map::webmercator {

// Web Mercator (EPSG:3857) as used by XYZ tiles: at zoom z the world is 256 * 2^z pixels
// square, x grows east from -180°, y grows south from about 85.0511°N.
inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.05112877980659;
inline constexpr double kEarthRadiusM = 6378137.0;

double worldSize(double zoom);
// Fractional zoom is allowed everywhere.
QPointF toWorld(const QGeoCoordinate &coordinate, double zoom);
QGeoCoordinate toCoordinate(const QPointF &world, double zoom);
// Ground metres covered by one pixel at this latitude and zoom.
double metresPerPixel(double latitude, double zoom);
// The geographic bounds of tile x/y at integer zoom z.
QGeoRectangle tileBounds(int z, int x, int y);
// Metres between two coordinates along the sphere (haversine).
double distanceMetres(const QGeoCoordinate &a, const QGeoCoordinate &b);

} // namespace civicdesk::map::webmercator

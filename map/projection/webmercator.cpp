#include "map/projection/webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::map::webmercator {

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF toWorld(const QGeoCoordinate &c, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = std::clamp(c.latitude(), -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (c.longitude() + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0 * size;
    return {x, y};
}

QGeoCoordinate toCoordinate(const QPointF &world, double zoom)
{
    const double size = worldSize(zoom);
    const double lon = world.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * world.y() / size);
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {lat, lon};
}

double metresPerPixel(double latitude, double zoom)
{
    return std::cos(latitude * std::numbers::pi / 180.0) * 2.0 * std::numbers::pi * kEarthRadiusM / worldSize(zoom);
}

QGeoRectangle tileBounds(int z, int x, int y)
{
    const QGeoCoordinate topLeft = toCoordinate(QPointF(x * kTileSize, y * kTileSize), z);
    const QGeoCoordinate bottomRight = toCoordinate(QPointF((x + 1) * kTileSize, (y + 1) * kTileSize), z);
    return QGeoRectangle(topLeft, bottomRight);
}

double distanceMetres(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    const double toRad = std::numbers::pi / 180.0;
    const double dLat = (b.latitude() - a.latitude()) * toRad;
    const double dLon = (b.longitude() - a.longitude()) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.latitude() * toRad) * std::cos(b.latitude() * toRad) * std::sin(dLon / 2)
                           * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace civicdesk::map::webmercator

#include "map/projection/mapviewport.h"

#include "map/projection/webmercator.h"

namespace civicdesk::map {

MapViewport::MapViewport(QPointF centreUnits, double zoom, QSizeF size)
    : m_centre(centreUnits), m_zoom(zoom), m_size(size), m_world(webmercator::worldSize(zoom))
{
}

QPointF MapViewport::unitsToScreen(QPointF units) const
{
    return (units - m_centre) * m_world + QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF MapViewport::screenToUnits(QPointF screen) const
{
    return (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / m_world + m_centre;
}

QPointF MapViewport::coordinateToScreen(const QGeoCoordinate &c) const
{
    return unitsToScreen(coordinateToUnits(c));
}

QGeoCoordinate MapViewport::screenToCoordinate(QPointF screen) const
{
    return unitsToCoordinate(screenToUnits(screen));
}

QRectF MapViewport::visibleUnits() const
{
    return QRectF(screenToUnits({0, 0}), screenToUnits({m_size.width(), m_size.height()}));
}

QPointF MapViewport::coordinateToUnits(const QGeoCoordinate &c)
{
    return webmercator::toWorld(c, 0) / webmercator::kTileSize;
}

QGeoCoordinate MapViewport::unitsToCoordinate(QPointF units)
{
    return webmercator::toCoordinate(units * webmercator::kTileSize, 0);
}

} // namespace civicdesk::map

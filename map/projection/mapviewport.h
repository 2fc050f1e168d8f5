#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace civicdesk::map {

// What one frame of the map shows: a centre, a fractional zoom and a size in logical pixels.
// Positions in "units" are Web Mercator scaled to [0, 1] (x east, y south), the same space the
// pin clustering uses; screen points are logical pixels from the top-left of the view.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(QPointF centreUnits, double zoom, QSizeF size);

    QPointF centreUnits() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    // Pixels across the whole world at this zoom.
    double worldPixels() const { return m_world; }

    QPointF unitsToScreen(QPointF units) const;
    QPointF screenToUnits(QPointF screen) const;
    QPointF coordinateToScreen(const QGeoCoordinate &c) const;
    QGeoCoordinate screenToCoordinate(QPointF screen) const;
    // The visible area in units (may reach past 0..1 at the world's edge).
    QRectF visibleUnits() const;

    static QPointF coordinateToUnits(const QGeoCoordinate &c);
    static QGeoCoordinate unitsToCoordinate(QPointF units);

private:
    QPointF m_centre{0.5, 0.5};
    double m_zoom = 2;
    QSizeF m_size;
    double m_world = 1024;
};

} // namespace civicdesk::map

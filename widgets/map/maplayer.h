#pragma once

#include "map/projection/mapviewport.h"

#include <QObject>

class QPainter;

namespace civicdesk::widgets {

// Something drawn over the basemap (ticket pins, a heatmap). A layer paints in logical pixels
// for the viewport it is given, and may claim a click before the map treats it as its own.
class MapLayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void paint(QPainter &painter, const map::MapViewport &viewport) = 0;
    // True when the layer handled the click at this screen point (the map then does nothing).
    virtual bool click(QPointF screen, const map::MapViewport &viewport)
    {
        Q_UNUSED(screen);
        Q_UNUSED(viewport);
        return false;
    }

Q_SIGNALS:
    // The layer's content changed: the map repaints.
    void changed();
    // The layer wants the map to zoom, e.g. into a clicked cluster.
    void zoomRequested(QPointF centreUnits, double zoom);
};

} // namespace civicdesk::widgets

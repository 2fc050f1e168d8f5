#pragma once

#include <QGeoCoordinate>
#include <QWidget>

#include <memory>

namespace civicdesk::map {
class TileSource;
}

namespace civicdesk::widgets {

class MapLayer;

// What screens (the intake's location section, the ticket map) may ask of a map. MapView is
// the raster implementation; a Qt Location (QQuickWidget) backend could replace it behind this
// interface without touching its users.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setTileSource(std::shared_ptr<map::TileSource> source) = 0;
    virtual void setCenter(const QGeoCoordinate &centre) = 0;
    virtual QGeoCoordinate center() const = 0;
    virtual void setZoom(double zoom) = 0;
    virtual double zoom() const = 0;
    virtual void addLayer(MapLayer *layer) = 0;

    // A draggable location pin (the intake's "where is it?").
    virtual void setPin(const QGeoCoordinate &where) = 0;
    virtual void clearPin() = 0;
    virtual QGeoCoordinate pin() const = 0;
    virtual void setPinDraggable(bool draggable) = 0;

    static constexpr double kMinZoom = 2.0;
    static constexpr double kMaxZoom = 19.0;

Q_SIGNALS:
    // A click (not a drag) on the map where no layer claimed it.
    void clicked(const QGeoCoordinate &where);
    // The user dropped the pin somewhere new.
    void pinMoved(const QGeoCoordinate &where);
    void viewChanged();
};

} // namespace civicdesk::widgets

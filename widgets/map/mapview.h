#pragma once

#include "map/projection/mapviewport.h"
#include "map/tiles/tileid.h"
#include "widgets/map/mapwidget.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointer>

namespace civicdesk::map {
class TileLoader;
}

namespace civicdesk::widgets {

// The raster map: Web Mercator tiles from any TileSource, fractional zoom 2..19, drag to
// pan, wheel and double-click to zoom at the cursor, arrows and +/- on the keyboard, a scale
// bar and the source's attribution. Tiles load on worker threads; until one arrives the
// nearest cached ancestor is drawn scaled up. Without a source the basemap is plain.
class MapView final : public MapWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setTileSource(std::shared_ptr<map::TileSource> source) override;
    void setCenter(const QGeoCoordinate &centre) override;
    QGeoCoordinate center() const override;
    void setZoom(double zoom) override;
    double zoom() const override { return m_zoom; }
    void addLayer(MapLayer *layer) override;

    void setPin(const QGeoCoordinate &where) override;
    void clearPin() override;
    QGeoCoordinate pin() const override { return m_pin; }
    void setPinDraggable(bool draggable) override { m_pinDraggable = draggable; }

    map::MapViewport viewport() const;
    // Zooms so that the map point under `screen` stays under it.
    void zoomAt(QPointF screen, double zoom);
    void setCenterUnits(QPointF units);
    map::TileLoader *tileLoader() const { return m_loader; }
    // The integer zoom whose tiles the current view draws.
    int tileZoom() const;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void drawTiles(QPainter &painter, const map::MapViewport &vp);
    bool drawAncestor(QPainter &painter, const map::TileId &id, const QRectF &target, qreal dpr);
    void drawPin(QPainter &painter, const map::MapViewport &vp);
    void drawScaleBar(QPainter &painter, const map::MapViewport &vp);
    void drawAttribution(QPainter &painter);
    QPointF pinTip(const map::MapViewport &vp) const;
    const QPixmap &pinSprite();
    void viewMoved();

    map::TileLoader *m_loader = nullptr;
    QPointF m_centre{0.5, 0.5};
    double m_zoom = 3.0;
    QList<QPointer<MapLayer>> m_layers;
    QGeoCoordinate m_pin;
    bool m_pinDraggable = true;
    QPixmap m_pinSprite;
    // Tiles resized for the current fractional zoom: a plain blit per frame while panning,
    // instead of a filtered scale of every tile every frame.
    QCache<map::TileId, QImage> m_scaled;
    double m_scaledZoom = -1;
    qreal m_scaledDpr = 0;

    bool m_pressed = false;
    bool m_dragged = false;
    bool m_draggingPin = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_pinGrabOffset;
};

} // namespace civicdesk::widgets

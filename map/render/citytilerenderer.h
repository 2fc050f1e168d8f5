#pragma once

#include "map/tiles/tilesource.h"

#include <QMutex>
#include <QStringList>
#include <optional>

namespace civicdesk::core {
class Database;
}

namespace civicdesk::map {

// The default basemap: draws tiles from the city layers imported into the local store
// (core::CityLayerStore) with QPainter: land use, parks, water, buildings, district boundaries,
// streets by class and street names. Thread-safe: every thread reads through its own
// Database::connection() (threads of a pool should call Database::closeThreadConnection()
// before they end). A devicePixelRatio of 2 paints a 512 px tile with the same layout.
class CityTileRenderer final : public TileSource
{
public:
    explicit CityTileRenderer(const core::Database &db);

    QString name() const override;
    // "© OpenStreetMap contributors" for OSM-derived layers (set at import).
    QString attribution() const override;
    int minZoom() const override { return 10; }
    int maxZoom() const override { return 19; }
    // Null outside coverage() (nothing is painted there) and for a tile with no feature in it:
    // both show as background(), and a cache can keep a marker instead of an image.
    QImage tile(const TileId &id, qreal devicePixelRatio) override;
    // The bounds of the imported streets, districts and areas (addresses lie inside them), read
    // once: null when nothing is imported.
    QRectF coverage() const override;
    QColor background() const override;

    // Paints any rectangle of world pixels at a (fractional) zoom, for screenshots and the PNG
    // mode of civicdesk-render. worldTopLeft is in world pixels at that zoom. Returns whether
    // any feature was drawn (false: the background alone).
    bool paint(QPainter &painter, const QPointF &worldTopLeft, const QSizeF &size, double zoom) const;

private:
    const core::Database &m_db;
    mutable QMutex m_coverageMutex;
    mutable std::optional<QRectF> m_coverage;
};

} // namespace civicdesk::map

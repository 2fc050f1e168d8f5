#pragma once

#include "map/tiles/mbtilesfile.h"

#include <memory>

namespace civicdesk::map {

// Keeps what a slow source (the city renderer) made in an MBTiles file, so each tile is drawn
// once (and a blank tile as a marker, not an image). The file holds one pixel ratio (metadata "scale", 1 or
// 2); requests at another ratio go straight to the inner source. Thread-safe when the inner source is.
class CachedTileSource final : public TileSource
{
public:
    CachedTileSource(std::shared_ptr<TileSource> inner, std::shared_ptr<MbTilesFile> cache);

    QString name() const override { return m_inner->name(); }
    QString attribution() const override { return m_inner->attribution(); }
    int minZoom() const override { return m_inner->minZoom(); }
    int maxZoom() const override { return m_inner->maxZoom(); }
    QRectF coverage() const override { return m_inner->coverage(); }
    QColor background() const override { return m_inner->background(); }
    // A tile outside the inner source's coverage is neither drawn nor written; a blank one
    // inside it (a null image) is kept as a marker, so it is not drawn again either.
    QImage tile(const TileId &id, qreal devicePixelRatio) override;

    // Drops every cached tile (after the city layers were imported again).
    void clear();

private:
    std::shared_ptr<TileSource> m_inner;
    std::shared_ptr<MbTilesFile> m_cache;
    qreal m_scale = 1.0;
};

} // namespace civicdesk::map

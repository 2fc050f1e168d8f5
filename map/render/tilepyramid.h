#pragma once

#include "core/geo/geometry.h"
#include "map/tiles/tileid.h"

#include <QList>
#include <functional>

namespace civicdesk::core {
class CityLayerStore;
}

namespace civicdesk::map {

class MbTilesFile;
class TileSource;

// Every tile over an area, from one zoom level to another: what `civicdesk-render render-tiles`
// writes into an MBTiles file for desks that work offline.
class TilePyramid final
{
public:
    static constexpr int kMaxZoom = 20;

    // scale 1 draws 256 px tiles, 2 draws 512 px ones. Throws core::Error for an empty box, a zoom
    // range outside 0..kMaxZoom or reversed, or another scale, before anything is written.
    TilePyramid(core::GeoBox box, int minZoom, int maxZoom, double scale = 1);

    // The area to render when none is given: the streets and districts, which outline the city
    // (stray area polygons, offshore rocks, would not); all layers when it has neither. Invalid
    // when nothing is imported.
    static core::GeoBox cityBounds(const core::CityLayerStore &layers);

    // The tiles of one level that touch the box, row by row.
    QList<TileId> tiles(int zoom) const;
    const core::GeoBox &box() const { return m_box; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    double scale() const { return m_scale; }

    // Draws every tile from source into file, one transaction per level, and sets the MBTiles metadata
    // (bounds, centre, zooms, scale, attribution). A tile with nothing on it is stored as the source's
    // background, since other MBTiles readers expect an image. levelDone(zoom, tiles) after each level.
    // Returns the number of tiles written.
    int write(TileSource &source, MbTilesFile &file,
              const std::function<void(int zoom, int tiles)> &levelDone = {}) const;

private:
    core::GeoBox m_box;
    int m_minZoom;
    int m_maxZoom;
    double m_scale;
};

} // namespace civicdesk::map

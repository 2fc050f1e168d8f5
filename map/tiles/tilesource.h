#pragma once

#include "map/tiles/tileid.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QString>

namespace civicdesk::map {

// Where map tiles come from: an MBTiles file, the built-in renderer of the city layers, or an
// optional online XYZ server. The map view asks from worker threads, so tile() must be
// thread-safe and may block (disk, painting, network).
class TileSource
{
public:
    virtual ~TileSource() = default;

    virtual QString name() const = 0;
    // Shown on the map, e.g. "© OpenStreetMap contributors".
    virtual QString attribution() const = 0;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;

    // The tile at devicePixelRatio (a 2.0 request returns a 512 px image for sharp high-DPI
    // maps, with QImage::devicePixelRatio set). A null image means "no tile here".
    virtual QImage tile(const TileId &id, qreal devicePixelRatio) = 0;

    // Where the source has anything to draw, in Web Mercator units (0..1 both ways, y down);
    // a null rectangle means everywhere. Maps ask for no tile outside it and show background()
    // there, so a zoomed-out view over a city costs a handful of tiles, not the world.
    virtual QRectF coverage() const { return {}; }
    // The colour of a tile with nothing on it (outside the coverage, or a null tile()); invalid
    // means the map's own background.
    virtual QColor background() const { return {}; }
    // Whether the tile lies at least partly inside coverage().
    bool covers(const TileId &id) const
    {
        const QRectF c = coverage();
        if (c.isNull())
            return true;
        const double n = double(1 << id.z);
        return QRectF(id.x / n, id.y / n, 1.0 / n, 1.0 / n).intersects(c);
    }

    // Asks tile() calls that are waiting (on a network, say) to give up and return a null
    // image soon; the map calls it when it goes away, so closing never waits on a server.
    virtual void cancelPending() {}
};

} // namespace civicdesk::map

#include "map/render/tilepyramid.h"

#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/store/transaction.h"
#include "map/projection/webmercator.h"
#include "map/tiles/mbtilesfile.h"
#include "map/tiles/tilesource.h"

#include <QCoreApplication>
#include <QImage>

namespace civicdesk::map {

TilePyramid::TilePyramid(core::GeoBox box, int minZoom, int maxZoom, double scale)
    : m_box(box), m_minZoom(minZoom), m_maxZoom(maxZoom), m_scale(scale)
{
    if (!box.isValid())
        throw core::Error(QCoreApplication::translate("TilePyramid", "the area to render is empty"),
                          {{QStringLiteral("bbox"), QCoreApplication::translate("TilePyramid", "empty")}});
    if (minZoom < 0 || maxZoom > kMaxZoom || minZoom > maxZoom)
        throw core::Error(
            QCoreApplication::translate("TilePyramid", "zoom %1-%2: levels from 0 to %3, lowest first")
                .arg(minZoom)
                .arg(maxZoom)
                .arg(kMaxZoom),
            {{QStringLiteral("zoom"), QCoreApplication::translate("TilePyramid", "from 0 to 20")}});
    if (scale != 1.0 && scale != 2.0)
        throw core::Error(QCoreApplication::translate("TilePyramid", "tile scale %1: 1 or 2").arg(scale),
                          {{QStringLiteral("scale"), QCoreApplication::translate("TilePyramid", "1 or 2")}});
}

core::GeoBox TilePyramid::cityBounds(const core::CityLayerStore &layers)
{
    const core::GeoBox outline =
        layers.extent({core::CityLayerStore::Layer::Streets, core::CityLayerStore::Layer::Districts});
    return outline.isValid() ? outline : layers.extent();
}

QList<TileId> TilePyramid::tiles(int zoom) const
{
    const QPointF a =
        webmercator::toWorld(QGeoCoordinate(m_box.maxLat, m_box.minLon), zoom) / webmercator::kTileSize;
    const QPointF b =
        webmercator::toWorld(QGeoCoordinate(m_box.minLat, m_box.maxLon), zoom) / webmercator::kTileSize;
    QList<TileId> ids;
    for (int y = static_cast<int>(a.y()); y <= static_cast<int>(b.y()); ++y)
        for (int x = static_cast<int>(a.x()); x <= static_cast<int>(b.x()); ++x)
            // The south or east edge of the world lies on the first tile past it.
            if (const TileId id{zoom, x, y}; id.isValid())
                ids.append(id);
    return ids;
}

int TilePyramid::write(TileSource &source, MbTilesFile &file,
                       const std::function<void(int, int)> &levelDone) const
{
    file.setMetadata(QStringLiteral("attribution"), source.attribution());
    file.setMetadata(QStringLiteral("minzoom"), QString::number(m_minZoom));
    file.setMetadata(QStringLiteral("maxzoom"), QString::number(m_maxZoom));
    file.setMetadata(QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4")
                                                   .arg(m_box.minLon)
                                                   .arg(m_box.minLat)
                                                   .arg(m_box.maxLon)
                                                   .arg(m_box.maxLat));
    file.setMetadata(QStringLiteral("center"), QStringLiteral("%1,%2,%3")
                                                   .arg((m_box.minLon + m_box.maxLon) / 2)
                                                   .arg((m_box.minLat + m_box.maxLat) / 2)
                                                   .arg(m_minZoom));
    file.setMetadata(QStringLiteral("scale"), QString::number(m_scale));
    int total = 0;
    for (int zoom = m_minZoom; zoom <= m_maxZoom; ++zoom) {
        const QList<TileId> ids = tiles(zoom);
        core::Transaction tx(file.connection());
        for (const TileId &id : ids) {
            QImage image = source.tile(id, m_scale);
            if (image.isNull()) {
                image = QImage(QSize(256, 256) * m_scale, QImage::Format_ARGB32_Premultiplied);
                image.fill(source.background());
            }
            file.writeTile(id, image);
        }
        tx.commit();
        total += static_cast<int>(ids.size());
        if (levelDone)
            levelDone(zoom, static_cast<int>(ids.size()));
    }
    return total;
}

} // namespace civicdesk::map

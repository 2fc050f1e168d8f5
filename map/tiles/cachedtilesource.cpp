#include "map/tiles/cachedtilesource.h"

#include "core/store/sqlquery.h"

#include <cmath>

namespace civicdesk::map {

CachedTileSource::CachedTileSource(std::shared_ptr<TileSource> inner, std::shared_ptr<MbTilesFile> cache)
    : m_inner(std::move(inner)), m_cache(std::move(cache))
{
    const QMap<QString, QString> meta = m_cache->metadata();
    bool ok = false;
    const double scale = meta.value(QStringLiteral("scale")).toDouble(&ok);
    if (ok && scale > 0) {
        m_scale = scale;
    } else {
        m_cache->setMetadata(QStringLiteral("scale"), QStringLiteral("1"));
    }
    if (meta.value(QStringLiteral("attribution")).isEmpty())
        m_cache->setMetadata(QStringLiteral("attribution"), m_inner->attribution());
}

QImage CachedTileSource::tile(const TileId &id, qreal devicePixelRatio)
{
    if (!covers(id))
        return {};
    const bool cacheable = std::abs(devicePixelRatio - m_scale) < 0.01;
    if (cacheable) {
        if (const std::optional<QByteArray> stored = m_cache->storedTileData(id)) {
            if (stored->isEmpty())
                return {}; // the blank marker
            QImage cached;
            if (cached.loadFromData(*stored)) { // a corrupt tile is drawn and written again
                cached.setDevicePixelRatio(m_scale);
                return cached;
            }
        }
    }
    QImage image = m_inner->tile(id, devicePixelRatio);
    if (cacheable) {
        if (image.isNull())
            m_cache->writeBlankTile(id);
        else
            m_cache->writeTile(id, image);
    }
    return image;
}

void CachedTileSource::clear()
{
    core::SqlQuery::execute(m_cache->connection(), QStringLiteral("DELETE FROM tiles"));
}

} // namespace civicdesk::map

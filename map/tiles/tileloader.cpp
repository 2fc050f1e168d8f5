#include "map/tiles/tileloader.h"

#include <QPointer>
#include <QRunnable>

namespace civicdesk::map {

TileLoader::TileLoader(QObject *parent) : QObject(parent)
{
    // Two workers: this machine class has two cores, and the UI thread needs one of them.
    m_pool.setMaxThreadCount(2);
    setCacheMegabytes(96);
}

TileLoader::~TileLoader()
{
    m_pool.clear();
    if (m_source)
        m_source->cancelPending();
    m_pool.waitForDone();
}

void TileLoader::setSource(std::shared_ptr<TileSource> source)
{
    m_pool.clear();
    if (m_source)
        m_source->cancelPending();
    ++m_generation;
    m_source = std::move(source);
    m_cache.clear();
    m_pending.clear();
    m_empty.clear();
}

void TileLoader::setCacheMegabytes(int megabytes)
{
    // QCache costs are in kilobytes of decoded image.
    m_cache.setMaxCost(qMax(1, megabytes) * 1024);
}

TileLoader::Key TileLoader::keyOf(const TileId &id, qreal dpr)
{
    return {id, qRound(dpr * 100)};
}

const QImage *TileLoader::cached(const TileId &id, qreal devicePixelRatio)
{
    return m_cache.object(keyOf(id, devicePixelRatio));
}

bool TileLoader::isPending(const TileId &id, qreal devicePixelRatio) const
{
    return m_pending.contains(keyOf(id, devicePixelRatio));
}

void TileLoader::request(const TileId &id, qreal devicePixelRatio)
{
    const Key key = keyOf(id, devicePixelRatio);
    if (!m_source || !id.isValid() || m_cache.contains(key) || m_pending.contains(key) || m_empty.contains(key))
        return;
    if (id.z < m_source->minZoom() || id.z > m_source->maxZoom())
        return;
    m_pending.insert(key);
    ++m_fetches;
    const quint64 generation = m_generation;
    std::shared_ptr<TileSource> source = m_source;
    QPointer<TileLoader> self(this);
    m_pool.start([self, source, generation, key, devicePixelRatio] {
        QImage image = source->tile(key.id, devicePixelRatio);
        // Convert here, off the UI thread, so painting never converts formats.
        if (!image.isNull() && image.format() != QImage::Format_ARGB32_Premultiplied)
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, generation, key, image] {
                if (self)
                    self->deliver(generation, key, image);
            },
            Qt::QueuedConnection);
    });
}

void TileLoader::deliver(quint64 generation, Key key, QImage image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(key);
    if (image.isNull()) {
        m_empty.insert(key);
    } else {
        const int cost = qMax(1, int(image.sizeInBytes() / 1024));
        m_cache.insert(key, new QImage(std::move(image)), cost);
    }
    Q_EMIT tileReady(key.id);
}

void TileLoader::cancelQueued()
{
    // Jobs that never start never deliver; forget them so they can be asked for again.
    m_pool.clear();
    ++m_generation;
    m_pending.clear();
}

void TileLoader::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace civicdesk::map

#include "map/tiles/tileloader.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>
#include <QRunnable>
#include <exception>

namespace civicdesk::map {

namespace {
// What a tile whose source failed looks like: grey with a red cross, so the call taker sees a
// broken part of the map rather than a blank that reads as "nothing here".
QImage errorTile(qreal devicePixelRatio)
{
    const int side = qRound(256 * devicePixelRatio);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xe0, 0xe0, 0xe0));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 3 * devicePixelRatio));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    const int inset = side / 3;
    painter.drawLine(inset, inset, side - inset, side - inset);
    painter.drawLine(side - inset, inset, inset, side - inset);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}
} // namespace

TileLoader::TileLoader(QObject *parent) : QObject(parent)
{
    // Two workers: this machine class has two cores, and the UI thread needs one of them.
    m_pool.setMaxThreadCount(2);
    setCacheMegabytes(96);
}

TileLoader::~TileLoader()
{
    m_queue.clear();
    if (m_source)
        m_source->cancelPending();
    m_pool.waitForDone();
}

void TileLoader::setSource(std::shared_ptr<TileSource> source)
{
    if (m_source)
        m_source->cancelPending();
    ++m_generation; // what the old source still delivers is dropped
    m_source = std::move(source);
    m_cache.clear();
    m_queue.clear();
    m_queued.clear();
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
    const Key key = keyOf(id, devicePixelRatio);
    return m_pending.contains(key) || m_queued.contains(key);
}

void TileLoader::request(const TileId &id, qreal devicePixelRatio)
{
    const Key key = keyOf(id, devicePixelRatio);
    if (!m_source || !id.isValid() || m_cache.contains(key) || m_pending.contains(key) ||
        m_queued.contains(key) || m_empty.contains(key))
        return;
    if (id.z < m_source->minZoom() || id.z > m_source->maxZoom() || !m_source->covers(id))
        return; // the background shows there; nothing to fetch or remember
    if (m_queue.size() >= kMaxQueued)
        return;
    m_queue.append(key);
    m_queued.insert(key);
    startQueued();
}

void TileLoader::keepQueuedOnly(const QList<TileId> &ids, qreal devicePixelRatio)
{
    if (m_queue.isEmpty())
        return;
    QSet<Key> wanted;
    wanted.reserve(ids.size());
    for (const TileId &id : ids)
        wanted.insert(keyOf(id, devicePixelRatio));
    m_queue.removeIf([&](const Key &k) {
        if (wanted.contains(k))
            return false;
        m_queued.remove(k);
        return true;
    });
}

void TileLoader::startQueued()
{
    while (m_running < m_pool.maxThreadCount() && !m_queue.isEmpty()) {
        const Key key = m_queue.takeFirst();
        m_queued.remove(key);
        m_pending.insert(key);
        ++m_running;
        ++m_fetches;
        const quint64 generation = m_generation;
        const qreal devicePixelRatio = key.dprPercent / 100.0;
        std::shared_ptr<TileSource> source = m_source;
        QPointer<TileLoader> self(this);
        m_pool.start([self, source, generation, key, devicePixelRatio] {
            // An exception that leaves a pool thread ends the program: every failure of the
            // source becomes an error tile and a message instead.
            QImage image;
            QString failure;
            try {
                image = source->tile(key.id, devicePixelRatio);
                // Convert here, off the UI thread, so painting never converts formats.
                if (!image.isNull() && image.format() != QImage::Format_ARGB32_Premultiplied)
                    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            } catch (const std::exception &e) {
                failure = QString::fromUtf8(e.what());
            } catch (...) {
                failure = QCoreApplication::translate("TileLoader", "unknown error");
            }
            if (!failure.isEmpty())
                image = errorTile(devicePixelRatio);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, key, image, failure] {
                    if (!self)
                        return;
                    self->deliver(generation, key, image);
                    if (!failure.isEmpty() && generation == self->m_generation)
                        Q_EMIT self->tileFailed(key.id, failure);
                },
                Qt::QueuedConnection);
        });
    }
}

void TileLoader::deliver(quint64 generation, Key key, QImage image)
{
    --m_running;
    if (generation == m_generation) {
        m_pending.remove(key);
        if (image.isNull()) {
            m_empty.insert(key);
        } else {
            const int cost = qMax(1, int(image.sizeInBytes() / 1024));
            m_cache.insert(key, new QImage(std::move(image)), cost);
        }
    }
    startQueued();
    if (generation == m_generation)
        Q_EMIT tileReady(key.id);
}

void TileLoader::cancelQueued()
{
    m_queue.clear();
    m_queued.clear();
}

void TileLoader::waitForIdle()
{
    // Deliveries come back as queued calls to this object; handing them over here starts the
    // next queued fetches, until none is left.
    while (m_running > 0 || !m_queue.isEmpty()) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace civicdesk::map

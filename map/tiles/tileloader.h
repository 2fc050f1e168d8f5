#pragma once

#include "map/tiles/tileid.h"
#include "map/tiles/tilesource.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

namespace civicdesk::map {

// Fetches tiles from a TileSource on worker threads and keeps the most recently used ones in
// memory. The UI asks with cached() (never blocks) and request(); tileReady() says when to
// repaint. Tiles are keyed by id and device pixel ratio, so a screen change refetches.
class TileLoader final : public QObject
{
    Q_OBJECT

public:
    explicit TileLoader(QObject *parent = nullptr);
    ~TileLoader() override;

    // Shared, because worker threads may still be using the old source after a switch.
    void setSource(std::shared_ptr<TileSource> source);
    TileSource *source() const { return m_source.get(); }

    // The cache holds this many megabytes of decoded tiles (default 96).
    void setCacheMegabytes(int megabytes);
    int cachedTileCount() const { return m_cache.count(); }

    // The tile if it is in memory (and refreshes its place in the LRU order), else null.
    const QImage *cached(const TileId &id, qreal devicePixelRatio);
    // Queues a fetch unless the tile is cached, in flight, or known to be empty.
    void request(const TileId &id, qreal devicePixelRatio);
    bool isPending(const TileId &id, qreal devicePixelRatio) const;
    // Forgets queued fetches that have not started (after a big jump of the view).
    void cancelQueued();
    // Waits for the running fetches; for shutdown and tests.
    void waitForIdle();
    int fetchCount() const { return m_fetches; }
    // Tests shorten the pool threads' idle expiry to make them come and go.
    QThreadPool &pool() { return m_pool; }

Q_SIGNALS:
    void tileReady(const civicdesk::map::TileId &id);
    // The source threw for this tile; it shows as an error tile until the cache drops it.
    void tileFailed(const civicdesk::map::TileId &id, const QString &message);

private:
    struct Key
    {
        TileId id;
        int dprPercent = 100;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.id, k.dprPercent); }
    static Key keyOf(const TileId &id, qreal dpr);
    void deliver(quint64 generation, Key key, QImage image);

    std::shared_ptr<TileSource> m_source;
    QCache<Key, QImage> m_cache;
    QSet<Key> m_pending;
    QSet<Key> m_empty; // tiles the source has no image for
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_fetches = 0;
};

} // namespace civicdesk::map

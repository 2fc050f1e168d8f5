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
// Requests wait in a queue of its own, bounded and in the order asked, and start one per free
// worker: the view drops what it no longer shows (keepQueuedOnly()), so after a zoom out and
// back the visible tiles never wait behind thousands that left the screen.
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
    // Queues a fetch unless the tile is cached, queued, in flight, known to be empty or outside
    // the source's coverage, or the queue is full (kMaxQueued; the view asks again next paint).
    void request(const TileId &id, qreal devicePixelRatio);
    // The source had no image for it (blank): the background shows there.
    bool isBlank(const TileId &id, qreal devicePixelRatio) const
    {
        return m_empty.contains(keyOf(id, devicePixelRatio));
    }
    // Queued or in flight.
    bool isPending(const TileId &id, qreal devicePixelRatio) const;
    // Drops queued fetches that have not started, except those of these tiles (what the view
    // shows now). Fetches in flight finish and are cached.
    void keepQueuedOnly(const QList<TileId> &ids, qreal devicePixelRatio);
    // Forgets queued fetches that have not started (after a big jump of the view).
    void cancelQueued();
    // Runs the queue dry and waits for every fetch; for shutdown, benchmarks and tests.
    void waitForIdle();
    // Fetches started (each one a tile() call on the source).
    int fetchCount() const { return m_fetches; }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }

    static constexpr int kMaxQueued = 256;
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
    void startQueued();
    void deliver(quint64 generation, Key key, QImage image);

    std::shared_ptr<TileSource> m_source;
    QCache<Key, QImage> m_cache;
    QList<Key> m_queue; // waiting for a worker, first asked first
    QSet<Key> m_queued;
    QSet<Key> m_pending; // in flight
    int m_running = 0;   // started and not yet delivered, of any generation
    QSet<Key> m_empty;   // tiles the source has no image for
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_fetches = 0;
};

} // namespace civicdesk::map

#pragma once

#include "map/tiles/tilesource.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>

namespace civicdesk::map {

class XyzFetcher;

// An online tile server addressed by a URL template such as
// "https://tile.example.org/{z}/{x}/{y}.png" ({s} is not supported; {r} becomes "@2x" on
// high-DPI requests). Off by default and never needed: the city renderer works offline.
// Responses are kept in a QNetworkDiskCache, so tiles seen once also show offline.
class XyzTileSource final : public TileSource
{
public:
    struct Settings
    {
        QString urlTemplate;
        QString attribution;
        QString cacheDirectory; // empty: no disk cache
        int minZoom = 0;
        int maxZoom = 19;
        qint64 cacheMegabytes = 200;
        std::chrono::milliseconds timeout{15000};
        QString userAgent = QStringLiteral("CivicDesk");
    };

    // Throws core::Error when the template lacks {z}, {x} or {y} or is not http(s).
    explicit XyzTileSource(Settings settings);
    ~XyzTileSource() override;
    Q_DISABLE_COPY_MOVE(XyzTileSource)

    QString name() const override { return QStringLiteral("xyz"); }
    QString attribution() const override { return m_settings.attribution; }
    int minZoom() const override { return m_settings.minZoom; }
    int maxZoom() const override { return m_settings.maxZoom; }
    QImage tile(const TileId &id, qreal devicePixelRatio) override;
    void cancelPending() override;

    QString urlFor(const TileId &id, qreal devicePixelRatio) const;
    // Requests answered from the disk cache rather than the network, for tests and status.
    int cacheHits() const;

private:
    Settings m_settings;
    QThread m_thread; // owns the network manager; tile() waits on it from worker threads
    XyzFetcher *m_fetcher = nullptr;
    std::atomic<quint64> m_epoch{0}; // bumped by cancelPending(): older requests give up
};

} // namespace civicdesk::map

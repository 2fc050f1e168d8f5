#pragma once

#include "map/tiles/tilesource.h"

#include <QColor>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>

// A TileSource for tests: each zoom level is one flat colour, every call is counted, and one
// zoom level can be held back until the test releases it (to watch the fallback at work).
class TestTileSource final : public civicdesk::map::TileSource
{
public:
    static QColor colorFor(int z) { return QColor::fromHsv((z * 37) % 360, 200, 220); }

    QString name() const override { return QStringLiteral("test"); }
    QString attribution() const override { return QStringLiteral("© Test tiles"); }
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 18; }

    QImage tile(const civicdesk::map::TileId &id, qreal dpr) override
    {
        ++calls;
        lastDpr = dpr;
        {
            QMutexLocker lock(&m_mutex);
            while (id.z == m_heldZoom)
                m_released.wait(&m_mutex);
        }
        const int side = qRound(256 * dpr);
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(colorFor(id.z));
        image.setDevicePixelRatio(dpr);
        return image;
    }

    void holdZoom(int z)
    {
        QMutexLocker lock(&m_mutex);
        m_heldZoom = z;
    }
    void release()
    {
        QMutexLocker lock(&m_mutex);
        m_heldZoom = -1;
        m_released.wakeAll();
    }

    std::atomic<int> calls{0};
    std::atomic<double> lastDpr{0};

private:
    QMutex m_mutex;
    QWaitCondition m_released;
    int m_heldZoom = -1;
};

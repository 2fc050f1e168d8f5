#include "map/tiles/xyztilesource.h"

#include "core/domain/error.h"
#include "map/tiles/xyzfetcher.h"

#include <QUrl>

#include <future>

namespace civicdesk::map {

XyzTileSource::XyzTileSource(Settings settings) : m_settings(std::move(settings))
{
    const QString &t = m_settings.urlTemplate;
    const QUrl probe(QString(t).replace(QLatin1Char('{'), QLatin1Char('_')).replace(QLatin1Char('}'), QLatin1Char('_')));
    if (!t.contains(QLatin1String("{z}")) || !t.contains(QLatin1String("{x}")) || !t.contains(QLatin1String("{y}")))
        throw core::Error(QStringLiteral("tile URL template \"%1\" must contain {z}, {x} and {y}").arg(t),
                          {{QStringLiteral("urlTemplate"), QStringLiteral("missing {z}, {x} or {y}")}});
    if (!probe.isValid() || (probe.scheme() != QLatin1String("http") && probe.scheme() != QLatin1String("https")))
        throw core::Error(QStringLiteral("tile URL template \"%1\" is not an http(s) URL").arg(t),
                          {{QStringLiteral("urlTemplate"), QStringLiteral("not an http(s) URL")}});
    m_settings.minZoom = qBound(0, m_settings.minZoom, 22);
    m_settings.maxZoom = qBound(m_settings.minZoom, m_settings.maxZoom, 22);
    m_fetcher = new XyzFetcher(m_settings.cacheDirectory, m_settings.cacheMegabytes, m_settings.userAgent);
    m_fetcher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("xyz-tiles"));
    m_thread.start();
}

XyzTileSource::~XyzTileSource()
{
    m_thread.quit();
    m_thread.wait();
}

QString XyzTileSource::urlFor(const TileId &id, qreal devicePixelRatio) const
{
    QString url = m_settings.urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(id.z))
        .replace(QLatin1String("{x}"), QString::number(id.x))
        .replace(QLatin1String("{y}"), QString::number(id.y))
        .replace(QLatin1String("{r}"), devicePixelRatio > 1.0 ? QStringLiteral("@2x") : QString());
    return url;
}

void XyzTileSource::cancelPending()
{
    ++m_epoch;
    XyzFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(fetcher, [fetcher] { fetcher->abortAll(); }, Qt::QueuedConnection);
}

int XyzTileSource::cacheHits() const
{
    return m_fetcher ? m_fetcher->cacheHits() : 0;
}

QImage XyzTileSource::tile(const TileId &id, qreal devicePixelRatio)
{
    if (!id.isValid() || id.z < m_settings.minZoom || id.z > m_settings.maxZoom)
        return {};
    const QUrl url(urlFor(id, devicePixelRatio));
    auto promise = std::make_shared<std::promise<QByteArray>>();
    std::future<QByteArray> result = promise->get_future();
    const int timeoutMs = int(m_settings.timeout.count());
    XyzFetcher *fetcher = m_fetcher;
    const quint64 epoch = m_epoch.load();
    std::atomic<quint64> *current = &m_epoch;
    QMetaObject::invokeMethod(
        fetcher,
        [fetcher, url, timeoutMs, promise, epoch, current] {
            // Cancelled before it reached the network thread: never start it.
            if (current->load() != epoch) {
                promise->set_value({});
                return;
            }
            fetcher->fetch(url, timeoutMs, [promise](QByteArray bytes, bool) { promise->set_value(std::move(bytes)); });
        },
        Qt::QueuedConnection);
    // The transfer timeout ends the reply; this wait only guards against a stuck thread.
    if (result.wait_for(m_settings.timeout * 2) != std::future_status::ready)
        return {};
    QImage image = QImage::fromData(result.get());
    if (image.isNull())
        return {};
    // A server without @2x tiles still answers 256 px ones; scale up, better than nothing.
    const int want = qRound(256 * devicePixelRatio);
    if (image.width() != want)
        image = image.scaled(want, want, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace civicdesk::map

#include "map/tiles/xyzfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace civicdesk::map {

XyzFetcher::XyzFetcher(QString cacheDirectory, qint64 cacheMegabytes, QString userAgent)
    : m_cacheDirectory(std::move(cacheDirectory)), m_cacheMegabytes(cacheMegabytes), m_userAgent(std::move(userAgent))
{
}

QNetworkAccessManager *XyzFetcher::manager()
{
    // Made on first use, on this object's thread, so it belongs to that thread.
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        if (!m_cacheDirectory.isEmpty()) {
            auto *cache = new QNetworkDiskCache(m_manager);
            cache->setCacheDirectory(m_cacheDirectory);
            cache->setMaximumCacheSize(m_cacheMegabytes * 1024 * 1024);
            m_manager->setCache(cache);
        }
    }
    return m_manager;
}

void XyzFetcher::fetch(const QUrl &url, int timeoutMs, std::function<void(QByteArray, bool)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager()->get(request);
    m_active.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_active.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && (status == 0 || status == 200);
        if (ok && reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
            ++m_cacheHits;
        done(ok ? reply->readAll() : QByteArray(), ok);
    });
}

void XyzFetcher::abortAll()
{
    // abort() emits finished() at once, which removes the reply from the set: iterate a copy.
    const QSet<QNetworkReply *> active = m_active;
    for (QNetworkReply *reply : active)
        reply->abort();
}

} // namespace civicdesk::map

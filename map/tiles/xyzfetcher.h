#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace civicdesk::map {

// Lives on XyzTileSource's network thread: one QNetworkAccessManager and its disk cache,
// which are not thread-safe and so are never touched from the tile workers.
class XyzFetcher final : public QObject
{
    Q_OBJECT

public:
    XyzFetcher(QString cacheDirectory, qint64 cacheMegabytes, QString userAgent);

    // Runs on the network thread; calls done(bytes, ok) there when the reply ends.
    void fetch(const QUrl &url, int timeoutMs, std::function<void(QByteArray, bool)> done);
    int cacheHits() const { return m_cacheHits.load(); }
    // Runs on the network thread: ends every reply in flight (each reports failure).
    void abortAll();

private:
    QNetworkAccessManager *manager();

    QString m_cacheDirectory;
    qint64 m_cacheMegabytes;
    QString m_userAgent;
    QNetworkAccessManager *m_manager = nullptr;
    QSet<QNetworkReply *> m_active;
    std::atomic<int> m_cacheHits{0};
};

} // namespace civicdesk::map

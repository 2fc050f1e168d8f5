#pragma once

#include "core/store/database.h"
#include "core/sync/serversettings.h"
#include "core/sync/syncreport.h"
#include "core/sync/syncstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace civicdesk::core {

class KnowledgeBaseSink;
class SyncSession;

// Lives on the sync thread: owns that thread's server connection (and, through
// Database::connection(), its own SQLite connection), runs sync cycles when woken by a local
// change, a server NOTIFY, a poll or "Sync now", and backs off with jitter while offline.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const Database &local, ServerSettings settings, QString password, KnowledgeBaseSink *kb);
    ~SyncWorker() override;

    void setPollInterval(int ms) { m_pollMs = ms; }

public Q_SLOTS:
    void begin();
    void requestSync();
    void finish();

Q_SIGNALS:
    void statusChanged(const civicdesk::core::SyncStatus &status);
    void synced(const civicdesk::core::SyncReport &report);

private:
    void cycle();
    void wake();
    void checkLocalChanges();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void dropConnection();
    void publish(SyncStatus::State state, const QString &message = {},
                 SyncError::Kind kind = SyncError::Kind::Other, int nextMs = 0);
    int backoffMs() const;

    const Database &m_local;
    ServerSettings m_settings;
    QString m_password;
    KnowledgeBaseSink *m_kb;
    QString m_connectionName;
    bool m_connected = false;
    bool m_tls = true;
    int m_failures = 0;
    int m_pollMs = 30000;
    qint64 m_lastSeenSeq = -1;
    bool m_sharedDue = true;
    QElapsedTimer m_sharedAge;
    SyncStatus m_last;
    std::unique_ptr<SyncSession> m_session;
    QTimer *m_wake = nullptr;
    QTimer *m_localWatch = nullptr;
};

} // namespace civicdesk::core

#pragma once

#include "core/store/database.h"
#include "core/sync/serversettings.h"
#include "core/sync/syncreport.h"
#include "core/sync/syncstatus.h"

#include <QObject>
#include <QThread>

namespace civicdesk::core {

class KnowledgeBaseSink;
class SyncWorker;

// The sync engine as the UI sees it: start, "Sync now", stop, and signals with the state. All
// the work happens on its own thread, so nothing here ever waits for the network.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(const Database &local, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    // The sink is called on the sync thread; it must outlive the engine.
    void setKnowledgeBaseSink(KnowledgeBaseSink *sink) { m_kb = sink; }
    // Fallback polling when no NOTIFY arrives (ms).
    void setPollInterval(int ms) { m_pollMs = ms; }

    void start(const ServerSettings &settings, const QString &password);
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void statusChanged(const civicdesk::core::SyncStatus &status);
    void synced(const civicdesk::core::SyncReport &report);

private:
    const Database &m_local;
    KnowledgeBaseSink *m_kb = nullptr;
    int m_pollMs = 30000;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
};

} // namespace civicdesk::core

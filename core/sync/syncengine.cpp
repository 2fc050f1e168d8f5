#include "core/sync/syncengine.h"

#include "core/sync/syncworker.h"

namespace civicdesk::core {

SyncEngine::SyncEngine(const Database &local, QObject *parent) : QObject(parent), m_local(local)
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncReport>();
    m_thread.setObjectName(QStringLiteral("civicdesk-sync"));
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start(const ServerSettings &settings, const QString &password)
{
    stop();
    m_worker = new SyncWorker(m_local, settings, password, m_kb);
    m_worker->setPollInterval(m_pollMs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    connect(m_worker, &SyncWorker::synced, this, &SyncEngine::synced);
    m_thread.start();
}

void SyncEngine::stop()
{
    if (!m_worker)
        return;
    // finish() runs on the sync thread: its connections are closed by the thread that owns them.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::requestSync, Qt::QueuedConnection);
}

} // namespace civicdesk::core

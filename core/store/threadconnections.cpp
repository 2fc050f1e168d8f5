#include "core/store/threadconnections.h"

#include "core/domain/error.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QStringList>
#include <QThreadStorage>
#include <QUuid>
#include <atomic>

namespace civicdesk::core {

namespace {

// Guards g_open and every addDatabase/removeDatabase made here, so a thread that finishes and
// an owner that is destroyed never close the same connection twice.
QMutex g_mutex;
// Open connection name -> its owner; an owner that goes away takes its names out.
QHash<QString, const ThreadConnections *> g_open;
std::atomic<quint64> g_nextThreadSerial{1};

void closeNamed(const QString &name, bool onOwningThread)
{
    if (onOwningThread && QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    // From another thread removeDatabase() alone: it deletes the driver, which closes the file,
    // without the "does not belong to the calling thread" lookup.
    QSqlDatabase::removeDatabase(name);
}

// The names this thread opened. Destroyed on the thread itself when it finishes.
struct ThreadSlot
{
    quint64 serial = g_nextThreadSerial.fetch_add(1);
    QStringList names;

    ~ThreadSlot()
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &name : std::as_const(names)) {
            if (g_open.remove(name))
                closeNamed(name, true);
        }
    }
};

QThreadStorage<ThreadSlot *> &threadSlots()
{
    static QThreadStorage<ThreadSlot *> storage;
    return storage;
}

ThreadSlot &currentSlot()
{
    if (!threadSlots().hasLocalData())
        threadSlots().setLocalData(new ThreadSlot);
    return *threadSlots().localData();
}

} // namespace

ThreadConnections::ThreadConnections(const QString &prefix, Setup setup)
    : m_prefix(prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces)), m_setup(std::move(setup))
{
}

ThreadConnections::~ThreadConnections()
{
    QMutexLocker lock(&g_mutex);
    const ThreadSlot *mine = threadSlots().hasLocalData() ? threadSlots().localData() : nullptr;
    for (auto it = g_open.begin(); it != g_open.end();) {
        if (it.value() != this) {
            ++it;
            continue;
        }
        closeNamed(it.key(), mine && mine->names.contains(it.key()));
        it = g_open.erase(it);
    }
}

QString ThreadConnections::connectionName() const
{
    return m_prefix + QStringLiteral("-t") + QString::number(currentSlot().serial);
}

QSqlDatabase ThreadConnections::connection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&g_mutex);
        if (g_open.contains(name))
            return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_setup.driver, name);
    if (m_setup.beforeOpen)
        m_setup.beforeOpen(db);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(m_setup.openFailed ? m_setup.openFailed(why) : why);
    }
    {
        QMutexLocker lock(&g_mutex);
        g_open.insert(name, this);
        ThreadSlot &slot = currentSlot();
        if (!slot.names.contains(name))
            slot.names.append(name);
    }
    if (m_setup.afterOpen) {
        try {
            m_setup.afterOpen(db);
        } catch (...) {
            db = QSqlDatabase();
            closeThreadConnection();
            throw;
        }
    }
    return db;
}

void ThreadConnections::closeThreadConnection() const
{
    const QString name = connectionName();
    QMutexLocker lock(&g_mutex);
    currentSlot().names.removeAll(name);
    if (g_open.remove(name))
        closeNamed(name, true);
}

int ThreadConnections::openCount() const
{
    QMutexLocker lock(&g_mutex);
    int count = 0;
    for (const ThreadConnections *owner : std::as_const(g_open))
        count += owner == this ? 1 : 0;
    return count;
}

} // namespace civicdesk::core

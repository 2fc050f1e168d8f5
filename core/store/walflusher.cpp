#include "core/store/walflusher.h"

#include <QFile>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace civicdesk::core {

std::atomic<std::int64_t> WalFlusher::s_handedOver{0};
std::atomic<std::int64_t> WalFlusher::s_flushed{0};
std::atomic<std::int64_t> WalFlusher::s_checkpoints{0};

WalFlusher::WalFlusher(QString databasePath) : m_databasePath(std::move(databasePath))
{
    m_thread = std::thread([this] { run(); });
}

WalFlusher::~WalFlusher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalFlusher::committed(int walPages)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_committed;
        m_checkpointDue = m_checkpointDue || walPages >= kCheckpointPages;
    }
    ++s_handedOver;
    m_wake.notify_all();
}

void WalFlusher::flushWal(const QString &databasePath)
{
#ifdef Q_OS_UNIX
    // fdatasync writes out the file's pages whichever descriptor wrote them. The WAL is opened
    // afresh each time: SQLite deletes it when the last connection closes.
    const QByteArray wal = QFile::encodeName(databasePath + QStringLiteral("-wal"));
    const int fd = ::open(wal.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return; // no WAL: nothing waits in one
    ::fdatasync(fd);
    ::close(fd);
#else
    Q_UNUSED(databasePath)
#endif
}

std::int64_t WalFlusher::handedOver()
{
    return s_handedOver;
}

std::int64_t WalFlusher::pending()
{
    return s_handedOver - s_flushed;
}

std::int64_t WalFlusher::checkpoints()
{
    return s_checkpoints;
}

void WalFlusher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_flushed < m_committed || m_checkpointDue; });
        const std::int64_t target = m_committed;
        const bool checkpointDue = std::exchange(m_checkpointDue, false);
        lock.unlock();
        if (checkpointDue)
            checkpoint();
        flushWal(m_databasePath);
        lock.lock();
        s_flushed += target - m_flushed;
        s_checkpoints += checkpointDue ? 1 : 0;
        m_flushed = target;
        if (m_stop && m_flushed >= m_committed && !m_checkpointDue) {
            lock.unlock();
            closeCheckpointer();
            return;
        }
    }
}

void WalFlusher::checkpoint()
{
    // PASSIVE never waits for a lock, so the console reads and writes meanwhile; what it cannot
    // copy yet, the next one will.
    if (!m_checkpointer) {
        const QByteArray path = QFile::encodeName(m_databasePath);
        // A new connection learns that the file is in WAL mode at its first read; before it, a
        // checkpoint does nothing.
        if (sqlite3_open_v2(path.constData(), &m_checkpointer, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
            sqlite3_exec(m_checkpointer, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
                SQLITE_OK) {
            closeCheckpointer(); // the next checkpoint tries again
            return;
        }
    }
    sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

void WalFlusher::closeCheckpointer()
{
    sqlite3_close(m_checkpointer); // a no-op on nullptr
    m_checkpointer = nullptr;
}

} // namespace civicdesk::core

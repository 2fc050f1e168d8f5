#pragma once

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace civicdesk::testsupport {

// Another connection to a SQLite store that holds its write lock (BEGIN IMMEDIATE), as an
// import's batch or a sync pull's commit does, on a thread of its own so that the test's thread
// stays free; it gives the lock back when told to, or when destroyed.
class WriteLockHolder final
{
public:
    // Returns once the lock is held, or taking it failed (error()).
    explicit WriteLockHolder(const QString &databasePath);
    ~WriteLockHolder();
    Q_DISABLE_COPY_MOVE(WriteLockHolder)

    bool held() const;
    QString error() const;
    // Rolls back (from the holder's thread), without waiting for it.
    void release();

private:
    void hold(const QString &path);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    bool m_release = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace civicdesk::testsupport

#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

struct sqlite3;

namespace civicdesk::core {

// Takes the disk waits of the UI thread's commits onto a thread of its own. The UI thread's
// connection to the store commits with synchronous=NORMAL: the transaction is in the WAL
// (safe against a crash of the process) without waiting for fsync, which on a busy disk took
// 250-450 ms per ticket save and froze the console. Right after each such commit this thread
// fdatasyncs the WAL, and it runs the checkpoints that the commit would have run inline. A
// power cut can only lose what was committed within the last flush (milliseconds, before a
// reference is read back); a sync push first calls flushWal(), so a ticket never reaches the
// server before it is on this disk. One per store, owned by its connections' setup.
class WalFlusher final
{
public:
    explicit WalFlusher(QString databasePath);
    ~WalFlusher(); // flushes what is pending, then stops
    Q_DISABLE_COPY_MOVE(WalFlusher)

    // After a commit that did not wait for the disk (any thread; does not block). walPages:
    // the WAL's length in pages, from which a checkpoint is due.
    void committed(int walPages);
    // Waits for the disk on the calling thread: everything committed to the store's WAL so far
    // is durable after it.
    static void flushWal(const QString &databasePath);

    // Process-wide counts, for tests and the soak: commits handed over, those of them not on
    // the disk yet, checkpoints run.
    static std::int64_t handedOver();
    static std::int64_t pending();
    static std::int64_t checkpoints();

    // The WAL length, in pages, at which a checkpoint is due (the store's wal_autocheckpoint).
    static constexpr int kCheckpointPages = 8000;

private:
    void run();
    void checkpoint();
    void closeCheckpointer();

    QString m_databasePath;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::int64_t m_committed = 0;
    std::int64_t m_flushed = 0;
    bool m_checkpointDue = false;
    bool m_stop = false;
    // The flusher thread's own connection for checkpoints, opened at the first one and kept:
    // opening one reads the whole schema, which cost more than the checkpoint itself when a long
    // import made one due after every batch.
    sqlite3 *m_checkpointer = nullptr;
    std::thread m_thread;

    static std::atomic<std::int64_t> s_handedOver;
    static std::atomic<std::int64_t> s_flushed;
    static std::atomic<std::int64_t> s_checkpoints;
};

} // namespace civicdesk::core

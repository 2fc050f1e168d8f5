#pragma once

#include <QSqlDatabase>

namespace civicdesk::core {

class Database;

// While it lives, the calling thread's connection commits without waiting for the disk
// (synchronous=NORMAL instead of FULL), for a bulk job that journals what it wrote and undoes
// a half-written state anyway (an import). The WAL keeps commits in order, so the next commit
// that does wait for the disk (a ticket save, the job's last commit) makes these durable too;
// a power cut can only lose the job's newest batches together with their journal rows. Without
// it each batch's fsync held the write lock, and a save at the console waited for it.
class BulkWriteSync final
{
public:
    explicit BulkWriteSync(const Database &db);
    ~BulkWriteSync();
    Q_DISABLE_COPY_MOVE(BulkWriteSync)

    // The connection's own setting again (FULL), before the job's last commit (also done on
    // destruction).
    void restore();

private:
    QSqlDatabase m_db;
    static constexpr int kFull = 2;
    int m_previous = kFull;
    bool m_relaxed = false;
};

} // namespace civicdesk::core

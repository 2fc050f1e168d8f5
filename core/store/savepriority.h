#pragma once

#include <QString>
#include <chrono>

namespace civicdesk::core {

class Database;

// Lets a ticket save go before the next batch of a bulk import, across processes. SQLite's
// lock is not fair: an import that starts its next batch a few milliseconds after the last
// one can keep a waiting save out for seconds on a loaded machine. While a SavePriority lives,
// a file beside the store says a save is waiting, and yieldTo() (between an import's batches)
// waits for it to go.
class SavePriority final
{
public:
    explicit SavePriority(const Database &db);
    ~SavePriority();
    Q_DISABLE_COPY_MOVE(SavePriority)

    // Waits while a save is waiting, up to `limit` (a save that crashed leaves its file behind).
    static void yieldTo(const Database &db, std::chrono::milliseconds limit);

private:
    static QString flagPath(const Database &db);

    QString m_path;
    bool m_claimed = false;
};

} // namespace civicdesk::core

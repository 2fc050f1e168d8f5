#pragma once

#include <QStringList>
#include <optional>

namespace civicdesk::core {

class Database;

// The number of tickets per status, kept in the store (migration 0020), so that the whole
// queue and a view of statuses only are counted without reading a million tickets. Triggers
// keep the counts of the tickets up to a rowid mark exact through status changes and deletes;
// tickets above the mark (new ones: an import pays nothing) are counted from the tickets
// table until fold() adds them.
class TicketCounts final
{
public:
    // Above this many tickets not yet in the counts, count() gives up: counting them one by one
    // from the table would cost more than the plain COUNT(*) over a narrow index.
    static constexpr qint64 kMaxUncounted = 20000;

    explicit TicketCounts(const Database &db) : m_db(db) {}

    // The tickets whose status is one of these keys (every ticket when empty); nullopt when
    // more than kMaxUncounted tickets are not in the counts yet.
    std::optional<qint64> count(const QStringList &statuses) const;

    // How many tickets are not in the counts yet.
    qint64 uncounted() const;

    // Adds the tickets above the mark to the counts and moves the mark, in one transaction;
    // returns how many it added.
    qint64 fold() const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core

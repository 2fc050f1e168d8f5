#pragma once

#include "core/dashboard/dashboardsums.h"

namespace civicdesk::core {

class Database;
class SqliteStatement;

// The dashboard's sums per UTC day of request, kept in the store (migration 0015): a range
// adds up its whole days' stored sums and sums only its two edge days from their tickets.
// Triggers mark a day stale when one of its tickets changes in a way the dashboard sees or is
// deleted, and a new ticket's day is stale by its rowid (above the last one summed), so inserts
// pay for nothing; the next dashboard sums the stale days again from their tickets.
class DashboardDays final
{
public:
    explicit DashboardDays(const Database &db) : m_db(db) {}

    // The sums of the tickets requested in [fromMs, toMs), with the backlog pairs of every
    // ticket requested before toMs. Refreshes the stale days first; on a store that cannot be
    // written, sums straight from the tickets instead.
    DashboardSums sums(qint64 fromMs, qint64 toMs) const;

    // Sums the stale days again from their tickets and stores them, in one transaction;
    // returns how many days it summed.
    int refresh() const;

private:
    // Adds the tickets requested in [begin, end) to sums; those before fromMs only to its
    // backlog. Returns how many tickets it read.
    static qint64 scan(SqliteStatement &tickets, DashboardSums &sums, qint64 begin, qint64 end,
                       qint64 fromMs);

    const Database &m_db;
};

} // namespace civicdesk::core

#include "core/dashboard/dashboarddays.h"

#include "core/domain/error.h"
#include "core/store/database.h"
#include "core/store/sqlitestatement.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace civicdesk::core {

namespace {
constexpr qint64 kDayMs = 86400000;

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
}

const QString kTicketsSql = QStringLiteral("SELECT requested_at, status, service_code, agency, channel, "
                                           "expected_at, COALESCE(closed_at, updated_at) "
                                           "FROM tickets WHERE requested_at >= ?1 AND requested_at < ?2");
} // namespace

qint64 DashboardDays::scan(SqliteStatement &tickets, DashboardSums &sums, qint64 begin, qint64 end,
                           qint64 fromMs)
{
    tickets.bindInt64(1, begin);
    tickets.bindInt64(2, end);
    qint64 n = 0;
    DashboardSums::Ticket t;
    while (tickets.step()) {
        t.requested = tickets.int64(0);
        t.status = tickets.utf8View(1);
        t.service = tickets.utf8View(2);
        t.agency = tickets.utf8View(3);
        t.channel = tickets.utf8View(4);
        t.expected = tickets.isNull(5) ? std::nullopt : std::optional<qint64>(tickets.int64(5));
        t.closeTime = tickets.isNull(6) ? std::nullopt : std::optional<qint64>(tickets.int64(6));
        sums.add(t, t.requested >= fromMs);
        ++n;
    }
    return n;
}

int DashboardDays::refresh() const
{
    const QSqlDatabase db = m_db.connection();
    // One write transaction from the list of stale days to their removal: a ticket changed
    // meanwhile waits, and marks its day stale again after this commit.
    Transaction tx(db);
    // New tickets since the last refresh: their days are stale. (A VACUUM may renumber rowids;
    // CivicDesk runs none, and one would need seen_rowid set back to 0.)
    {
        SqliteStatement seen(
            db, QStringLiteral("SELECT seen_rowid, (SELECT MAX(rowid) FROM tickets) FROM dashboard_seen"));
        if (seen.step() && !seen.isNull(1) && seen.int64(1) > seen.int64(0)) {
            const qint64 from = seen.int64(0);
            const qint64 last = seen.int64(1);
            while (seen.step()) {
            }
            SqliteStatement mark(
                db, QStringLiteral(
                        "INSERT OR IGNORE INTO dashboard_stale_days (day) SELECT DISTINCT "
                        "(requested_at - ((requested_at % 86400000) + 86400000) % 86400000) / 86400000 "
                        "FROM tickets WHERE rowid > ?1"));
            mark.bindInt64(1, from);
            mark.execute();
            SqliteStatement moved(db, QStringLiteral("UPDATE dashboard_seen SET seen_rowid = ?1"));
            moved.bindInt64(1, last);
            moved.execute();
        }
    }
    QList<qint64> stale;
    {
        SqliteStatement q(db, QStringLiteral("SELECT day FROM dashboard_stale_days ORDER BY day"));
        while (q.step())
            stale.append(q.int64(0));
    }
    if (stale.isEmpty()) {
        tx.commit();
        return 0;
    }
    SqliteStatement tickets(db, kTicketsSql);
    SqliteStatement put(
        db, QStringLiteral("INSERT OR REPLACE INTO dashboard_days (day, summary) VALUES (?1, ?2)"));
    SqliteStatement drop(db, QStringLiteral("DELETE FROM dashboard_days WHERE day = ?1"));
    SqliteStatement done(db, QStringLiteral("DELETE FROM dashboard_stale_days WHERE day = ?1"));
    for (qint64 day : std::as_const(stale)) {
        const qint64 begin = day * kDayMs;
        DashboardSums sums(begin);
        if (scan(tickets, sums, begin, begin + kDayMs, begin) > 0) {
            put.bindInt64(1, day);
            put.bindBlob(2, sums.toBlob());
            put.execute();
        } else {
            drop.bindInt64(1, day);
            drop.execute();
        }
        done.bindInt64(1, day);
        done.execute();
    }
    tx.commit();
    return int(stale.size());
}

DashboardSums DashboardDays::sums(qint64 fromMs, qint64 toMs) const
{
    const QSqlDatabase db = m_db.connection();
    SqliteStatement tickets(db, kTicketsSql);
    DashboardSums total(toMs);
    try {
        refresh();
    } catch (const Error &) {
        // A read-only profile (or a store busy past the timeout): the slow way, from the tickets.
        scan(tickets, total, std::numeric_limits<qint64>::min(), toMs, fromMs);
        return total;
    }
    SqliteStatement days(
        db, QStringLiteral("SELECT day, summary FROM dashboard_days WHERE day <= ?1 ORDER BY day"));
    days.bindInt64(1, dayOf(toMs - 1));
    SqliteStatement markStale(db,
                              QStringLiteral("INSERT OR IGNORE INTO dashboard_stale_days (day) VALUES (?1)"));
    while (days.step()) {
        const qint64 begin = days.int64(0) * kDayMs;
        const qint64 end = begin + kDayMs;
        std::optional<DashboardSums> stored;
        if (end <= fromMs || (begin >= fromMs && end <= toMs)) {
            try {
                stored = DashboardSums::fromBlob(days.blob(1));
            } catch (const Error &) {
                // A damaged summary: this day is read from its tickets, and summed again next time.
                markStale.bindInt64(1, days.int64(0));
                try {
                    markStale.execute();
                } catch (const Error &) {
                    // A read-only store keeps the damaged summary and reads the tickets each time.
                }
            }
        }
        if (stored && end <= fromMs)
            total.addBacklogOf(*stored);
        else if (stored)
            total.addAll(*stored);
        else
            scan(tickets, total, begin, std::min(end, toMs), fromMs); // an edge day, or a damaged one
    }
    return total;
}

} // namespace civicdesk::core

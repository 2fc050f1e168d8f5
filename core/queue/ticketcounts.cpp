#include "core/queue/ticketcounts.h"

#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

namespace civicdesk::core {

namespace {
QString marks(qsizetype n)
{
    QStringList list;
    list.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(u',');
}
} // namespace

qint64 TicketCounts::uncounted() const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT (SELECT coalesce(max(rowid), 0) FROM tickets) - seen_rowid "
                              "FROM ticket_counts_seen"));
    q.exec();
    return q.next() ? std::max<qint64>(0, q.value(0).toLongLong()) : 0;
}

std::optional<qint64> TicketCounts::count(const QStringList &statuses) const
{
    if (uncounted() > kMaxUncounted)
        return std::nullopt;
    // One statement, so the counts and the tickets above the mark come from one snapshot even
    // while a worker folds. The unary + keeps SQLite on the rowid range for the tickets above
    // the mark: a status index would walk every ticket of those statuses.
    QString kept = QStringLiteral("SELECT coalesce(sum(tickets), 0) FROM ticket_status_counts");
    QString above = QStringLiteral(
        "SELECT count(*) FROM tickets WHERE rowid > (SELECT seen_rowid FROM ticket_counts_seen)");
    if (!statuses.isEmpty()) {
        kept += QStringLiteral(" WHERE status IN (%1)").arg(marks(statuses.size()));
        above += QStringLiteral(" AND +status IN (%1)").arg(marks(statuses.size()));
    }
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT (%1) + (%2)").arg(kept, above));
    int at = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &s : statuses)
            q.bind(at++, s);
    }
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TicketCounts::fold() const
{
    Transaction tx(m_db.connection());
    const qint64 added = uncounted();
    if (added == 0)
        return 0;
    // By the status index when many are new (after an import of a city's history): it is far
    // narrower than the tickets' rows. By rowid when few are.
    const bool many = added > kMaxUncounted;
    const QString source =
        many ? QStringLiteral("tickets INDEXED BY tickets_by_status") : QStringLiteral("tickets");
    const QString group = many ? QStringLiteral("status") : QStringLiteral("+status");
    SqlQuery::execute(
        m_db.connection(),
        QStringLiteral("INSERT INTO ticket_status_counts (status, tickets) "
                       "SELECT status, count(*) FROM %1 "
                       "WHERE rowid > (SELECT seen_rowid FROM ticket_counts_seen) GROUP BY %2 "
                       "ON CONFLICT (status) DO UPDATE SET tickets = tickets + excluded.tickets")
            .arg(source, group));
    SqlQuery::execute(m_db.connection(),
                      QStringLiteral("UPDATE ticket_counts_seen "
                                     "SET seen_rowid = (SELECT coalesce(max(rowid), 0) FROM tickets)"));
    tx.commit();
    return added;
}

} // namespace civicdesk::core

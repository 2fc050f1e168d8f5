#include "core/queue/queuestore.h"

#include "core/queue/queuecolumn.h"
#include "core/queue/ticketcounts.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

namespace civicdesk::core {

namespace {
void bindAll(SqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
}

// The whole queue, or statuses only: the kept counts answer without a COUNT(*).
bool filtersStatusesOnly(const QueueQuery &query)
{
    QueueQuery filters = query;
    filters.statuses.clear();
    filters.sortColumn = QueueQuery().sortColumn;
    filters.sortDescending = QueueQuery().sortDescending;
    filters.columns.clear();
    return filters == QueueQuery();
}

QueueRow rowFrom(const SqlQuery &q, int columnCount)
{
    QueueRow r;
    r.id = q.value(0).toString();
    r.reference = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.status = ticketstatus::fromKey(q.value(3).toString()).value_or(TicketStatus::New);
    r.requestedAt = timestamps::fromDb(q.value(4));
    r.expectedAt = timestamps::fromDb(q.value(5));
    r.closedAt = timestamps::fromDb(q.value(6));
    r.holdStartedAt = timestamps::fromDb(q.value(7));
    r.values.reserve(columnCount);
    for (int i = 0; i < columnCount; ++i)
        r.values.append(q.value(8 + i));
    return r;
}
} // namespace

QString QueueStore::selectSql(const QStringList &columns) const
{
    QString sql = QStringLiteral(
        "SELECT id, reference, version, status, requested_at, expected_at, closed_at, hold_started_at");
    for (const QString &key : columns) {
        const QueueColumn *c = QueueColumn::find(key);
        sql += QStringLiteral(", ") + (c ? c->select : QStringLiteral("NULL"));
    }
    return sql + QStringLiteral(" FROM tickets");
}

qint64 QueueStore::count(const QueueQuery &query, const QDateTime &nowUtc) const
{
    if (filtersStatusesOnly(query)) {
        if (const std::optional<qint64> kept = TicketCounts(m_db).count(query.statuses))
            return *kept;
    }
    const QueueSql sql = QueueSql::build(query, m_catalog, nowUtc);
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM tickets") + sql.countWhere);
    bindAll(q, sql.values);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<QueueRow> QueueStore::page(const QueueQuery &query, const QStringList &columns, const QDateTime &nowUtc,
                                 qint64 offset, int limit) const
{
    const QueueSql sql = QueueSql::build(query, m_catalog, nowUtc);
    SqlQuery q(m_db.connection(),
               selectSql(columns) + sql.where + sql.orderBy + QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList values = sql.values;
    values.append(limit);
    values.append(offset);
    bindAll(q, values);
    q.exec();
    QList<QueueRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(rowFrom(q, static_cast<int>(columns.size())));
    return rows;
}

void QueueStore::forEach(const QueueQuery &query, const QStringList &columns, const QDateTime &nowUtc,
                         const std::function<bool(const QueueRow &)> &visit) const
{
    const QueueSql sql = QueueSql::build(query, m_catalog, nowUtc);
    SqlQuery q(m_db.connection(), selectSql(columns) + sql.where + sql.orderBy);
    bindAll(q, sql.values);
    q.exec();
    while (q.next()) {
        if (!visit(rowFrom(q, static_cast<int>(columns.size()))))
            break;
    }
}

QStringList QueueStore::references(const QueueQuery &query, const QDateTime &nowUtc, int limit) const
{
    const QueueSql sql = QueueSql::build(query, m_catalog, nowUtc);
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT reference FROM tickets") + sql.where + sql.orderBy +
                                      QStringLiteral(" LIMIT ?"));
    QVariantList values = sql.values;
    values.append(limit);
    bindAll(q, values);
    q.exec();
    QStringList refs;
    while (q.next())
        refs.append(q.value(0).toString());
    return refs;
}

} // namespace civicdesk::core

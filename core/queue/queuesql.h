#pragma once

#include "core/queue/queuequery.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace civicdesk::core {

class Catalog;

// A QueueQuery as SQL over the local tickets table: a WHERE clause with its bound values, the
// ORDER BY, and what the user should know (a view that names a service the catalogue no longer
// has still runs, and says so).
struct QueueSql
{
    QString where; // "" or " WHERE ...", for the rows of a view
    // The same with the open-ticket indexes' condition on a view of open tickets only, for its
    // count: SQLite uses a partial index only for a query that states its condition. Not on the
    // rows: given it, the planner reads a view of one status from a partial index and sorts it
    // all (a temporary b-tree of 100,000 rows) instead of walking tickets_by_status in order.
    QString countWhere;
    QVariantList values;
    QString orderBy; // " ORDER BY ..."
    QStringList warnings;

    // nowUtc anchors "overdue" and "due within N hours".
    static QueueSql build(const QueueQuery &query, const Catalog &catalog, const QDateTime &nowUtc);
    // The statuses whose SLA clock runs (open and not on hold), as an SQL list literal of keys.
    static QString runningStatusesSql();
    // Every open status (running or on hold), as keys.
    static QStringList openStatusKeys();
    // "(status = 'new' OR ...)": the condition of the open-ticket indexes (migration 0016), word
    // for word.
    static QString openStatusCondition();
};

} // namespace civicdesk::core

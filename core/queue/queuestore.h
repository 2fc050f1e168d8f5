#pragma once

#include "core/queue/queuequery.h"
#include "core/queue/queuerow.h"
#include "core/queue/queuesql.h"
#include "core/store/database.h"

#include <QList>
#include <functional>

namespace civicdesk::core {

class Catalog;

// Runs queue views against the local store: counts, pages and whole-view walks (exports), all
// through QueueSql, so a view counts, shows and exports exactly the same tickets.
class QueueStore
{
public:
    QueueStore(const Database &db, const Catalog &catalog) : m_db(db), m_catalog(catalog) {}

    qint64 count(const QueueQuery &query, const QDateTime &nowUtc) const;
    // Rows offset..offset+limit of the view, with the given column keys' values.
    QList<QueueRow> page(const QueueQuery &query, const QStringList &columns, const QDateTime &nowUtc,
                         qint64 offset, int limit) const;
    // Every row of the view, in its order, one at a time; visit returns false to stop.
    void forEach(const QueueQuery &query, const QStringList &columns, const QDateTime &nowUtc,
                 const std::function<bool(const QueueRow &)> &visit) const;

    // The ticket ids of the whole view (a "select all" bulk action over a million-row view).
    QStringList references(const QueueQuery &query, const QDateTime &nowUtc, int limit) const;

private:
    QString selectSql(const QStringList &columns) const;

    const Database &m_db;
    const Catalog &m_catalog;
};

} // namespace civicdesk::core

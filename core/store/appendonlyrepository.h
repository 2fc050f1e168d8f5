#pragma once

#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariantList>
#include <memory>

namespace civicdesk::core {

// What the notes and the audit repositories share: rows that belong to one ticket, keyed by a
// UUID the client made, that only ever grow. There is no update or delete here, and the store's
// triggers refuse them too (as the server's do), so two workstations merge by a union of ids.
class AppendOnlyRepository
{
public:
    // A table's name, its columns (id and ticket_id first) and the order a ticket's rows read in.
    struct Table
    {
        QString name;
        QStringList columns;
        QString orderBy;
    };

    // The insert a sync pull runs: ?1..?n in column order, skipped when the ticket is not in this
    // store (yet) and when the row is already here.
    static QString insertIfTicketKnownSql(const Table &table);

protected:
    AppendOnlyRepository(const Database &db, Table table);

    // Inserts one row: `values` are the columns after id and ticket_id. A row whose id is already
    // there (re-delivered by sync or an import) is left as it is, and the call returns false.
    bool appendRow(const QUuid &id, const QUuid &ticketId, const QVariantList &values) const;

    // The ticket's rows in the table's order; `fromRow` reads a row whose column 0 is the id and
    // 1.. the columns after ticket_id.
    template <typename Row, typename FromRow> QList<Row> rowsOf(const QUuid &ticketId, FromRow fromRow) const
    {
        SqlQuery q(m_db.connection(), selectSql());
        q.bind(0, ticketId.toString(QUuid::WithoutBraces)).exec();
        QList<Row> rows;
        while (q.next())
            rows.append(fromRow(q));
        return rows;
    }

private:
    QString selectSql() const;

    const Database &m_db;
    Table m_table;
    // Prepared on first use and reused: bulk writes (imports, the demo generator) append many.
    // It belongs to the connection of the thread that prepared it.
    mutable std::shared_ptr<SqlQuery> m_append;
    mutable QString m_appendConnection;
};

} // namespace civicdesk::core

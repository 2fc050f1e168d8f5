#pragma once

#include "core/store/database.h"

#include <QJsonObject>
#include <memory>

namespace civicdesk::core {

class SqlQuery;

// A ticket's synced form: one JSON object with every column of the local tickets table but
// the local version, keyed by column name. The server merges these documents key by key.
class TicketDocuments
{
public:
    explicit TicketDocuments(const Database &db);
    ~TicketDocuments();
    Q_DISABLE_COPY_MOVE(TicketDocuments)

    QJsonObject read(const QString &ticketId) const;
    // The server-side expressions (over a jsonb column named doc of table alias t) that pull
    // returns, one per local column, in the order apply() binds them.
    static QString serverColumns();
    static int columnCount();
    // Writes a ticket pulled from the server from the columns of serverColumns() starting at
    // first, unless local changes to it still wait in the outbox (they are pushed first, and the
    // merged result comes back with a later pull). Returns false when it was held back.
    bool apply(const SqlQuery &row, int first, int serverVersion);

private:
    const Database &m_db;
    std::unique_ptr<SqlQuery> m_apply;
};

} // namespace civicdesk::core

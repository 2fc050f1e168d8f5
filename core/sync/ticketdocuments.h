#pragma once

#include "core/store/cachedstatement.h"
#include "core/store/database.h"

#include <QJsonObject>

namespace civicdesk::core {

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
    // returns, one per local column, in the order upsertSql() numbers them.
    static QString serverColumns();
    static int columnCount();
    // The local upsert of a pulled ticket: ?1..?n the columns of serverColumns(), ?n+1 the
    // server version. It writes nothing while local changes to the ticket still wait in the
    // outbox (they are pushed first, and the merged result comes back with a later pull), so
    // "no row changed" means held back.
    static QString upsertSql();

private:
    CachedStatement m_read; // bulk commands read two documents per ticket
};

} // namespace civicdesk::core

#pragma once

#include "core/domain/ticket.h"
#include "core/store/auditrepository.h"
#include "core/store/database.h"
#include "core/store/noterepository.h"
#include "core/store/ticketsummary.h"

#include <QDate>
#include <QList>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace civicdesk::core {

class CachedStatement;
class SqliteStatement;

// Tickets in the local store. Writes do not open transactions themselves: the caller wraps a
// unit of work (ticket + notes + audit + reference counter) in one Transaction.
class TicketRepository
{
public:
    explicit TicketRepository(const Database &db);
    ~TicketRepository();

    void insert(const Ticket &ticket);
    // Writes the ticket's fields and appends its notes and audit events not yet stored.
    void update(const Ticket &ticket);
    // The same, writing only the columns whose values differ from before: SQLite then rewrites
    // only the indexes that hold those columns, not every index of the ticket (bulk actions).
    void update(const Ticket &ticket, const Ticket &before);

    std::optional<Ticket> findById(const QUuid &id) const;
    std::optional<Ticket> findByReference(const QString &reference) const;
    // The ticket's fields, without its notes and audit trail: what a command needs, which
    // changes fields and appends to the trail but never reads it (a bulk action over
    // thousands). Prepared once per repository.
    std::optional<Ticket> findFieldsByReference(const QString &reference) const;
    bool exists(const QUuid &id) const;

    QList<TicketSummary> page(const TicketFilter &filter, const std::optional<TicketPageKey> &after,
                              int limit) const;
    qint64 count(const TicketFilter &filter = {}) const;

    // Every ticket requested at or after `since` (all when invalid), oldest first, without
    // notes and audit; visit returns false to stop. One forward-only query, so exporting a
    // million tickets holds one row at a time.
    void forEach(const QDateTime &since, const std::function<bool(const Ticket &)> &visit) const;

    // Reserves the next reference counter of this workstation for the given day.
    int nextReferenceCounter(QDate day);

private:
    void bindFields(SqliteStatement &statement, const Ticket &t) const;
    std::optional<Ticket> findWhere(const QString &column, const QVariant &value) const;

    const Database &m_db;
    NoteRepository m_notes;
    AuditRepository m_audit;
    // Prepared once and reused: bulk inserts and imports write through these.
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_upsert;
    mutable std::unique_ptr<CachedStatement> m_fieldsByReference;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_updates; // by their SQL: the columns set
};

} // namespace civicdesk::core

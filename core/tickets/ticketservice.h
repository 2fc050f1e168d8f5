#pragma once

#include "core/domain/ticket.h"
#include "core/store/localstore.h"
#include "core/tickets/ticketvalidator.h"

#include <functional>
#include <optional>

namespace civicdesk::core {
class TicketRepository;
}

namespace civicdesk::core {

// The one way tickets change, for the GUI and the CLI alike: validation, defaults from the
// catalogue, reference numbers, the SLA due time and the audit trail all happen here, and each
// operation is one transaction.
class TicketService
{
public:
    explicit TicketService(LocalStore &store) : m_store(store) {}

    // A new request: fills id, reference number, dates, agency, priority and expected time,
    // validates, and saves. Throws Error (with field errors) and writes nothing when invalid.
    Ticket create(Ticket draft);
    // create() plus the caller's own writes (call log, draft removal) inside the same
    // transaction: all of them land, or none. alsoWrite sees the saved ticket; throwing rolls back.
    Ticket createWith(Ticket draft, const std::function<void(const Ticket &saved)> &alsoWrite);
    // createWith() in two halves, for a save whose write runs on another thread: prepareCreate()
    // reads the catalogue (defaults, validation, due time) on the thread that owns it, and
    // insertPrepared() only writes, through the calling thread's own connection.
    Ticket prepareCreate(Ticket draft) const;
    Ticket insertPrepared(Ticket prepared, const std::function<void(const Ticket &saved)> &alsoWrite);

    // Adds a ticket as given, keeping its id, reference, notes and audit (import, round trip).
    // A ticket without id or reference is created with create() instead.
    Ticket add(Ticket ticket);
    // add() for many tickets in one transaction: all are saved, or none.
    QList<Ticket> addAll(QList<Ticket> tickets);

    // An import: the tickets and the catalogue they need (the current one plus any services the
    // import adds) all land, or nothing does. The tickets are written in committed batches of
    // at most kImportBatch tickets or kImportBatchMs (others can save between them) and taken out again when
    // the import fails or is cancelled (see ImportJournal). progress(done, total) is called as tickets are
    // written; returning false cancels, and the store is left as it was.
    static constexpr qsizetype kImportBatch = 2000;
    static constexpr qint64 kImportBatchMs = 50;
    QList<Ticket> importAll(QList<Ticket> tickets, const Catalog &catalog,
                            const std::function<bool(qsizetype, qsizetype)> &progress = {});

    std::optional<Ticket> find(const QString &reference) const;
    // The reference number of the ticket with this id (a duplicate's original), if it is here.
    std::optional<QString> referenceOf(const QUuid &id) const;

    Note addNote(const QString &reference, const QString &text, bool internal);
    Ticket setStatus(const QString &reference, TicketStatus status, const QString &note = {});

private:
    void prepareNew(Ticket &ticket) const;
    void prepareExisting(Ticket &ticket, const Catalog &catalog,
                         ticketvalidator::Mode mode = ticketvalidator::Mode::Entry) const;
    void insert(Ticket &ticket, TicketRepository &tickets);
    Ticket require(const QString &reference) const;
    AuditEvent audit(const QString &field, const QString &oldValue, const QString &newValue) const;

    LocalStore &m_store;
};

} // namespace civicdesk::core

#include "core/tickets/ticketservice.h"

#include "core/commands/ticketcommands.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/domain/timeordereduuid.h"
#include "core/store/auditrepository.h"
#include "core/store/bulkwritesync.h"
#include "core/store/importjournal.h"
#include "core/store/noterepository.h"
#include "core/store/savepriority.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketvalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <chrono>
#include <thread>

namespace civicdesk::core {

AuditEvent TicketService::audit(const QString &field, const QString &oldValue, const QString &newValue) const
{
    return {timeOrderedUuid(), Clock::current().nowUtc(), m_store.actor(), field, oldValue, newValue};
}

void TicketService::prepareNew(Ticket &t) const
{
    const Catalog &catalog = m_store.catalog();
    const QDateTime now = Clock::current().nowUtc();
    if (const Service *service = catalog.service(t.serviceCode)) {
        if (t.serviceName.isEmpty())
            t.serviceName = service->name;
        if (t.agencyResponsible.isEmpty())
            t.agencyResponsible = service->agencyId;
    }
    ticketvalidator::ensureValid(t, catalog);
    const Service &service = *catalog.service(t.serviceCode);
    if (t.id.isNull())
        t.id = timeOrderedUuid();
    if (!t.requestedAt.isValid())
        t.requestedAt = now;
    t.updatedAt = now;
    if (!t.expectedAt.isValid())
        t.expectedAt = catalog.expectedBy(service, t.requestedAt);
    t.version = 1;
}

void TicketService::prepareExisting(Ticket &t, const Catalog &catalog, ticketvalidator::Mode mode) const
{
    ticketvalidator::ensureValid(t, catalog, mode);
    if (!t.requestedAt.isValid())
        throw Error(QCoreApplication::translate(
                        "TicketService", "requested_datetime: is required when service_request_id is given"),
                    {{QStringLiteral("requested_datetime"),
                      QCoreApplication::translate("TicketService", "is required")}});
    if (!t.updatedAt.isValid())
        t.updatedAt = t.requestedAt;
    if (t.version <= 0)
        t.version = 1;
}

void TicketService::insert(Ticket &t, TicketRepository &tickets)
{
    if (t.referenceNumber.isEmpty()) {
        // The counter is reserved in the same transaction as the insert: a crash can waste
        // nothing and reuse nothing.
        const QDate day = t.requestedAt.toUTC().date();
        t.referenceNumber =
            referencenumber::make(m_store.workstationCode(), day, tickets.nextReferenceCounter(day));
        t.audit.append(audit(QStringLiteral("created"), QString(), t.referenceNumber));
    } else {
        if (tickets.exists(t.id))
            throw Error(
                QCoreApplication::translate("TicketService", "id: ticket %1 is already in this store")
                    .arg(t.id.toString(QUuid::WithoutBraces)),
                {{QStringLiteral("id"), QCoreApplication::translate("TicketService", "already exists")}});
        if (tickets.findByReference(t.referenceNumber))
            throw Error(QCoreApplication::translate("TicketService",
                                                    "service_request_id: %1 is already in this store")
                            .arg(t.referenceNumber),
                        {{QStringLiteral("service_request_id"),
                          QCoreApplication::translate("TicketService", "already exists")}});
    }
    tickets.insert(t);
    // The outbox entries ride in the same transaction: a saved ticket is always a pending push.
    const Outbox outbox(m_store.database());
    outbox.enqueueCreate(t.id);
    for (const Note &n : t.notes)
        outbox.enqueueNote(t.id, n);
    for (const AuditEvent &e : t.audit)
        outbox.enqueueAudit(t.id, e);
}

Ticket TicketService::create(Ticket t)
{
    t.referenceNumber.clear();
    prepareNew(t);
    Transaction tx(m_store.database().connection());
    TicketRepository tickets(m_store.database());
    insert(t, tickets);
    tx.commit();
    return t;
}

Ticket TicketService::createWith(Ticket t, const std::function<void(const Ticket &saved)> &alsoWrite)
{
    return insertPrepared(prepareCreate(std::move(t)), alsoWrite);
}

Ticket TicketService::prepareCreate(Ticket t) const
{
    t.referenceNumber.clear();
    prepareNew(t);
    return t;
}

Ticket TicketService::insertPrepared(Ticket t, const std::function<void(const Ticket &saved)> &alsoWrite)
{
    Transaction tx(m_store.database().connection());
    TicketRepository tickets(m_store.database());
    insert(t, tickets);
    if (alsoWrite)
        alsoWrite(t);
    tx.commit();
    return t;
}

Ticket TicketService::add(Ticket t)
{
    return addAll({std::move(t)}).constFirst();
}

QList<Ticket> TicketService::addAll(QList<Ticket> list)
{
    // Validate everything before the first write, so a bad ticket at the end rejects the batch
    // without touching the store.
    for (qsizetype i = 0; i < list.size(); ++i) {
        Ticket &t = list[i];
        try {
            if (t.id.isNull() || t.referenceNumber.isEmpty()) {
                t.referenceNumber.clear();
                prepareNew(t);
            } else {
                prepareExisting(t, m_store.catalog());
            }
        } catch (const Error &e) {
            if (list.size() == 1)
                throw;
            throw Error(
                QCoreApplication::translate("TicketService", "ticket %1: %2").arg(i + 1).arg(e.message()),
                e.fieldErrors());
        }
    }
    Transaction tx(m_store.database().connection());
    TicketRepository tickets(m_store.database());
    for (qsizetype i = 0; i < list.size(); ++i) {
        try {
            insert(list[i], tickets);
        } catch (const Error &e) {
            if (list.size() == 1)
                throw;
            throw Error(
                QCoreApplication::translate("TicketService", "ticket %1: %2").arg(i + 1).arg(e.message()),
                e.fieldErrors());
        }
    }
    tx.commit();
    return list;
}

QList<Ticket> TicketService::importAll(QList<Ticket> list, const Catalog &catalog,
                                       const std::function<bool(qsizetype, qsizetype)> &progress)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        try {
            if (list.at(i).id.isNull() || list.at(i).referenceNumber.isEmpty())
                throw Error(QCoreApplication::translate(
                                "TicketService", "an imported ticket needs its id and service_request_id"),
                            {{QStringLiteral("service_request_id"),
                              QCoreApplication::translate("TicketService", "is required")}});
            prepareExisting(list[i], catalog, ticketvalidator::Mode::Import);
        } catch (const Error &e) {
            throw Error(QCoreApplication::translate("TicketService", "ticket %1 (%2): %3")
                            .arg(i + 1)
                            .arg(list.at(i).referenceNumber, e.message()),
                        e.fieldErrors());
        }
    }
    const Catalog previous = m_store.catalog();
    const bool catalogChanged = !(catalog.services() == previous.services());
    const QString cancelled =
        QCoreApplication::translate("TicketService", "import cancelled; nothing was imported");
    // Committed batches, so that a ticket saved at the console waits for one batch at most
    // rather than for the whole import; the journal takes them out again on a cancel or an
    // error (and at the next start if this process dies).
    ImportJournal::removeAbandoned(m_store);
    ImportJournal journal(m_store);
    try {
        TicketRepository tickets(m_store.database());
        BulkWriteSync batchesWithoutFsync(m_store.database());
        QElapsedTimer batchTime;
        for (qsizetype start = 0; start < list.size();) {
            Transaction tx(m_store.database().connection());
            batchTime.start();
            const qsizetype end = std::min(list.size(), start + kImportBatch);
            qsizetype i = start;
            // A batch also ends after kImportBatchMs: inserts slow down as the store's indexes
            // grow (and on a loaded machine), and a save must wait for one short batch at most.
            for (; i < end && (i == start || batchTime.elapsed() < kImportBatchMs); ++i) {
                if (progress && i % 256 == 0 && !progress(i, list.size()))
                    throw Error(cancelled);
                try {
                    // No lookups per ticket: the store's UNIQUE id and reference refuse a duplicate,
                    // and the whole import is undone (importers skip known ids before they get here).
                    tickets.insert(list[i]);
                    journal.record(list.at(i).id);
                } catch (const Error &e) {
                    throw Error(QCoreApplication::translate("TicketService", "ticket %1 (%2): %3")
                                    .arg(i + 1)
                                    .arg(list.at(i).referenceNumber, e.message()),
                                e.fieldErrors());
                }
            }
            tx.commit();
            start = i;
            // A gap between batches: a save waiting for the lock (it polls every 250 us, see
            // Database) gets in here instead of after the whole import, and one that said so
            // (SavePriority) goes before the next batch.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            SavePriority::yieldTo(m_store.database(), std::chrono::milliseconds(1000));
        }
        if (progress && !progress(list.size(), list.size()))
            throw Error(cancelled);
        // The last commit waits for the disk (on the UI thread, WalFlusher does), and with it
        // every batch before it.
        batchesWithoutFsync.restore();
        Transaction tx(m_store.database().connection());
        if (catalogChanged)
            m_store.replaceCatalog(catalog); // same connection, so inside this transaction
        journal.finish();
        tx.commit();
    } catch (...) {
        // The rollback undid the stored catalogue; the one in memory must follow.
        if (!(m_store.catalog().services() == previous.services()))
            m_store.replaceCatalog(previous);
        try {
            journal.undo();
        } catch (const Error &) {
            // The journal keeps the rows; removeAbandoned() takes them out at the next import or start.
        }
        throw;
    }
    return list;
}

std::optional<QString> TicketService::referenceOf(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    const auto t = TicketRepository(m_store.database()).findById(id);
    return t ? std::optional<QString>(t->referenceNumber) : std::nullopt;
}

std::optional<Ticket> TicketService::find(const QString &reference) const
{
    const TicketRepository tickets(m_store.database());
    if (auto t = tickets.findByReference(reference))
        return t;
    // Call takers type what they hear: accept lower case and missing dashes.
    const QString normal = referencenumber::normalise(reference);
    return normal == reference ? std::nullopt : tickets.findByReference(normal);
}

Ticket TicketService::require(const QString &reference) const
{
    auto t = find(reference);
    if (!t)
        throw Error(
            QCoreApplication::translate("TicketService", "no ticket with reference %1").arg(reference));
    return *t;
}

// Both go through the command layer, as every change of an existing ticket does. A single
// ticket's note or status is what the least privileged role may do, so no role is assumed here.
Note TicketService::addNote(const QString &reference, const QString &text, bool internal)
{
    const Ticket t = require(reference);
    const CommandResult done =
        TicketCommands(m_store, Role::CallTaker).addNote({{t.referenceNumber, 0}}, text, internal);
    if (!done.skipped.isEmpty())
        throw Error(done.skipped.constFirst().reference + QStringLiteral(": ") +
                    done.skipped.constFirst().reason);
    return require(reference).notes.constLast();
}

Ticket TicketService::setStatus(const QString &reference, TicketStatus status, const QString &note)
{
    const Ticket t = require(reference);
    if (t.status == status && note.isEmpty())
        return t;
    const CommandResult done =
        TicketCommands(m_store, Role::CallTaker).setStatus({{t.referenceNumber, 0}}, status, note);
    if (!done.skipped.isEmpty())
        throw Error(done.skipped.constFirst().reference + QStringLiteral(": ") +
                    done.skipped.constFirst().reason);
    return require(reference);
}

} // namespace civicdesk::core

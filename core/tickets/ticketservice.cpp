#include "core/tickets/ticketservice.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/store/noterepository.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketvalidator.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketService", text);
}
} // namespace

AuditEvent TicketService::audit(const QString &field, const QString &oldValue, const QString &newValue) const
{
    return {QUuid::createUuid(), Clock::current().nowUtc(), m_store.actor(), field, oldValue, newValue};
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
        t.id = QUuid::createUuid();
    if (!t.requestedAt.isValid())
        t.requestedAt = now;
    t.updatedAt = now;
    if (!t.expectedAt.isValid())
        t.expectedAt = catalog.expectedBy(service, t.requestedAt);
    t.version = 1;
}

void TicketService::prepareExisting(Ticket &t) const
{
    ticketvalidator::ensureValid(t, m_store.catalog());
    if (!t.requestedAt.isValid())
        throw Error(tr("requested_datetime: is required when service_request_id is given"),
                    {{QStringLiteral("requested_datetime"), tr("is required")}});
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
        t.referenceNumber = referencenumber::make(m_store.workstationCode(), day, tickets.nextReferenceCounter(day));
        t.audit.append(audit(QStringLiteral("created"), QString(), t.referenceNumber));
    } else {
        if (tickets.exists(t.id))
            throw Error(tr("id: ticket %1 is already in this store").arg(t.id.toString(QUuid::WithoutBraces)),
                        {{QStringLiteral("id"), tr("already exists")}});
        if (tickets.findByReference(t.referenceNumber))
            throw Error(tr("service_request_id: %1 is already in this store").arg(t.referenceNumber),
                        {{QStringLiteral("service_request_id"), tr("already exists")}});
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
                prepareExisting(t);
            }
        } catch (const Error &e) {
            if (list.size() == 1)
                throw;
            throw Error(tr("ticket %1: %2").arg(i + 1).arg(e.message()), e.fieldErrors());
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
            throw Error(tr("ticket %1: %2").arg(i + 1).arg(e.message()), e.fieldErrors());
        }
    }
    tx.commit();
    return list;
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
        throw Error(tr("no ticket with reference %1").arg(reference));
    return *t;
}

Note TicketService::addNote(const QString &reference, const QString &text, bool internal)
{
    const Ticket t = require(reference);
    if (text.trimmed().isEmpty())
        throw Error(tr("note: the text is empty"), {{QStringLiteral("note"), tr("is empty")}});
    if (text.size() > ticketvalidator::kMaxDescriptionLength)
        throw Error(tr("note: longer than %1 characters").arg(ticketvalidator::kMaxDescriptionLength),
                    {{QStringLiteral("note"), tr("too long")}});
    const Note note{QUuid::createUuid(), Clock::current().nowUtc(), m_store.actor(), text, internal};
    Transaction tx(m_store.database().connection());
    NoteRepository(m_store.database()).append(t.id, note);
    Outbox(m_store.database()).enqueueNote(t.id, note);
    tx.commit();
    return note;
}

Ticket TicketService::setStatus(const QString &reference, TicketStatus status, const QString &note)
{
    Ticket t = require(reference);
    const Ticket before = t;
    if (t.status == status && note.isEmpty())
        return t;
    const QDateTime now = Clock::current().nowUtc();
    t.notes.clear();
    t.audit.clear();
    if (t.status != status)
        t.audit.append(audit(QStringLiteral("status"), ticketstatus::toKey(before.status), ticketstatus::toKey(status)));
    t.status = status;
    if (!note.isEmpty()) {
        if (note.size() > ticketvalidator::kMaxDescriptionLength)
            throw Error(tr("note: longer than %1 characters").arg(ticketvalidator::kMaxDescriptionLength));
        t.notes.append({QUuid::createUuid(), now, m_store.actor(), note, false});
        // Open311 clients only see open/closed, so the last public word goes in status_notes.
        t.audit.append(audit(QStringLiteral("status_notes"), before.statusNotes, note));
        t.statusNotes = note;
    }
    t.updatedAt = now;
    t.version = before.version + 1;
    Transaction tx(m_store.database().connection());
    const Outbox outbox(m_store.database());
    const QJsonObject beforeDocument = outbox.ticketDocument(t.id);
    TicketRepository(m_store.database()).update(t);
    outbox.enqueueUpdate(t.id, before.version, beforeDocument, outbox.ticketDocument(t.id));
    for (const Note &n : t.notes)
        outbox.enqueueNote(t.id, n);
    for (const AuditEvent &e : t.audit)
        outbox.enqueueAudit(t.id, e);
    tx.commit();
    return require(reference);
}

} // namespace civicdesk::core

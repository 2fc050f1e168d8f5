#include "core/commands/ticketcommands.h"

#include "core/commands/cannedresponselibrary.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/domain/timeordereduuid.h"
#include "core/sla/slaclock.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketvalidator.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {
// A note is insert-only, but the trail still shows who added what and when, beside the status
// changes, so the event needs no old value.
AuditEvent noteAdded(const Note &note)
{
    return {timeOrderedUuid(), note.createdAt,
            note.author,       note.internal ? QStringLiteral("internal_note") : QStringLiteral("note"),
            QString(),         note.text};
}

// The fields commands change, by their audit name, as text both ways (undo writes them back).
const QStringList kFields = {QStringLiteral("status"),       QStringLiteral("status_notes"),
                             QStringLiteral("assignee"),     QStringLiteral("priority"),
                             QStringLiteral("duplicate_of"), QStringLiteral("expected_datetime")};

QString fieldText(const Ticket &t, const QString &field)
{
    if (field == QLatin1String("status"))
        return ticketstatus::toKey(t.status);
    if (field == QLatin1String("status_notes"))
        return t.statusNotes;
    if (field == QLatin1String("assignee"))
        return t.assignee;
    if (field == QLatin1String("priority"))
        return priority::toKey(t.priority);
    if (field == QLatin1String("duplicate_of"))
        return t.duplicateOf.isNull() ? QString() : t.duplicateOf.toString(QUuid::WithoutBraces);
    if (field == QLatin1String("expected_datetime"))
        return t.expectedAt.isValid() ? t.expectedAt.toUTC().toString(Qt::ISODateWithMs) : QString();
    return {};
}

void setFieldText(Ticket &t, const QString &field, const QString &value)
{
    if (field == QLatin1String("status"))
        t.status = ticketstatus::fromKey(value).value_or(t.status);
    else if (field == QLatin1String("status_notes"))
        t.statusNotes = value;
    else if (field == QLatin1String("assignee"))
        t.assignee = value;
    else if (field == QLatin1String("priority"))
        t.priority = priority::fromKey(value).value_or(t.priority);
    else if (field == QLatin1String("duplicate_of"))
        t.duplicateOf = value.isEmpty() ? QUuid() : QUuid::fromString(value);
    else if (field == QLatin1String("expected_datetime"))
        t.expectedAt =
            value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
}

QDateTime holdStartedAt(const Database &db, const QUuid &id)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT hold_started_at FROM tickets WHERE id = ?"));
    q.bind(0, id.toString(QUuid::WithoutBraces)).exec();
    return q.next() ? timestamps::fromDb(q.value(0)) : QDateTime();
}

void checkNoteText(const QString &text)
{
    if (text.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("TicketCommands", "note: the text is empty"),
                    {{QStringLiteral("note"), QCoreApplication::translate("TicketCommands", "is empty")}});
    if (text.size() > ticketvalidator::kMaxDescriptionLength)
        throw Error(QCoreApplication::translate("TicketCommands", "note: longer than %1 characters")
                        .arg(ticketvalidator::kMaxDescriptionLength),
                    {{QStringLiteral("note"), QCoreApplication::translate("TicketCommands", "too long")}});
}
} // namespace

TicketCommands::TicketCommands(LocalStore &store, Role role, QString actor)
    : m_store(store), m_role(role), m_actor(actor.isEmpty() ? store.actor() : std::move(actor))
{
}

void TicketCommands::require(Permission permission, qsizetype ticketCount) const
{
    if (!role::may(m_role, permission))
        throw Error(QCoreApplication::translate("TicketCommands", "a %1 may not do this")
                        .arg(role::displayName(m_role).toLower()),
                    {{QStringLiteral("role"), QCoreApplication::translate("TicketCommands", "not allowed")}});
    if (ticketCount > 1 && !role::may(m_role, Permission::ChangeManyTickets))
        throw Error(QCoreApplication::translate("TicketCommands", "a %1 may change only one ticket at a time")
                        .arg(role::displayName(m_role).toLower()),
                    {{QStringLiteral("role"), QCoreApplication::translate("TicketCommands", "not allowed")}});
    if (ticketCount == 0)
        throw Error(
            QCoreApplication::translate("TicketCommands", "no tickets given"),
            {{QStringLiteral("ticket"), QCoreApplication::translate("TicketCommands", "is required")}});
}

Note TicketCommands::newNote(const QString &text, bool internal) const
{
    return {timeOrderedUuid(), Clock::current().nowUtc(), m_actor, text, internal};
}

CommandResult TicketCommands::apply(const QString &action, const QList<TicketTarget> &targets,
                                    Permission permission, const Change &change)
{
    require(permission, targets.size());
    CommandResult result;
    result.action = action;
    const QDateTime now = Clock::current().nowUtc();
    Transaction tx(m_store.database().connection());
    TicketRepository tickets(m_store.database());
    const Outbox outbox(m_store.database());
    for (const TicketTarget &target : targets) {
        // The fields only: the change appends to the notes and trail, it never reads them.
        std::optional<Ticket> found = tickets.findFieldsByReference(target.reference);
        if (!found)
            found = tickets.findFieldsByReference(referencenumber::normalise(target.reference));
        if (!found) {
            result.skipped.append(
                {target.reference, QCoreApplication::translate("TicketCommands", "no such ticket")});
            continue;
        }
        Ticket t = std::move(*found);
        if (target.expectedVersion > 0 && t.version != target.expectedVersion) {
            result.skipped.append(
                {t.referenceNumber,
                 QCoreApplication::translate("TicketCommands", "changed meanwhile (version %1, expected %2)")
                     .arg(t.version)
                     .arg(target.expectedVersion)});
            continue;
        }
        const Ticket before = t;
        if (const auto reason = change(t, tickets)) {
            result.skipped.append({t.referenceNumber, *reason});
            continue;
        }
        CommandResult::Applied applied{t.id, t.referenceNumber, before.version, {}};
        for (const QString &field : kFields) {
            const QString oldText = fieldText(before, field);
            const QString newText = fieldText(t, field);
            if (oldText == newText)
                continue;
            applied.before.insert(field, oldText);
            t.audit.append({timeOrderedUuid(), now, m_actor, field, oldText, newText});
        }
        // t.audit may also hold events the change added itself (a merge on the parent).
        if (applied.before.isEmpty() && t.notes.isEmpty() && t.audit.isEmpty()) {
            result.applied.append(applied);
            continue;
        }
        if (!applied.before.isEmpty()) {
            // A clock set back (NTP, a dead CMOS battery) never makes a ticket older than its
            // last change: sync merges and SLA figures read these times in order.
            t.updatedAt = std::max(now, before.updatedAt);
            t.version = before.version + 1;
            applied.versionAfter = t.version;
            const QJsonObject beforeDocument = outbox.ticketDocument(t.id);
            tickets.update(t, before);
            outbox.enqueueUpdate(t.id, before.version, beforeDocument, outbox.ticketDocument(t.id));
        } else {
            // Only notes or audit rows: insert-only, the ticket's fields and version stay.
            for (const Note &n : t.notes)
                NoteRepository(m_store.database()).append(t.id, n);
            for (const AuditEvent &e : t.audit)
                AuditRepository(m_store.database()).append(t.id, e);
        }
        for (const Note &n : t.notes)
            outbox.enqueueNote(t.id, n);
        for (const AuditEvent &e : t.audit)
            outbox.enqueueAudit(t.id, e);
        result.applied.append(applied);
    }
    tx.commit();
    return result;
}

CommandResult TicketCommands::assign(const QList<TicketTarget> &targets, const QString &assignee)
{
    const QString who = assignee.trimmed();
    if (who.size() > 200)
        throw Error(
            QCoreApplication::translate("TicketCommands", "assignee: longer than 200 characters"),
            {{QStringLiteral("assignee"), QCoreApplication::translate("TicketCommands", "too long")}});
    return apply(QStringLiteral("assign"), targets, Permission::Assign,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     t.assignee = who;
                     return std::nullopt;
                 });
}

CommandResult TicketCommands::setStatus(const QList<TicketTarget> &targets, TicketStatus status,
                                        const QString &note)
{
    if (!note.isEmpty() && note.size() > ticketvalidator::kMaxDescriptionLength)
        throw Error(QCoreApplication::translate("TicketCommands", "note: longer than %1 characters")
                        .arg(ticketvalidator::kMaxDescriptionLength),
                    {{QStringLiteral("note"), QCoreApplication::translate("TicketCommands", "too long")}});
    const SlaClock sla(m_store.catalog());
    const QDateTime now = Clock::current().nowUtc();
    return apply(QStringLiteral("set-status"), targets, Permission::ChangeOneTicket,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     if (t.status == TicketStatus::OnHold && status != TicketStatus::OnHold) {
                         // The SLA clock resumes with the time that was left when the hold began.
                         t.expectedAt = sla.resumedDue(t.serviceCode, t.expectedAt,
                                                       holdStartedAt(m_store.database(), t.id), now);
                     }
                     t.status = status;
                     if (!note.isEmpty()) {
                         t.notes.append(newNote(note, false));
                         // Open311 clients only see open/closed, so the last public word goes in
                         // status_notes.
                         t.statusNotes = note;
                     }
                     return std::nullopt;
                 });
}

CommandResult TicketCommands::setPriority(const QList<TicketTarget> &targets, Priority priority)
{
    return apply(QStringLiteral("priority"), targets, Permission::SetPriority,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     t.priority = priority;
                     return std::nullopt;
                 });
}

CommandResult TicketCommands::merge(const QString &parentReference, const QList<TicketTarget> &children)
{
    require(Permission::Merge, children.size());
    const TicketRepository lookup(m_store.database());
    std::optional<Ticket> parent = lookup.findByReference(parentReference);
    if (!parent)
        parent = lookup.findByReference(referencenumber::normalise(parentReference));
    if (!parent)
        throw Error(QCoreApplication::translate("TicketCommands", "parent: no ticket with reference %1")
                        .arg(parentReference),
                    {{QStringLiteral("parent"), QCoreApplication::translate("TicketCommands", "not found")}});
    if (!parent->duplicateOf.isNull())
        throw Error(
            QCoreApplication::translate("TicketCommands",
                                        "parent: %1 is itself a duplicate; merge into its original")
                .arg(parent->referenceNumber),
            {{QStringLiteral("parent"), QCoreApplication::translate("TicketCommands", "is a duplicate")}});
    const QUuid parentId = parent->id;
    QStringList merged;
    CommandResult result =
        apply(QStringLiteral("merge"), children, Permission::Merge,
              [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                  if (t.id == parentId)
                      return QCoreApplication::translate("TicketCommands", "is the parent itself");
                  if (t.duplicateOf == parentId)
                      return QCoreApplication::translate("TicketCommands", "already merged into %1")
                          .arg(parent->referenceNumber);
                  t.duplicateOf = parentId;
                  t.status = TicketStatus::Duplicate;
                  merged.append(t.referenceNumber);
                  return std::nullopt;
              });
    if (!merged.isEmpty()) {
        // The parent's own trail says which tickets joined it (insert-only, no field changes).
        const AuditEvent event{timeOrderedUuid(), Clock::current().nowUtc(),
                               m_actor,           QStringLiteral("merged"),
                               QString(),         merged.join(u' ')};
        Transaction tx(m_store.database().connection());
        AuditRepository(m_store.database()).append(parentId, event);
        Outbox(m_store.database()).enqueueAudit(parentId, event);
        tx.commit();
    }
    return result;
}

CommandResult TicketCommands::addNote(const QList<TicketTarget> &targets, const QString &text, bool internal)
{
    checkNoteText(text);
    return apply(QStringLiteral("note"), targets, Permission::ChangeOneTicket,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     t.notes.append(newNote(text, internal));
                     t.audit.append(noteAdded(t.notes.constLast()));
                     return std::nullopt;
                 });
}

CommandResult TicketCommands::respond(const QList<TicketTarget> &targets, const QString &cannedResponseId)
{
    const CannedResponseLibrary library(m_store.database(), m_role);
    const auto response = library.find(cannedResponseId);
    if (!response)
        throw Error(
            QCoreApplication::translate("TicketCommands", "canned response: no response with id %1")
                .arg(cannedResponseId),
            {{QStringLiteral("response"), QCoreApplication::translate("TicketCommands", "not found")}});
    const Catalog &catalog = m_store.catalog();
    return apply(QStringLiteral("respond"), targets, Permission::ChangeOneTicket,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     if (!response->serviceCode.isEmpty() && response->serviceCode != t.serviceCode)
                         return QCoreApplication::translate("TicketCommands",
                                                            "the response \"%1\" is for service %2")
                             .arg(response->title, response->serviceCode);
                     const QString text = CannedResponseLibrary::expand(response->body, t, catalog);
                     t.notes.append(newNote(text, false));
                     t.audit.append(noteAdded(t.notes.constLast()));
                     return std::nullopt;
                 });
}

CommandResult TicketCommands::undo(const CommandResult &done)
{
    QList<TicketTarget> targets;
    QHash<QString, QMap<QString, QString>> restore;
    for (const CommandResult::Applied &a : done.applied) {
        if (a.before.isEmpty())
            continue;
        targets.append({a.reference, a.versionAfter});
        restore.insert(a.reference, a.before);
    }
    if (targets.isEmpty())
        throw Error(QCoreApplication::translate("TicketCommands",
                                                "nothing to undo: notes stay, they are insert-only"));
    // Undo needs the right the original command needed; a single ticket is the common floor.
    return apply(QStringLiteral("undo"), targets, Permission::ChangeOneTicket,
                 [&](Ticket &t, TicketRepository &) -> std::optional<QString> {
                     const QMap<QString, QString> fields = restore.value(t.referenceNumber);
                     for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                         setFieldText(t, it.key(), it.value());
                     return std::nullopt;
                 });
}

} // namespace civicdesk::core

#pragma once

#include "core/accounts/role.h"
#include "core/commands/commandresult.h"
#include "core/commands/tickettarget.h"
#include "core/domain/priority.h"
#include "core/domain/ticket.h"
#include "core/domain/ticketstatus.h"
#include "core/store/localstore.h"

#include <functional>
#include <optional>

namespace civicdesk::core {

class TicketRepository;

// Every change to an existing ticket, for the GUI and the CLI alike (Subsurface's command
// facade). Each call checks the role, validates, and writes the changes, their audit rows and
// their outbox rows in one transaction; it returns what undo() needs. A ticket that cannot take
// the change (gone, changed meanwhile, already merged) is skipped and named, and the rest apply.
class TicketCommands
{
public:
    // actor: who the audit trail names; empty means the store's actor.
    TicketCommands(LocalStore &store, Role role, QString actor = {});

    CommandResult assign(const QList<TicketTarget> &targets, const QString &assignee);
    // A status change; a non-empty note becomes a public note and the status_notes.
    CommandResult setStatus(const QList<TicketTarget> &targets, TicketStatus status,
                            const QString &note = {});
    CommandResult setPriority(const QList<TicketTarget> &targets, Priority priority);
    // The children become duplicates of the parent: they keep their own references, point at
    // the parent and close as "duplicate". The parent records which tickets joined it.
    CommandResult merge(const QString &parentReference, const QList<TicketTarget> &children);
    CommandResult addNote(const QList<TicketTarget> &targets, const QString &text, bool internal);
    // A canned response, filled in per ticket, as a public note.
    CommandResult respond(const QList<TicketTarget> &targets, const QString &cannedResponseId);

    // Restores the fields a command changed, as a new change (the audit trail keeps both). A
    // ticket changed again since is skipped, like any version conflict. Notes stay: they are
    // insert-only.
    CommandResult undo(const CommandResult &done);

    Role role() const { return m_role; }
    QString actor() const { return m_actor; }

private:
    // Decides for one loaded ticket: changes it in place and returns nothing, or returns why it
    // is skipped.
    using Change = std::function<std::optional<QString>(Ticket &ticket, TicketRepository &tickets)>;
    CommandResult apply(const QString &action, const QList<TicketTarget> &targets, Permission permission,
                        const Change &change);
    void require(Permission permission, qsizetype ticketCount) const;
    Note newNote(const QString &text, bool internal) const;

    LocalStore &m_store;
    Role m_role;
    QString m_actor;
};

} // namespace civicdesk::core

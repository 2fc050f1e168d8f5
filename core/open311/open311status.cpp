#include "core/open311/open311status.h"

namespace civicdesk::core::open311status {

namespace {
// The untranslated status name: machine output is never localised.
QString englishName(TicketStatus status)
{
    QString name = ticketstatus::toKey(status);
    name.replace(u'_', u' ');
    name[0] = name.at(0).toUpper();
    return name;
}

QString normal(const QString &text)
{
    QString n = text.trimmed().toLower();
    while (n.endsWith(u'.') || n.endsWith(u':') || n.endsWith(u'-'))
        n.chop(1);
    return n.trimmed();
}

// Words in free-text notes that real servers use for a finer status.
std::optional<TicketStatus> guessFromNotes(const QString &notes, bool open)
{
    const QString n = normal(notes);
    if (n.isEmpty())
        return std::nullopt;
    if (open) {
        if (n.contains(QLatin1String("in progress")))
            return TicketStatus::InProgress;
        if (n.contains(QLatin1String("scheduled")))
            return TicketStatus::ActionScheduled;
        if (n.contains(QLatin1String("on hold")))
            return TicketStatus::OnHold;
        if (n.contains(QLatin1String("acknowledged")) || n == QLatin1String("accepted"))
            return TicketStatus::Acknowledged;
        return std::nullopt;
    }
    if (n.contains(QLatin1String("duplicate")))
        return TicketStatus::Duplicate;
    if (n.contains(QLatin1String("not our responsibility")) || n.contains(QLatin1String("not city jurisdiction")))
        return TicketStatus::NotOurResponsibility;
    if (n.contains(QLatin1String("cancel")))
        return TicketStatus::Cancelled;
    if (n.contains(QLatin1String("resolved")) || n.contains(QLatin1String("completed")))
        return TicketStatus::Resolved;
    return std::nullopt;
}
} // namespace

std::optional<TicketStatus> read(const QString &status, QString &statusNotes)
{
    const QString s = status.trimmed().toLower();
    bool open = false;
    if (s == QLatin1String("open")) {
        open = true;
    } else if (s != QLatin1String("closed")) {
        // Some servers send a richer status in the status field itself.
        return ticketstatus::fromKey(status);
    }
    // Notes that are only a status name are ours (see notesFor()) and are consumed.
    if (const auto named = ticketstatus::fromKey(normal(statusNotes)); named && ticketstatus::isOpen(*named) == open) {
        statusNotes.clear();
        return named;
    }
    if (const auto guessed = guessFromNotes(statusNotes, open))
        return guessed;
    return open ? TicketStatus::New : TicketStatus::Closed;
}

QString notesFor(const Ticket &ticket)
{
    if (!ticket.statusNotes.isEmpty())
        return ticket.statusNotes;
    if (ticket.status == TicketStatus::New || ticket.status == TicketStatus::Closed)
        return {};
    return englishName(ticket.status);
}

} // namespace civicdesk::core::open311status

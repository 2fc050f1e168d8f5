#pragma once

#include "core/domain/ticket.h"

#include <QString>
#include <optional>

namespace civicdesk::core::open311status {

// Open311 only knows "open" and "closed"; CivicDesk's finer status travels in status_notes.
// Reading: "Closed" + "Duplicate request." becomes Duplicate. A status_notes text that only
// names a status ("In progress") is consumed; real notes are kept as they are.
// Returns nullopt when status is neither open/closed nor a CivicDesk status name.
std::optional<TicketStatus> read(const QString &status, QString &statusNotes);

// The status_notes to write: the ticket's own notes, else the English name of a status that
// open/closed alone cannot say (empty for New and Closed).
QString notesFor(const Ticket &ticket);

} // namespace civicdesk::core::open311status

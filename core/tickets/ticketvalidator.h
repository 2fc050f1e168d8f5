#pragma once

#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/domain/ticket.h"

#include <QList>

namespace civicdesk::core::ticketvalidator {

inline constexpr int kMaxDescriptionLength = 4000;

// Entry: a request taken here, every required question answered. Import: a record from
// another system, which never asked our questions, so required answers are not demanded
// (answers that are given are still checked).
enum class Mode { Entry, Import };

// Every problem with the ticket, each naming its field (service_code, attributes.SIZE,
// description, caller.phone, lat, ...). Empty when the ticket may be saved.
QList<FieldError> validate(const Ticket &ticket, const Catalog &catalog, Mode mode = Mode::Entry);

// Throws Error listing every problem when validate() finds any.
void ensureValid(const Ticket &ticket, const Catalog &catalog, Mode mode = Mode::Entry);

// True when the text holds HTML markup (tags, comments or character entities).
bool containsHtml(const QString &text);

} // namespace civicdesk::core::ticketvalidator

#pragma once

#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/domain/ticket.h"

#include <QList>

namespace civicdesk::core::ticketvalidator {

inline constexpr int kMaxDescriptionLength = 4000;

// Every problem with the ticket, each naming its field (service_code, attributes.SIZE,
// description, caller.phone, lat, ...). Empty when the ticket may be saved.
QList<FieldError> validate(const Ticket &ticket, const Catalog &catalog);

// Throws Error listing every problem when validate() finds any.
void ensureValid(const Ticket &ticket, const Catalog &catalog);

// True when the text holds HTML markup (tags, comments or character entities).
bool containsHtml(const QString &text);

} // namespace civicdesk::core::ticketvalidator

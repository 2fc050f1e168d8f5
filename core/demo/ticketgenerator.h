#pragma once

#include "core/domain/ticket.h"

namespace civicdesk::core::ticketgenerator {

// A deterministic, varied synthetic ticket for benchmarks and large demo profiles: index n
// always gives the same ticket (but a fresh UUID), 20,000 a day from 2025-01-01, with valid
// reference numbers for the given workstation code. It bypasses the catalogue on purpose:
// bulk profiles are written straight through TicketRepository.
Ticket make(qint64 index, const QString &workstationCode);

} // namespace civicdesk::core::ticketgenerator

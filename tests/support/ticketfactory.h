#pragma once

#include "core/domain/ticket.h"

namespace civicdesk::testsupport {

// A valid new pothole request for the built-in catalogue; tests change what they test.
core::Ticket potholeTicket();

// A deterministic, varied ticket for bulk tests and benchmarks (no database access).
core::Ticket generatedTicket(qint64 index, const QString &workstationCode);

} // namespace civicdesk::testsupport

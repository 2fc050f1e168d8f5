#pragma once

#include "core/domain/ticketstatus.h"

#include <QSet>
#include <QString>

namespace civicdesk::core {

// Which tickets the map shows. An empty set or mask means "any"; the dates bound requested_at
// (milliseconds UTC, inclusive), 0 meaning open-ended.
struct PinFilter
{
    QSet<QString> serviceCodes;
    quint32 statusMask = 0; // bit (1 << int(status)); 0 lets every status through
    qint64 requestedFromMs = 0;
    qint64 requestedToMs = 0;

    bool operator==(const PinFilter &) const = default;
    void allowStatus(TicketStatus s) { statusMask |= 1u << int(s); }
    bool allows(TicketStatus s) const { return statusMask == 0 || (statusMask & (1u << int(s))) != 0; }
};

} // namespace civicdesk::core

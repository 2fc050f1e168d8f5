#pragma once

#include "core/domain/enumkeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace civicdesk::core {

// CivicDesk's internal workflow. Open311 only knows open/closed, so each status maps onto one
// of those two plus a status_notes text (see open311Status()).
enum class TicketStatus {
    New,
    Acknowledged,
    InProgress,
    ActionScheduled,
    OnHold,
    Resolved,
    Closed,
    Duplicate,
    NotOurResponsibility,
    Cancelled,
};
template <>
inline constexpr std::size_t kEnumCount<TicketStatus> = static_cast<std::size_t>(TicketStatus::Cancelled) +
                                                        1; // the last one

namespace ticketstatus {
QString toKey(TicketStatus status);
QString displayName(TicketStatus status);
std::optional<TicketStatus> fromKey(const QString &key);
bool isOpen(TicketStatus status);
QString open311Status(TicketStatus status);
QList<TicketStatus> all();
QStringList keys();
} // namespace ticketstatus

} // namespace civicdesk::core

#include "core/domain/ticketstatus.h"

namespace civicdesk::core::ticketstatus {

namespace {
constexpr EnumKeys<TicketStatus, kEnumCount<TicketStatus>> kStatuses{
    "TicketStatus",
    KeyMatch::Loose, // "In Progress", "in-progress" and "IN_PROGRESS" all mean in_progress
    {{
        {TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New")},
        {TicketStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("TicketStatus", "Acknowledged")},
        {TicketStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress")},
        {TicketStatus::ActionScheduled, "action_scheduled",
         QT_TRANSLATE_NOOP("TicketStatus", "Action scheduled")},
        {TicketStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("TicketStatus", "On hold")},
        {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")},
        {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")},
        {TicketStatus::Duplicate, "duplicate", QT_TRANSLATE_NOOP("TicketStatus", "Duplicate")},
        {TicketStatus::NotOurResponsibility, "not_our_responsibility",
         QT_TRANSLATE_NOOP("TicketStatus", "Not our responsibility")},
        {TicketStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TicketStatus", "Cancelled")},
    }}};
static_assert(kStatuses.inEnumOrder(), "one entry per TicketStatus, in enum order");
} // namespace

QString toKey(TicketStatus status)
{
    return kStatuses.toKey(status);
}

QString displayName(TicketStatus status)
{
    return kStatuses.displayName(status);
}

std::optional<TicketStatus> fromKey(const QString &key)
{
    return kStatuses.fromKey(key);
}

bool isOpen(TicketStatus status)
{
    // No default: the compiler names a new status that is not placed on either side.
    switch (status) {
    case TicketStatus::New:
    case TicketStatus::Acknowledged:
    case TicketStatus::InProgress:
    case TicketStatus::ActionScheduled:
    case TicketStatus::OnHold:
        return true;
    case TicketStatus::Resolved:
    case TicketStatus::Closed:
    case TicketStatus::Duplicate:
    case TicketStatus::NotOurResponsibility:
    case TicketStatus::Cancelled:
        return false;
    }
    return false;
}

QString open311Status(TicketStatus status)
{
    return isOpen(status) ? QStringLiteral("open") : QStringLiteral("closed");
}

QList<TicketStatus> all()
{
    return kStatuses.values();
}

QStringList keys()
{
    return kStatuses.keys();
}

} // namespace civicdesk::core::ticketstatus

#include "core/intake/wrapupcode.h"

namespace civicdesk::core::wrapupcode {

namespace {
constexpr EnumKeys<WrapUpCode, kEnumCount<WrapUpCode>> kCodes{
    "WrapUpCode",
    KeyMatch::Exact, // only CivicDesk writes call_log.wrap_up
    {{
        {WrapUpCode::TicketCreated, "ticket_created", QT_TRANSLATE_NOOP("WrapUpCode", "Ticket created")},
        {WrapUpCode::ResolvedOnCall, "resolved_on_call", QT_TRANSLATE_NOOP("WrapUpCode", "Resolved on call")},
        {WrapUpCode::InformationOnly, "information_only",
         QT_TRANSLATE_NOOP("WrapUpCode", "Information only")},
        {WrapUpCode::Transferred, "transferred", QT_TRANSLATE_NOOP("WrapUpCode", "Transferred")},
        {WrapUpCode::DuplicateLinked, "duplicate_linked",
         QT_TRANSLATE_NOOP("WrapUpCode", "Duplicate of an existing ticket")},
        {WrapUpCode::CallerHungUp, "caller_hung_up", QT_TRANSLATE_NOOP("WrapUpCode", "Caller hung up")},
        {WrapUpCode::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("WrapUpCode", "Wrong number")},
        {WrapUpCode::Discarded, "discarded", QT_TRANSLATE_NOOP("WrapUpCode", "Discarded")},
    }}};
static_assert(kCodes.inEnumOrder(), "one entry per WrapUpCode, in enum order");
} // namespace

QString toKey(WrapUpCode code)
{
    return kCodes.toKey(code);
}

QString displayName(WrapUpCode code)
{
    return kCodes.displayName(code);
}

std::optional<WrapUpCode> fromKey(const QString &key)
{
    return kCodes.fromKey(key);
}

QList<WrapUpCode> selectable()
{
    return {WrapUpCode::InformationOnly, WrapUpCode::ResolvedOnCall, WrapUpCode::Transferred,
            WrapUpCode::DuplicateLinked, WrapUpCode::CallerHungUp,   WrapUpCode::WrongNumber};
}

bool needsTransferTarget(WrapUpCode code)
{
    return code == WrapUpCode::Transferred;
}

bool needsReason(WrapUpCode code)
{
    return code == WrapUpCode::InformationOnly || code == WrapUpCode::ResolvedOnCall;
}

bool needsTicketReference(WrapUpCode code)
{
    return code == WrapUpCode::DuplicateLinked;
}

} // namespace civicdesk::core::wrapupcode

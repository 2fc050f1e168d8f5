#include "core/intake/wrapupcode.h"

#include <QCoreApplication>

namespace civicdesk::core::wrapupcode {

namespace {
struct CodeInfo
{
    WrapUpCode code;
    const char *key;
    const char *name;
};
constexpr CodeInfo kCodes[] = {
    {WrapUpCode::TicketCreated, "ticket_created", QT_TRANSLATE_NOOP("WrapUpCode", "Ticket created")},
    {WrapUpCode::ResolvedOnCall, "resolved_on_call", QT_TRANSLATE_NOOP("WrapUpCode", "Resolved on call")},
    {WrapUpCode::InformationOnly, "information_only", QT_TRANSLATE_NOOP("WrapUpCode", "Information only")},
    {WrapUpCode::Transferred, "transferred", QT_TRANSLATE_NOOP("WrapUpCode", "Transferred")},
    {WrapUpCode::DuplicateLinked, "duplicate_linked", QT_TRANSLATE_NOOP("WrapUpCode", "Duplicate of an existing ticket")},
    {WrapUpCode::CallerHungUp, "caller_hung_up", QT_TRANSLATE_NOOP("WrapUpCode", "Caller hung up")},
    {WrapUpCode::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("WrapUpCode", "Wrong number")},
    {WrapUpCode::Discarded, "discarded", QT_TRANSLATE_NOOP("WrapUpCode", "Discarded")},
};
} // namespace

QString toKey(WrapUpCode code)
{
    return QString::fromLatin1(kCodes[static_cast<int>(code)].key);
}

QString displayName(WrapUpCode code)
{
    return QCoreApplication::translate("WrapUpCode", kCodes[static_cast<int>(code)].name);
}

std::optional<WrapUpCode> fromKey(const QString &key)
{
    for (const auto &c : kCodes) {
        if (key == QLatin1String(c.key))
            return c.code;
    }
    return std::nullopt;
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

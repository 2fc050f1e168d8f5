#pragma once

#include "core/domain/enumkeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace civicdesk::core {

// How a call ended, as the call log records it (call_log.wrap_up holds the key).
enum class WrapUpCode {
    TicketCreated,
    ResolvedOnCall,
    InformationOnly,
    Transferred,
    DuplicateLinked,
    CallerHungUp,
    WrongNumber,
    Discarded,
};
template <>
inline constexpr std::size_t kEnumCount<WrapUpCode> = static_cast<std::size_t>(WrapUpCode::Discarded) +
                                                      1; // the last one

namespace wrapupcode {
QString toKey(WrapUpCode code);
QString displayName(WrapUpCode code);
std::optional<WrapUpCode> fromKey(const QString &key);
// The codes a call taker picks in the wrap-up dialog (ticket_created and discarded are set by
// Save and Discard themselves).
QList<WrapUpCode> selectable();
bool needsTransferTarget(WrapUpCode code);
bool needsReason(WrapUpCode code);
bool needsTicketReference(WrapUpCode code);
} // namespace wrapupcode

} // namespace civicdesk::core

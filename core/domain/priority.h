#pragma once

#include "core/domain/enumkeys.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

enum class Priority { Low, Normal, High, Urgent };
template <>
inline constexpr std::size_t kEnumCount<Priority> = static_cast<std::size_t>(Priority::Urgent) +
                                                    1; // the last one

namespace priority {
QString toKey(Priority priority);
QString displayName(Priority priority);
std::optional<Priority> fromKey(const QString &key);
QStringList keys();
} // namespace priority

} // namespace civicdesk::core

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

enum class Priority { Low, Normal, High, Urgent };

namespace priority {
QString toKey(Priority priority);
QString displayName(Priority priority);
std::optional<Priority> fromKey(const QString &key);
QStringList keys();
} // namespace priority

} // namespace civicdesk::core

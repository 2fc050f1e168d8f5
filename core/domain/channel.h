#pragma once

#include "core/domain/enumkeys.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

// How the request reached the city.
enum class Channel { Phone, WalkIn, Email, Web, App, Social };
template <>
inline constexpr std::size_t kEnumCount<Channel> = static_cast<std::size_t>(Channel::Social) +
                                                   1; // the last one

namespace channel {
QString toKey(Channel channel);
QString displayName(Channel channel);
std::optional<Channel> fromKey(const QString &key);
QStringList keys();
} // namespace channel

} // namespace civicdesk::core

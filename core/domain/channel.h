#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

// How the request reached the city.
enum class Channel { Phone, WalkIn, Email, Web, App, Social };

namespace channel {
QString toKey(Channel channel);
QString displayName(Channel channel);
std::optional<Channel> fromKey(const QString &key);
QStringList keys();
} // namespace channel

} // namespace civicdesk::core

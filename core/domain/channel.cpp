#include "core/domain/channel.h"

namespace civicdesk::core::channel {

namespace {
constexpr EnumKeys<Channel, kEnumCount<Channel>> kChannels{
    "Channel",
    KeyMatch::Loose,
    {{
        {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone")},
        {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("Channel", "Walk-in")},
        {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
        {Channel::Web, "web", QT_TRANSLATE_NOOP("Channel", "Web")},
        {Channel::App, "app", QT_TRANSLATE_NOOP("Channel", "Mobile app")},
        {Channel::Social, "social", QT_TRANSLATE_NOOP("Channel", "Social media")},
    }}};
static_assert(kChannels.inEnumOrder(), "one entry per Channel, in enum order");
} // namespace

QString toKey(Channel c)
{
    return kChannels.toKey(c);
}

QString displayName(Channel c)
{
    return kChannels.displayName(c);
}

std::optional<Channel> fromKey(const QString &key)
{
    return kChannels.fromKey(key);
}

QStringList keys()
{
    return kChannels.keys();
}

} // namespace civicdesk::core::channel

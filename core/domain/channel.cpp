#include "core/domain/channel.h"

#include <QCoreApplication>

namespace civicdesk::core::channel {

namespace {
struct ChannelInfo
{
    Channel channel;
    const char *key;
    const char *name;
};
constexpr ChannelInfo kChannels[] = {
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone")},
    {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("Channel", "Walk-in")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {Channel::Web, "web", QT_TRANSLATE_NOOP("Channel", "Web")},
    {Channel::App, "app", QT_TRANSLATE_NOOP("Channel", "Mobile app")},
    {Channel::Social, "social", QT_TRANSLATE_NOOP("Channel", "Social media")},
};
} // namespace

QString toKey(Channel c)
{
    return QString::fromLatin1(kChannels[static_cast<int>(c)].key);
}

QString displayName(Channel c)
{
    return QCoreApplication::translate("Channel", kChannels[static_cast<int>(c)].name);
}

std::optional<Channel> fromKey(const QString &key)
{
    QString normal = key.trimmed().toLower();
    normal.replace(u' ', u'_').replace(u'-', u'_');
    for (const auto &c : kChannels) {
        if (normal == QLatin1String(c.key))
            return c.channel;
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList result;
    for (const auto &c : kChannels)
        result.append(QString::fromLatin1(c.key));
    return result;
}

} // namespace civicdesk::core::channel

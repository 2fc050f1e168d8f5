#include "core/domain/priority.h"

#include <QCoreApplication>

namespace civicdesk::core::priority {

namespace {
constexpr const char *kKeys[] = {"low", "normal", "high", "urgent"};
constexpr const char *kNames[] = {QT_TRANSLATE_NOOP("Priority", "Low"), QT_TRANSLATE_NOOP("Priority", "Normal"),
                                  QT_TRANSLATE_NOOP("Priority", "High"), QT_TRANSLATE_NOOP("Priority", "Urgent")};
} // namespace

QString toKey(Priority p)
{
    return QString::fromLatin1(kKeys[static_cast<int>(p)]);
}

QString displayName(Priority p)
{
    return QCoreApplication::translate("Priority", kNames[static_cast<int>(p)]);
}

std::optional<Priority> fromKey(const QString &key)
{
    const QString normal = key.trimmed().toLower();
    for (int i = 0; i < 4; ++i) {
        if (normal == QLatin1String(kKeys[i]))
            return static_cast<Priority>(i);
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList result;
    for (const char *k : kKeys)
        result.append(QString::fromLatin1(k));
    return result;
}

} // namespace civicdesk::core::priority

#include "core/appearance/themesetting.h"

#include "core/domain/error.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSettings>

namespace civicdesk::core {

namespace {
const QString kGroup = QStringLiteral("appearance");
const QString kKey = QStringLiteral("theme");
} // namespace

QString ThemeSetting::toKey(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high_contrast");
    }
    return QStringLiteral("system");
}

std::optional<ThemeSetting::Theme> ThemeSetting::fromKey(const QString &key)
{
    for (Theme theme : all()) {
        if (toKey(theme) == key.trimmed().toLower())
            return theme;
    }
    return std::nullopt;
}

QList<ThemeSetting::Theme> ThemeSetting::all()
{
    return {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast};
}

ThemeSetting::Theme ThemeSetting::load(const Profile &profile)
{
    const QSettings s(profile.settingsPath(), QSettings::IniFormat);
    const QString raw = s.value(kGroup + u'/' + kKey).toString();
    if (raw.isEmpty())
        return Theme::System;
    if (const auto theme = fromKey(raw))
        return *theme;
    qWarning().noquote() << QStringLiteral("%1: [%2] %3: unknown theme \"%4\"; the system's theme is used")
                                .arg(profile.settingsPath(), kGroup, kKey, raw);
    return Theme::System;
}

void ThemeSetting::save(const Profile &profile, Theme theme)
{
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.setValue(kGroup + u'/' + kKey, toKey(theme));
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(QCoreApplication::translate("ThemeSetting", "cannot write the settings file %1")
                        .arg(profile.settingsPath()));
}

} // namespace civicdesk::core

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

constexpr EnumKeys<ThemeSetting::Theme, kEnumCount<ThemeSetting::Theme>> kThemes{
    "ThemeSetting",
    KeyMatch::IgnoreCase,
    {{
        {ThemeSetting::Theme::System, "system", QT_TRANSLATE_NOOP("ThemeSetting", "System")},
        {ThemeSetting::Theme::Light, "light", QT_TRANSLATE_NOOP("ThemeSetting", "Light")},
        {ThemeSetting::Theme::Dark, "dark", QT_TRANSLATE_NOOP("ThemeSetting", "Dark")},
        {ThemeSetting::Theme::HighContrast, "high_contrast",
         QT_TRANSLATE_NOOP("ThemeSetting", "High contrast")},
    }}};
static_assert(kThemes.inEnumOrder(), "one entry per Theme, in enum order");
} // namespace

QString ThemeSetting::toKey(Theme theme)
{
    return kThemes.toKey(theme);
}

std::optional<ThemeSetting::Theme> ThemeSetting::fromKey(const QString &key)
{
    return kThemes.fromKey(key);
}

QList<ThemeSetting::Theme> ThemeSetting::all()
{
    return kThemes.values();
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

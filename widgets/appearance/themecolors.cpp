#include "widgets/appearance/themecolors.h"

#include "widgets/appearance/appearance.h"

#include <array>
#include <utility>

namespace civicdesk::widgets {

namespace {
struct Shades
{
    QRgb light;
    QRgb dark;
    QRgb highContrast;
};

Shades shadesOf(ThemeColors::Role role)
{
    using Role = ThemeColors::Role;
    switch (role) {
    case Role::ErrorText:
        return {0xb00020, 0xff8a80, 0xff9090};
    case Role::SuccessText:
        return {0x1b5e20, 0x81c784, 0x80ff80};
    case Role::WarningBackground:
        return {0xfff8e1, 0x43380c, 0x000000};
    case Role::WarningBorder:
        return {0xf9a825, 0xf9a825, 0xffff00};
    case Role::InfoBackground:
        return {0xe3f2fd, 0x0d2a45, 0x000000};
    case Role::InfoBorder:
        return {0x90caf9, 0x42a5f5, 0x00ffff};
    case Role::ErrorBackground:
        return {0xfdecea, 0x4a1a1d, 0x000000};
    case Role::ErrorBorder:
        return {0xf5c6cb, 0xe57373, 0xff9090};
    case Role::SlaMissed:
        return {0xf8d7da, 0x5c1f24, 0x6b0000};
    case Role::SlaDueSoon:
        return {0xffecb3, 0x4d3b00, 0x5a4a00};
    case Role::SlaPaused:
        return {0xe0e0e0, 0x3c3f44, 0x303030};
    case Role::SlaMet:
        return {0xd4edda, 0x1d4227, 0x004400};
    case Role::ChartGood:
        return {0x1b7f3b, 0x4caf50, 0x00ff00};
    case Role::ChartWarning:
        return {0xd9821e, 0xffb74d, 0xffff00};
    case Role::AlarmBackground:
        return {0xb71c1c, 0xb71c1c, 0x8b0000};
    }
    return {0x000000, 0xffffff, 0xffffff};
}
} // namespace

QColor ThemeColors::color(Role role)
{
    const Shades s = shadesOf(role);
    switch (Appearance::tone()) {
    case Appearance::Tone::Light:
        return QColor(s.light);
    case Appearance::Tone::Dark:
        return QColor(s.dark);
    case Appearance::Tone::HighContrast:
        return QColor(s.highContrast);
    }
    return QColor(s.light);
}

QColor ThemeColors::textOn(Role background)
{
    if (background == Role::AlarmBackground)
        return QColor(Qt::white);
    // Every other background shade is pale on a light theme and deep on the others.
    return Appearance::tone() == Appearance::Tone::Light ? QColor(Qt::black) : QColor(Qt::white);
}

QString ThemeColors::expand(QString styleSheet)
{
    static const std::array<std::pair<QLatin1StringView, Role>, 9> tokens{{
        {QLatin1StringView("{error}"), Role::ErrorText},
        {QLatin1StringView("{success}"), Role::SuccessText},
        {QLatin1StringView("{warning-bg}"), Role::WarningBackground},
        {QLatin1StringView("{warning-border}"), Role::WarningBorder},
        {QLatin1StringView("{info-bg}"), Role::InfoBackground},
        {QLatin1StringView("{info-border}"), Role::InfoBorder},
        {QLatin1StringView("{error-bg}"), Role::ErrorBackground},
        {QLatin1StringView("{error-border}"), Role::ErrorBorder},
        {QLatin1StringView("{alarm-bg}"), Role::AlarmBackground},
    }};
    for (const auto &[token, role] : tokens) {
        if (styleSheet.contains(token))
            styleSheet.replace(token, color(role).name());
    }
    return styleSheet;
}

} // namespace civicdesk::widgets

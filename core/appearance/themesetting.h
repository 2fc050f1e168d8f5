#pragma once

#include "core/domain/enumkeys.h"

#include <QString>
#include <optional>

namespace civicdesk::core {

class Profile;

// The colour theme a user chose (View > Appearance), kept in the profile's settings file
// beside the other settings, under [appearance] theme.
class ThemeSetting final
{
public:
    enum class Theme { System, Light, Dark, HighContrast };

    static QString toKey(Theme theme);
    static std::optional<Theme> fromKey(const QString &key);
    static QList<Theme> all();

    // An unknown or missing value is the system's theme; an unknown one is logged, naming the file.
    static Theme load(const Profile &profile);
    // Throws core::Error when the settings file cannot be written.
    static void save(const Profile &profile, Theme theme);
};

template <>
inline constexpr std::size_t
    kEnumCount<ThemeSetting::Theme> = static_cast<std::size_t>(ThemeSetting::Theme::HighContrast) +
                                      1; // the last one

} // namespace civicdesk::core

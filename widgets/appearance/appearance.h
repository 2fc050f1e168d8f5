#pragma once

#include "core/appearance/themesetting.h"

#include <QPalette>

namespace civicdesk::widgets {

// Applies a colour theme to the whole application: the platform's own style and palette
// (System), or Qt's Fusion style with a Light, Dark or High contrast palette of ours.
class Appearance final
{
public:
    using Theme = core::ThemeSetting::Theme;
    // What the colours in use look like, for widgets that pick their own colours.
    enum class Tone { Light, Dark, HighContrast };

    static void apply(Theme theme);
    static Theme current();
    static Tone tone();
    // The palette a chosen theme uses; System has none of its own (the platform's is kept).
    static QPalette palette(Theme theme);
};

} // namespace civicdesk::widgets

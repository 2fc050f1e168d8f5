#pragma once

class QString;
class QWidget;

namespace civicdesk::widgets {

// A widget stylesheet written with ThemeColors tokens ("color: {error};"), expanded for the
// theme in use and expanded again whenever the theme changes.
class ThemedStyleSheet final
{
public:
    static void set(QWidget *widget, const QString &styleSheet);
    // Called by Appearance::apply after the palette changed.
    static void refreshAll();
};

} // namespace civicdesk::widgets

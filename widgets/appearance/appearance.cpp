#include "widgets/appearance/appearance.h"

#include "widgets/appearance/themedstylesheet.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace civicdesk::widgets {

namespace {
Appearance::Theme g_current = Appearance::Theme::System;
// The platform's style and palette, kept from before the first change so that System can go
// back to them.
struct SystemLook
{
    QString style;
    QPalette palette;
};
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x6b, 0x70, 0x76));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x4d, 0x90, 0xfe));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

// Black and white with yellow focus and selection, the colours of the usual high-contrast
// desktop themes: every text at least 15:1 against its background.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    // Disabled still readable, but told apart: green, as in the usual high-contrast themes.
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x3f, 0xf2, 0x3f));
    return p;
}
} // namespace

QPalette Appearance::palette(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return systemLook().palette;
    case Theme::Light: {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette light = fusion->standardPalette();
        // Fusion's selection blue gives white text only 3.7:1; a deeper blue gives 6.5:1.
        light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1c, 0x5f, 0xa8));
        light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1c, 0x5f, 0xa8));
        return light;
    }
    case Theme::Dark:
        return darkPalette();
    case Theme::HighContrast:
        return highContrastPalette();
    }
    return systemLook().palette;
}

void Appearance::apply(Theme theme)
{
    const SystemLook &system = systemLook();
    const QString style = theme == Theme::System ? system.style : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    g_current = theme;
    QApplication::setPalette(palette(theme));
    // Fusion draws an input's frame a shade darker than the window: on black, no frame at all.
    // High contrast gives every input a white frame, and the one with the focus a yellow one.
    qApp->setStyleSheet(
        theme == Theme::HighContrast
            ? QStringLiteral(
                  "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView "
                  "{ border: 1px solid white; padding: 2px; }"
                  "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, "
                  "QComboBox:focus, QAbstractItemView:focus { border: 2px solid yellow; }"
                  "QCheckBox::indicator, QRadioButton::indicator "
                  "{ width: 12px; height: 12px; border: 2px solid white; }"
                  "QRadioButton::indicator { border-radius: 8px; }"
                  "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: white; }"
                  "QCheckBox:focus, QRadioButton:focus { color: yellow; }")
            : QString());
    ThemedStyleSheet::refreshAll();
}

Appearance::Theme Appearance::current()
{
    return g_current;
}

Appearance::Tone Appearance::tone()
{
    switch (g_current) {
    case Theme::HighContrast:
        return Tone::HighContrast;
    case Theme::Dark:
        return Tone::Dark;
    case Theme::Light:
        return Tone::Light;
    case Theme::System:
        break;
    }
    // The system's palette decides: a dark desktop theme gives a dark window colour.
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? Tone::Dark : Tone::Light;
}

} // namespace civicdesk::widgets

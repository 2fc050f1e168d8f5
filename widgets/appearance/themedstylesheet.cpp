#include "widgets/appearance/themedstylesheet.h"

#include "widgets/appearance/themecolors.h"

#include <QApplication>
#include <QWidget>

namespace civicdesk::widgets {

namespace {
constexpr const char *kTemplateProperty = "civicdeskStyleTemplate";
}

void ThemedStyleSheet::set(QWidget *widget, const QString &styleSheet)
{
    widget->setProperty(kTemplateProperty, styleSheet);
    widget->setStyleSheet(ThemeColors::expand(styleSheet));
}

void ThemedStyleSheet::refreshAll()
{
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        const QVariant styleTemplate = widget->property(kTemplateProperty);
        if (styleTemplate.isValid())
            widget->setStyleSheet(ThemeColors::expand(styleTemplate.toString()));
    }
}

} // namespace civicdesk::widgets

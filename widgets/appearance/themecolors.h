#pragma once

#include <QColor>
#include <QString>

namespace civicdesk::widgets {

// The colours that carry a meaning (an error, a warning, an SLA state), in the shade that stays
// legible on the theme in use. Widgets ask here instead of hard-coding a light-theme colour.
class ThemeColors final
{
public:
    enum class Role {
        ErrorText,
        SuccessText,
        WarningBackground,
        WarningBorder,
        InfoBackground,
        InfoBorder,
        ErrorBackground,
        ErrorBorder,
        SlaMissed,
        SlaDueSoon,
        SlaPaused,
        SlaMet,
        ChartGood,
        ChartWarning,
        // The emergency and TRAINING banners: white on deep red in every theme, deeper in high
        // contrast so that the pair reaches its 7:1.
        AlarmBackground,
    };

    static QColor color(Role role);
    // The text colour to write on one of the background roles above.
    static QColor textOn(Role background);
    // "{error}" and the other names of stylesheet tokens, for ThemedStyleSheet.
    static QString expand(QString styleSheet);
};

} // namespace civicdesk::widgets

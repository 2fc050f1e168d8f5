#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace civicdesk::widgets {

// The quick reference's pages: one Markdown file per topic and language under :/help
// (resources/help/<language>/<topic>.md), plus the shortcut list made from the live actions.
class HelpTopics final
{
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)

public:
    struct Topic
    {
        QString id;
        QString title;
    };

    static inline const QString kShortcuts = QStringLiteral("shortcuts");
    static inline const QString kOverview = QStringLiteral("overview");

    // In the order the help window lists them; every id but "shortcuts" has a file.
    static QList<Topic> all();
    static QStringList languages();
    // "es" for a Spanish locale; "en" for a language the help is not written in.
    static QString languageFor(const QLocale &locale);
    static QString resourcePath(const QString &language, const QString &topic);
    // The topic's Markdown in this language, falling back to English.
    static QString markdown(const QString &topic, const QString &language);
    // The topic for the screen that holds this widget (the focus): "call", "kb", "map", ...
    // Empty when no screen of the main window holds it.
    static QString topicForWidget(const QWidget *widget);
};

} // namespace civicdesk::widgets

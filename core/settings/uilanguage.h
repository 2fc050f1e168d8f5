#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// Chooses and installs the user interface language at start and whenever Preferences changes
// it. Installing a translator makes Qt send LanguageChange to every widget, which is what the
// console rebuilds its window on. Every problem falls back rather than fails: an unknown
// language uses the system locale, a missing or corrupt .qm file English, and each says so in
// the log (qWarning) and in warnings.
class UiLanguage final
{
public:
    // The language a setting means: one of WorkstationSettings::languageCodes(); "" or "system"
    // (and an unknown code) follow the system locale, and a system locale CivicDesk was not
    // translated into is English.
    static QString resolve(const QString &setting, QStringList *warnings = nullptr);
    // Installs CivicDesk's (from `directory`, by default the embedded :/i18n) and Qt's own
    // translations for the setting in place of the previous ones, and makes its locale the
    // default. Returns the language now shown.
    static QString apply(const QString &setting, QStringList *warnings = nullptr,
                         const QString &directory = QStringLiteral(":/i18n"));
    // What apply() installed last ("" before the first call).
    static QString current();
};

} // namespace civicdesk::core

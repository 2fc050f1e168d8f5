#include "core/settings/uilanguage.h"

#include "core/settings/workstationsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>

namespace civicdesk::core {

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "civicdesk.language")

struct Installed
{
    std::unique_ptr<QTranslator> civicdesk;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed &installed()
{
    static Installed s;
    return s;
}

void report(QStringList *warnings, const QString &message)
{
    qCWarning(lcLanguage, "%s", qPrintable(message));
    if (warnings)
        warnings->append(message);
}

QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (WorkstationSettings::languageCodes().contains(code))
            return code;
    }
    return QStringLiteral("en");
}
} // namespace

QString UiLanguage::resolve(const QString &setting, QStringList *warnings)
{
    const QString code = setting.trimmed().toLower();
    if (WorkstationSettings::languageCodes().contains(code))
        return code;
    if (!code.isEmpty() && code != QLatin1String("system"))
        report(warnings, QCoreApplication::translate("UiLanguage",
                                                     "unknown language \"%1\" in the settings; the system "
                                                     "language is used")
                             .arg(setting));
    return systemLanguage();
}

QString UiLanguage::apply(const QString &setting, QStringList *warnings, const QString &directory)
{
    QString language = resolve(setting, warnings);
    Installed &now = installed();
    if (now.civicdesk)
        QCoreApplication::removeTranslator(now.civicdesk.get());
    if (now.qt)
        QCoreApplication::removeTranslator(now.qt.get());
    now.civicdesk = std::make_unique<QTranslator>();
    now.qt = std::make_unique<QTranslator>();

    // QTranslator::load() checks the file's magic number and structure, so a truncated or
    // foreign file fails here like a missing one. English carries the plural forms
    // ("1 ticket", "2 tickets"), so it is loaded too, never skipped.
    const QString file = QStringLiteral("civicdesk_%1").arg(language);
    if (!now.civicdesk->load(file, directory)) {
        report(warnings, QCoreApplication::translate("UiLanguage",
                                                     "the translation %1 is missing or damaged; English is "
                                                     "used")
                             .arg(QDir(directory).filePath(file + QStringLiteral(".qm"))));
        language = QStringLiteral("en");
        if (!now.civicdesk->load(QStringLiteral("civicdesk_en"), directory))
            report(warnings, QCoreApplication::translate(
                                 "UiLanguage", "the English translation in %1 is missing or damaged "
                                               "too; plural forms may read \"(s)\"")
                                 .arg(directory));
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // Qt's own buttons (Cancel, Close); English needs none, and without them Qt is English.
    if (language != QLatin1String("en") && now.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(now.qt.get());
    if (!now.civicdesk->isEmpty())
        QCoreApplication::installTranslator(now.civicdesk.get());
    now.language = language;
    return language;
}

QString UiLanguage::current()
{
    return installed().language;
}

} // namespace civicdesk::core

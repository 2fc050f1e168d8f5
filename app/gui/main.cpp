// civicdesk: the call taker's console. Parses arguments, opens the profile, shows the window.
#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "widgets/shell/firstpaintprobe.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

using namespace civicdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.civicdesk.CivicDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CivicDesk, a desktop console for 311 call centres"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Profile folder (default: $CIVICDESK_PROFILE, else the "
                                                          "user's application data folder)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"),
                                              QStringLiteral("Print the milliseconds from process start to the "
                                                             "first painted main window, then exit."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("User interface language (en, es, fr)."),
                                            QStringLiteral("LANG"));
    parser.addOptions({profileOption, firstPaintOption, languageOption});
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("civicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    std::unique_ptr<core::LocalStore> store;
    try {
        store = std::make_unique<core::LocalStore>(
            core::Profile(core::Profile::resolveDirectory(parser.value(profileOption))));
    } catch (const core::Error &e) {
        if (parser.isSet(firstPaintOption)) {
            std::fprintf(stderr, "civicdesk: %s\n", qPrintable(e.message()));
            return 1;
        }
        QMessageBox::critical(nullptr, QStringLiteral("CivicDesk"),
                              QApplication::translate("main", "CivicDesk cannot open its profile:\n\n%1")
                                  .arg(e.message()));
        return 1;
    }

    widgets::MainWindow window(*store);
    widgets::FirstPaintProbe probe;
    if (parser.isSet(firstPaintOption))
        probe.watch(&window);
    window.show();
    return QApplication::exec();
}

// civicdesk: the call taker's console. Parses arguments, opens the profile, shows the window.
#include "core/domain/error.h"
#include "core/intake/screenpopchannel.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "widgets/shell/firstpaintprobe.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/signindialog.h"
#include "widgets/training/democonsole.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <memory>
#include <thread>

using namespace civicdesk;

namespace {
// Listing the installed fonts (fontconfig) is the largest single cost before the first paint,
// and the first image read (the toolbar's own icon) loads every image-format plugin. Both land
// in process-wide caches: QFontDatabase is thread-safe, and images may be read on any thread.
void warmUpSharedCaches()
{
    (void)QFontDatabase::families();
    QBuffer png;
    png.open(QIODevice::ReadWrite);
    QImage(1, 1, QImage::Format_ARGB32).save(&png, "PNG");
    png.seek(0);
    (void)QImageReader(&png).read(); // no format given: the plugins are loaded to sniff it
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Work that every start pays and that Qt shares between threads: the second core does it
    // while this one opens the store and builds the window.
    const std::jthread warmUp(warmUpSharedCaches);
    QApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.civicdesk.CivicDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CivicDesk, a desktop console for 311 call centres"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Profile folder (default: $CIVICDESK_PROFILE, else the "
                       "user's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Print the milliseconds from process start to the "
                       "first painted main window, then exit."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("User interface language (en, es, fr)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption callerOption(QStringLiteral("caller"),
                                          QStringLiteral("Open a new call for this caller's number (screen pop); "
                                                         "a tel: URI works too. Goes to the running instance."),
                                          QStringLiteral("NUMBER"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Training mode: a generated demo city in a sandbox profile of its "
                                                       "own (--profile names another sandbox folder); never live."));
    parser.addOptions({profileOption, firstPaintOption, languageOption, callerOption, demoOption});
    parser.addPositionalArgument(QStringLiteral("tel:NUMBER"), QStringLiteral("Screen pop, as --caller."));
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English is the fallback for any other locale (C/POSIX too): its file carries the plural
    // forms, so "%n ticket(s)" reads "1 ticket" and "2 tickets".
    if (translator.load(locale, QStringLiteral("civicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("civicdesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    if (parser.isSet(demoOption))
        return widgets::DemoConsole::run(parser.value(profileOption));

    // One instance per profile: a second start hands over its caller (or just raises the
    // window) and exits before it opens the store.
    const QString profileDirectory = core::Profile::resolveDirectory(parser.value(profileOption));
    const std::optional<QString> caller =
        parser.isSet(callerOption)
            ? std::optional<QString>(parser.value(callerOption))
            : core::ScreenPopChannel::callerFromArguments(parser.positionalArguments());
    core::ScreenPopChannel screenPop(core::ScreenPopChannel::serverNameFor(profileDirectory));
    if (!parser.isSet(firstPaintOption) && !screenPop.listen()) {
        if (core::ScreenPopChannel::sendToRunning(screenPop.serverName(), caller.value_or(QString())))
            return 0;
        std::fprintf(stderr, "civicdesk: another instance is running but did not answer\n");
        return 1;
    }

    std::unique_ptr<core::LocalStore> store;
    try {
        store = std::make_unique<core::LocalStore>(core::Profile(profileDirectory));
    } catch (const core::Error &e) {
        if (parser.isSet(firstPaintOption)) {
            std::fprintf(stderr, "civicdesk: %s\n", qPrintable(e.message()));
            return 1;
        }
        QMessageBox::critical(
            nullptr, QStringLiteral("CivicDesk"),
            QApplication::translate("main", "CivicDesk cannot open its profile:\n\n%1").arg(e.message()));
        return 1;
    }

    // Profiles with local accounts sign in first; a single-user profile goes straight in.
    const std::optional<core::Account> account = widgets::SignInDialog::signIn(*store);
    if (!account)
        return 0;
    widgets::MainWindow window(*store);
    window.setAccount(*account);
    widgets::FirstPaintProbe probe;
    if (parser.isSet(firstPaintOption))
        probe.watch(&window);
    window.show();
    QObject::connect(&screenPop, &core::ScreenPopChannel::callerArrived, &window,
                     &widgets::MainWindow::startCallFromScreenPop);
    QObject::connect(&screenPop, &core::ScreenPopChannel::activationRequested, &window, [&window] {
        window.raise();
        window.activateWindow();
    });
    if (caller)
        window.startCallFromScreenPop(*caller);
    return QApplication::exec();
}

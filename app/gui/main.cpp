// civicdesk: the call taker's console. Parses arguments, opens the profile, shows the window.
#include "core/domain/error.h"
#include "core/help/manpage.h"
#include "core/intake/screenpopchannel.h"
#include "core/platform/heapreturn.h"
#include "core/profile/profile.h"
#include "core/profile/profilelock.h"
#include "core/settings/uilanguage.h"
#include "core/settings/workstationsettings.h"
#include "core/store/importjournal.h"
#include "core/store/localstore.h"
#include "core/store/storebackup.h"
#include "widgets/settings/mainwindowhost.h"
#include "widgets/shell/firstpaintprobe.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/storerecoveryprompt.h"
#include "widgets/training/democonsole.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFuture>
#include <QImage>
#include <QImageReader>
#include <QtConcurrent>
#include <cstdio>
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
    core::HeapReturn::tuneForLongRun(); // before any thread: the console runs all shift
    // Names first: --version prints them, and it runs before any application object exists.
    QApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CivicDesk, a desktop console for 311 call centres"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
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
    const QCommandLineOption callerOption(
        QStringLiteral("caller"),
        QStringLiteral("Open a new call for this caller's number (screen pop); "
                       "a tel: URI works too. Goes to the running instance."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Training mode: a generated demo city in a sandbox profile of its "
                       "own (--profile names another sandbox folder); never live."));
    const QCommandLineOption manOption(QStringLiteral("man"),
                                       QStringLiteral("Print the manual page and exit."));
    const QList<QCommandLineOption> options{profileOption, firstPaintOption, languageOption,
                                            callerOption,  demoOption,       manOption};
    parser.addOptions(options);
    const QString telDescription = QStringLiteral("Screen pop, as --caller.");
    parser.addPositionalArgument(QStringLiteral("tel:NUMBER"), telDescription);

    // --help and --version need no display: answer them before QApplication connects to one
    // (it aborts without), and return rather than exit() so that no thread is still running.
    // Qt's own options (-platform ...) are unknown here; the full parse below sees them removed.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    (void)parser.parse(arguments);
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(manOption)) {
        // The page comes from the option table above, as --help does, so the two never disagree.
        core::ManPage page(QStringLiteral("civicdesk"),
                           QStringLiteral("the CivicDesk 311 call taker's console"),
                           QApplication::applicationVersion());
        page.setSynopsis(QStringLiteral("civicdesk [OPTIONS] [tel:NUMBER]"));
        page.setDescription(parser.applicationDescription() +
                            QStringLiteral(". A second start with a caller's number hands it to the "
                                           "console already open on the profile (screen pop)."));
        core::ManPage::Section optionSection = core::ManPage::optionsSection(
            QStringLiteral("Options"), QList{helpOption, versionOption} + options);
        // addHelpOption() adds --help-all too, without handing it back.
        optionSection.entries.insert(1, {QStringLiteral("--help-all"),
                                         QStringLiteral("Displays help including Qt specific options.")});
        optionSection.entries.append({QStringLiteral("tel:NUMBER"), telDescription});
        page.addSection(optionSection);
        page.addSection({QStringLiteral("Environment"),
                         {{QStringLiteral("CIVICDESK_PROFILE"),
                           QStringLiteral("The profile folder when --profile is not given.")}},
                         {}});
        page.addSection({QStringLiteral("See also"), {}, QStringLiteral("civicdesk-cli(1)")});
        std::fputs(qPrintable(page.toTroff()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QApplication::applicationName()),
                    qPrintable(QApplication::applicationVersion()));
        return 0;
    }

    QApplication app(argc, argv);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "civicdesk: %s\n", qPrintable(parser.errorText()));
        return 1;
    }
    // Work that every start pays and that Qt shares between threads: the second core does it
    // while this one opens the store and builds the window.
    const std::jthread warmUp(warmUpSharedCaches);
    QApplication::setApplicationDisplayName(QStringLiteral("CivicDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.civicdesk.CivicDesk"));

    // --language wins over Preferences' choice; either falls back (unknown code: the system
    // locale; missing or damaged translation: English) and says so in the log.
    const QString profileDirectory = core::Profile::resolveDirectory(parser.value(profileOption));
    const core::Profile profile(profileDirectory);
    core::UiLanguage::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                         : core::WorkstationSettings::load(profile).language);

    if (parser.isSet(demoOption))
        return widgets::DemoConsole::run(parser.value(profileOption));

    // One console per profile: a second start hands its caller to the console that holds the
    // profile (the phone system's screen pop) and exits; without a caller it refuses.
    const std::optional<QString> caller =
        parser.isSet(callerOption)
            ? std::optional<QString>(parser.value(callerOption))
            : core::ScreenPopChannel::callerFromArguments(parser.positionalArguments());
    core::ScreenPopChannel screenPop(core::ScreenPopChannel::serverNameFor(profileDirectory));
    core::ProfileLock lock(profile);
    auto lockState = core::ProfileLock::State::Acquired;
    if (!parser.isSet(firstPaintOption)) {
        QDir().mkpath(profileDirectory);
        lockState = lock.tryLock();
        if (lockState == core::ProfileLock::State::HeldByOther || !screenPop.listen()) {
            const bool answered =
                core::ScreenPopChannel::sendToRunning(screenPop.serverName(), caller.value_or(QString()));
            if (answered && caller)
                return 0;
            std::fprintf(
                stderr, "%s\n",
                qPrintable(answered ? QApplication::translate(
                                          "main", "civicdesk: CivicDesk is already open on the profile %1 "
                                                  "(process %2); that window was brought to the front")
                                          .arg(profileDirectory)
                                          .arg(lock.holderPid())
                                    : QApplication::translate(
                                          "main", "civicdesk: another CivicDesk holds the profile %1 "
                                                  "(process %2) but did not answer")
                                          .arg(profileDirectory)
                                          .arg(lock.holderPid())));
            return 1;
        }
    }

    // After a crash or a power cut, check the store before anything writes to it.
    if (lockState == core::ProfileLock::State::AcquiredAfterCrash && QFileInfo::exists(profile.storePath())) {
        const QString problem = core::StoreBackup::quickCheck(profile.storePath());
        if (!problem.isEmpty() && !widgets::StoreRecoveryPrompt::run(profile, problem))
            return 1;
    }

    std::unique_ptr<core::LocalStore> store;
    try {
        store = std::make_unique<core::LocalStore>(profile);
    } catch (const core::Error &e) {
        if (parser.isSet(firstPaintOption)) {
            std::fprintf(stderr, "civicdesk: %s\n", qPrintable(e.message()));
            return 1;
        }
        widgets::MessageBox::critical(
            nullptr, QStringLiteral("CivicDesk"),
            QApplication::translate("main", "CivicDesk cannot open its profile:\n\n%1").arg(e.message()));
        return 1;
    }

    // Start-up housekeeping and the daily backup run beside the console on their own
    // connection; the backup at exit is below.
    const core::StoreBackup backups(profile);
    QFuture<void> dailyBackup;
    if (!parser.isSet(firstPaintOption)) {
        dailyBackup = QtConcurrent::run([&backups, &store] {
            try {
                // An import whose process died left committed batches behind: take them out.
                core::ImportJournal::removeAbandoned(*store);
                backups.createIfDue(store->database(), QDateTime::currentDateTimeUtc());
            } catch (const core::Error &e) {
                std::fprintf(stderr, "civicdesk: %s\n", qPrintable(e.message()));
            }
        });
    }

    // Profiles with local accounts sign in first; a single-user profile goes straight in.
    const std::optional<core::Account> account = widgets::SignInDialog::signIn(*store);
    if (!account) {
        dailyBackup.waitForFinished(); // it holds the store
        return 0;
    }
    // The host builds the window again when Preferences changes the language.
    widgets::MainWindowHost host(*store, *account);
    widgets::FirstPaintProbe probe;
    if (parser.isSet(firstPaintOption))
        probe.watch(host.window());
    host.window()->show();
    QObject::connect(&screenPop, &core::ScreenPopChannel::callerArrived, &host,
                     &widgets::MainWindowHost::startCallFromScreenPop);
    QObject::connect(&screenPop, &core::ScreenPopChannel::activationRequested, &host,
                     &widgets::MainWindowHost::bringToFront);
    if (caller)
        host.startCallFromScreenPop(*caller);
    const int result = QApplication::exec();
    dailyBackup.waitForFinished();
    if (!parser.isSet(firstPaintOption)) {
        try {
            backups.create(store->database());
        } catch (const core::Error &e) {
            std::fprintf(stderr, "civicdesk: %s\n", qPrintable(e.message()));
        }
    }
    return result;
}

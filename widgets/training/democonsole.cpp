#include "widgets/training/democonsole.h"

#include "core/accounts/localsignin.h"
#include "core/demo/demosandbox.h"
#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/settings/mainwindowhost.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"
#include "widgets/training/scenarioplayer.h"
#include "widgets/training/trainerresultsdialog.h"
#include "widgets/training/trainingbanner.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <functional>
#include <memory>

namespace civicdesk::widgets {

namespace {

// Runs work on a worker thread while a small window says what is happening; the window's
// event loop keeps it painted. Returns the worker's error message, empty on success.
QString runWithProgress(const QString &text, const std::function<void()> &work)
{
    QWidget window;
    window.setWindowTitle(QApplication::applicationDisplayName());
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(text, &window);
    label->setObjectName(QStringLiteral("demoProgress"));
    label->setWordWrap(true);
    label->setMinimumWidth(360);
    layout->addWidget(label);
    window.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work]() -> QString {
        try {
            work();
            return {};
        } catch (const core::Error &e) {
            return e.message();
        } catch (const std::exception &e) {
            return QString::fromLocal8Bit(e.what());
        }
    }));
    loop.exec();
    return watcher.result();
}

// The sandbox could not be opened: offer to put it back as generated.
bool offerReset(const QString &directory, const QString &problem)
{
    QMessageBox box(
        QMessageBox::Warning, QApplication::applicationDisplayName(),
        DemoConsole::tr(
            "The demo profile cannot be opened:\n\n%1\n\nReset the demo? Everything done in it is "
            "lost; training results are kept.")
            .arg(problem),
        QMessageBox::Reset | QMessageBox::Close);
    box.setObjectName(QStringLiteral("corruptDemoDialog"));
    box.setDefaultButton(QMessageBox::Reset);
    if (MessageBox::exec(box) != QMessageBox::Reset)
        return false;
    const QString error = runWithProgress(DemoConsole::tr("Resetting the demo…"),
                                          [directory] { core::DemoSandbox::reset(directory); });
    if (!error.isEmpty()) {
        MessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                             DemoConsole::tr("The reset failed:\n\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace

bool DemoConsole::prepare(const QString &directory)
{
    if (!core::DemoSandbox::isSandbox(directory) || !QFile::exists(core::Profile(directory).storePath())) {
        const QString error =
            runWithProgress(tr("Building the demo city (a few seconds, only the first time)…"),
                            [directory] { core::DemoSandbox::ensure(directory); });
        if (!error.isEmpty()) {
            MessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                 tr("The demo could not be prepared:\n\n%1").arg(error));
            return false;
        }
    }
    return true;
}

std::unique_ptr<core::LocalStore> DemoConsole::openSandbox(const QString &directory)
{
    for (;;) {
        if (!prepare(directory))
            return nullptr;
        try {
            return std::make_unique<core::LocalStore>(core::Profile(directory));
        } catch (const core::Error &e) {
            if (!offerReset(directory, e.message()))
                return nullptr;
        }
    }
}

int DemoConsole::run(const QString &profileOption)
{
    const QString directory = profileOption.isEmpty() ? core::DemoSandbox::defaultDirectory()
                                                      : core::Profile::resolveDirectory(profileOption);
    TrainingBanner banner;
    qApp->installEventFilter(&banner);
    for (;;) {
        std::unique_ptr<core::LocalStore> store = openSandbox(directory);
        if (!store)
            return 1;
        int result = 0;
        {
            // The host builds the window again when Preferences changes the language; each new
            // window gets the demo's parts again (the DemoConsole is the window's child).
            MainWindowHost host(*store, core::LocalSignIn::beforeSignIn(*store));
            core::LocalStore *demoStore = store.get();
            QObject::connect(&host, &MainWindowHost::windowReplaced, &host,
                             [demoStore](MainWindow *window) { new DemoConsole(*window, *demoStore); });
            MainWindow &window = *host.window();
            new DemoConsole(window, *store);
            // Trainees' machines are often small (1366 x 768): the whole window on the screen.
            if (const QScreen *screen = window.screen())
                window.resize(window.size().boundedTo(screen->availableGeometry().size()));
            window.show();
            result = QApplication::exec();
        }
        if (result != kResetExitCode)
            return result;
        store.reset(); // closed before its files are replaced
        const QString error =
            runWithProgress(tr("Resetting the demo…"), [directory] { core::DemoSandbox::reset(directory); });
        if (!error.isEmpty() && !offerReset(directory, error))
            return 1;
    }
}

DemoConsole::DemoConsole(MainWindow &window, core::LocalStore &store)
    : QObject(&window), m_window(window), m_store(store)
{
    TrainingBanner::mark(&window);
    // No server in a sandbox: ServerSettings refuses one, and the menu says so.
    for (const char *name : {"syncNowAction", "syncSettingsAction", "syncConflictsAction"}) {
        if (auto *action = window.findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(false);
            action->setToolTip(tr("The training sandbox never connects to a server"));
        }
    }

    m_dock = new QDockWidget(tr("Training"), &window);
    m_dock->setObjectName(QStringLiteral("trainingDock"));
    m_player = new ScenarioPlayer(store, window.intake(), m_dock);
    m_dock->setWidget(m_player);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto *kb = window.findChild<QDockWidget *>(QStringLiteral("kbDock")))
        window.tabifyDockWidget(kb, m_dock);

    auto *menu = new QMenu(tr("T&raining"), &window);
    menu->setObjectName(QStringLiteral("trainingMenu"));
    QAction *player = m_dock->toggleViewAction();
    player->setText(tr("Scenario &player"));
    player->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    menu->addAction(player);
    QAction *results = menu->addAction(tr("Trainer's &results…"), this, [this] {
        TrainerResultsDialog dialog(m_store.profile().directory(), &m_window);
        dialog.exec();
    });
    results->setObjectName(QStringLiteral("trainerResultsAction"));
    menu->addSeparator();
    m_reset = menu->addAction(tr("Reset &demo…"), this, &DemoConsole::askReset);
    m_reset->setObjectName(QStringLiteral("resetDemoAction"));
    m_reset->setToolTip(tr("Put the demo city back as it was generated (training results are kept)"));
    QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);

    // The city is what a newcomer should see first: the ticket map opens beside the call.
    if (auto *map = window.findChild<QDockWidget *>(QStringLiteral("ticketMapDock"))) {
        window.tabifyDockWidget(m_dock, map);
        map->show();
        // Raised once the window is shown: tabified docks pick their current tab on show.
        QTimer::singleShot(0, map, &QDockWidget::raise);
    }
}

void DemoConsole::askReset()
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Reset demo"),
        tr("Put the demo city back as it was generated? Tickets, calls and knowledge-base edits "
           "made since are lost; training results are kept."),
        QMessageBox::Reset | QMessageBox::Cancel, &m_window);
    box->setObjectName(QStringLiteral("resetDemoConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [](int answer) {
        if (answer == QMessageBox::Reset)
            QApplication::exit(kResetExitCode);
    });
    box->open();
}

} // namespace civicdesk::widgets

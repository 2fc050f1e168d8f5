#pragma once

#include <QObject>
#include <memory>

class QAction;
class QDockWidget;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

class MainWindow;
class ScenarioPlayer;

// `civicdesk --demo`: the console on a training sandbox. run() generates the sandbox on first
// use, opens it, and starts over on the same sandbox after "Reset demo". A DemoConsole object
// adds the demo's parts to one main window: the training banner, the Training menu (scenario
// player, trainer's results, reset), sync switched off, and the city map shown at first start.
class DemoConsole final : public QObject
{
    Q_OBJECT

public:
    // What the event loop returns when the user confirmed "Reset demo".
    static constexpr int kResetExitCode = 0x5e7;

    // Runs the demo console until the user quits; profileOption is --profile (may be empty: the
    // sandbox then lives in the user's application data folder, apart from the live profile).
    static int run(const QString &profileOption);
    // True when the sandbox is ready to open: generated now if needed (with a progress window),
    // or reset after the user agreed because it could not be opened.
    static bool prepare(const QString &directory);
    // The sandbox's store, prepared first; when it cannot be opened (a damaged file), the user
    // is offered a reset and the store is opened again after it. Null when the user declined
    // or the reset failed, with nothing changed on disk.
    static std::unique_ptr<core::LocalStore> openSandbox(const QString &directory);

    DemoConsole(MainWindow &window, core::LocalStore &store);

    QAction *resetAction() const { return m_reset; }
    QDockWidget *trainingDock() const { return m_dock; }
    ScenarioPlayer *player() const { return m_player; }
    // Asks for confirmation, then ends the event loop with kResetExitCode.
    void askReset();

private:
    MainWindow &m_window;
    core::LocalStore &m_store;
    QAction *m_reset = nullptr;
    QDockWidget *m_dock = nullptr;
    ScenarioPlayer *m_player = nullptr;
};

} // namespace civicdesk::widgets

#pragma once

#include "widgets/settings/preferencesdialog.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

class IntakeWidget;
class SyncController;

// Edit > Preferences in the main window: the menu entry, the dialog, and what OK changes at
// once (shortcuts, 911 triggers, the server connection, the language). Built with the window,
// it also gives the window's actions the user's shortcuts and logs the settings file's problems.
// Sync > Connection settings opens the same dialog on its Server section.
class PreferencesController final : public QObject
{
    Q_OBJECT

public:
    PreferencesController(QMainWindow &window, core::LocalStore &store, IntakeWidget &intake,
                          SyncController *sync);

    QAction *preferencesAction() const { return m_action; }
    // Opens the dialog (window-modal, not blocking) on this section; OK applies it.
    PreferencesDialog *open(PreferencesDialog::Section section = PreferencesDialog::GeneralSection);

private:
    void apply(const PreferencesDialog &dialog);

    QMainWindow &m_window;
    core::LocalStore &m_store;
    IntakeWidget &m_intake;
    SyncController *m_sync = nullptr;
    QAction *m_action = nullptr;
};

} // namespace civicdesk::widgets

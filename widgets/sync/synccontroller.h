#pragma once

#include "core/sync/serversettings.h"

#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace civicdesk::core {
class KbSyncSink;
class LocalStore;
class SyncEngine;
struct SyncStatus;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class SyncStatusWidget;

// Wires the sync engine into the main window: the status-bar widget, the Sync menu (Sync now,
// Conflicts, Connection settings) and the password (keychain, or asked for at start).
class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(core::LocalStore &store, QWidget *window);
    ~SyncController() override;

    SyncStatusWidget *statusWidget() const { return m_status; }
    QMenu *menu() const { return m_menu; }
    QAction *syncNowAction() const { return m_syncNow; }
    core::SyncEngine *engine() const { return m_engine; }

    // Starts syncing with the profile's settings once the keychain answers (asynchronously);
    // asks for the password when the keychain has none. "Sync now" is enabled once it runs.
    void startFromSettings(bool askForPassword);
    void start(const core::ServerSettings &settings, const QString &password);
    void showConflicts();

Q_SIGNALS:
    // Sync > Connection settings: Preferences opens on its Server section (one dialog for both).
    void connectionSettingsRequested();
    // Tickets, notes, the catalogue or knowledge-base articles changed in the local store.
    void localStoreChanged();

private:
    void onStatus(const core::SyncStatus &status);

    core::LocalStore &m_store;
    QWidget *m_window;
    // Articles the server publishes go into the local KB; stopped with the engine in ~SyncController.
    std::unique_ptr<core::KbSyncSink> m_kbSink;
    core::SyncEngine *m_engine = nullptr;
    SyncStatusWidget *m_status = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace civicdesk::widgets

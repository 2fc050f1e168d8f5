#pragma once

#include "core/accounts/account.h"
#include "widgets/settings/windowlayoutkeeper.h"

#include <QObject>
#include <memory>

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

class MainWindow;

// Holds the console's main window and builds it again when the language changes, so that
// every string follows at once without a restart: most screens set their text once, in their
// constructors. The open call survives: the old intake saves its draft as it closes and the
// new one restores it; geometry, docks and the current page are carried over. Geometry, docks
// and splitters also last across restarts (WindowLayoutKeeper): saved at close and rebuild.
class MainWindowHost final : public QObject
{
    Q_OBJECT

public:
    MainWindowHost(core::LocalStore &store, core::Account account, QObject *parent = nullptr);
    ~MainWindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    void startCallFromScreenPop(const QString &callerNumber);
    void bringToFront();

Q_SIGNALS:
    void windowReplaced(civicdesk::widgets::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    std::unique_ptr<MainWindow> build();

    core::LocalStore &m_store;
    core::Account m_account;
    WindowLayoutKeeper m_layout;
    std::unique_ptr<MainWindow> m_window;
    bool m_rebuildPending = false;
};

} // namespace civicdesk::widgets

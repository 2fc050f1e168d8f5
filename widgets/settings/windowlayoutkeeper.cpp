#include "widgets/settings/windowlayoutkeeper.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace civicdesk::widgets {

namespace {
// Set on a splitter once its saved sizes are applied: it is shown again at every change of tab.
const char *const kRestoredProperty = "civicdeskLayoutRestored";

QList<QRect> availableScreens()
{
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens.append(screen->availableGeometry());
    return screens;
}
} // namespace

WindowLayoutKeeper::WindowLayoutKeeper(core::Profile profile)
    : m_profile(std::move(profile)), m_layout(core::WindowLayout::load(m_profile))
{
}

void WindowLayoutKeeper::restore(QMainWindow &window)
{
    const std::optional<QRect> frame = core::WindowLayout::savedFrame(m_layout.geometry);
    // restoreGeometry would pull a window from a screen that is gone back into view at some
    // size of its own; a layout from other screens is not worth more than a maximised window.
    const bool placed = frame && core::WindowLayout::reachable(*frame, availableScreens()) &&
                        window.restoreGeometry(m_layout.geometry);
    if (!placed) {
        // The screen's whole free area as the normal geometry too: without a window manager
        // (a kiosk desk) nobody maximises, and the default size may be taller than the screen.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            window.setGeometry(screen->availableGeometry());
        window.setWindowState(Qt::WindowMaximized);
    }
    if (!m_layout.dockState.isEmpty())
        (void)window.restoreState(m_layout.dockState); // a damaged state changes nothing
    for (QSplitter *splitter : window.findChildren<QSplitter *>())
        restoreSplitter(*splitter);
}

void WindowLayoutKeeper::restoreSplitter(QSplitter &splitter) const
{
    if (splitter.property(kRestoredProperty).toBool() || splitter.objectName().isEmpty())
        return;
    splitter.setProperty(kRestoredProperty, true);
    const auto it = m_layout.splitters.constFind(splitter.objectName());
    if (it != m_layout.splitters.cend())
        (void)splitter.restoreState(*it);
}

void WindowLayoutKeeper::save(const QMainWindow &window)
{
    m_layout.geometry = window.saveGeometry();
    m_layout.dockState = window.saveState();
    // Splitters of pages not built in this run keep what an earlier run saved.
    for (const QSplitter *splitter : window.findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            m_layout.splitters.insert(splitter->objectName(), splitter->saveState());
    m_layout.save(m_profile);
}

} // namespace civicdesk::widgets

#pragma once

#include "core/settings/windowlayout.h"

class QMainWindow;
class QSplitter;

namespace civicdesk::widgets {

// Carries the main window's geometry, docks and splitters across restarts in the profile's
// civicdesk.ini. The first start, and a saved value that is damaged, foreign or off every
// screen, opens the window maximised. Splitters are keyed by their object names; one that a
// page builds on first use is restored when it is first shown.
class WindowLayoutKeeper final
{
public:
    explicit WindowLayoutKeeper(core::Profile profile);

    // Before the window is shown.
    void restore(QMainWindow &window);
    void restoreSplitter(QSplitter &splitter) const;
    void save(const QMainWindow &window);

private:
    core::Profile m_profile;
    core::WindowLayout m_layout;
};

} // namespace civicdesk::widgets

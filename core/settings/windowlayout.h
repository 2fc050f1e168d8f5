#pragma once

#include "core/profile/profile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRect>
#include <optional>

namespace civicdesk::core {

// The main window's layout as the profile's civicdesk.ini keeps it across restarts ([window]):
// the blobs that QWidget::saveGeometry, QMainWindow::saveState and QSplitter::saveState write,
// the splitters keyed by their object names. Core keeps the rules (which saved geometry may be
// used) so that they are tested without a screen; the widgets only hand the blobs over.
struct WindowLayout
{
    QByteArray geometry;
    QByteArray dockState;
    QMap<QString, QByteArray> splitters;

    bool isEmpty() const { return geometry.isEmpty() && dockState.isEmpty() && splitters.isEmpty(); }

    // A value of the wrong type reads as empty: the window then opens maximised.
    static WindowLayout load(const Profile &profile);
    // Writes [window] only; a failure to write is not worth stopping a close for, so it is ignored.
    void save(const Profile &profile) const;

    // The frame rectangle inside a QWidget::saveGeometry blob; nullopt when the blob is not one
    // (empty, foreign or cut short).
    static std::optional<QRect> savedFrame(const QByteArray &geometry);
    // Whether a window with this frame can be grabbed on one of these screens (their available
    // areas): enough of its top edge, where the title bar is, lies on one screen.
    static bool reachable(const QRect &frame, const QList<QRect> &screens);
};

} // namespace civicdesk::core

#pragma once

#include <QString>
#include <functional>

class QAction;
class QObject;

namespace civicdesk::widgets {

// Texts that name an action's keys (a tooltip, a placeholder, a hint on a page) are built from
// the action's current shortcut, and built again whenever it changes: Preferences can rebind
// any menu action while the window is open, and a hint that names the old keys misleads.
class ShortcutHint final
{
public:
    // The action's first shortcut as the platform writes it ("Ctrl+K"); empty when it has none.
    static QString keys(const QAction *action);
    // "tip (keys)", or the tip alone when the action has no shortcut.
    static QString withKeys(const QString &tip, const QAction *action);
    // Calls apply(keys) now and again each time the action's shortcut changes, for as long as
    // both the action and receiver live.
    static void follow(const QAction *action, QObject *receiver,
                       std::function<void(const QString &keys)> apply);
    // The action's own tooltip: withKeys(tip, action), kept current.
    static void followToolTip(QAction *action, const QString &tip);
};

} // namespace civicdesk::widgets

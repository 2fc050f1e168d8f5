#pragma once

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QString>

class QAction;
class QMainWindow;

namespace civicdesk::widgets {

// The user's shortcuts over the built-in ones. Every action in the main window's menus that has
// an object name can be given other keys; the object name, not the translated text, is what the
// settings file keys on, so a shortcut survives a change of language.
class ShortcutBinder final
{
public:
    // The menus' actions, in menu order, without separators, submenus or unnamed actions.
    static QList<QAction *> actions(const QMainWindow &window);
    // "Call › Save request": the menu and the action, without mnemonics and ellipses.
    static QString displayName(const QAction *action);
    // The shortcut the action was built with (remembered the first time it is seen here).
    static QKeySequence defaultKeys(QAction *action);
    // Gives each action its keys from `shortcuts` (id -> PortableText), or its default.
    static void apply(const QList<QAction *> &actions, const QMap<QString, QString> &shortcuts);
};

} // namespace civicdesk::widgets

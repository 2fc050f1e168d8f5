#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;

namespace civicdesk::widgets {

// The keyboard shortcuts of a main window, read from its actual actions (menus first, in menu
// order, then the window's other actions), so that the help never lists a stale key.
class ShortcutReference final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutReference)

public:
    struct Entry
    {
        QString section; // the menu, without its mnemonic ("Call", "View")
        QString action;  // the action's text, without mnemonic or ellipsis
        QList<QKeySequence> keys;
        QAction *source = nullptr;
    };

    explicit ShortcutReference(const QMainWindow &window);

    const QList<Entry> &entries() const { return m_entries; }
    // The action with this object name (or the toggle of the dock with this name), or null.
    QAction *action(const QString &objectName) const;
    // The shortcut of that action as the user sees it ("Ctrl+K"), or empty.
    QString keysFor(const QString &objectName) const;
    // An HTML table: what, where and which keys.
    QString toHtml() const;

    // "Find by reference…" -> "Find by reference"; "&Save" -> "Save".
    static QString plainText(const QString &actionText);

private:
    const QMainWindow &m_window;
    QList<Entry> m_entries;
};

} // namespace civicdesk::widgets

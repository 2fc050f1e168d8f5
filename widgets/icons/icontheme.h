#pragma once

#include <QIcon>
#include <QObject>

class QMainWindow;

namespace civicdesk::widgets {

// CivicDesk's own SVG icons (resources/icons/actions), given to the actions a user meets in the
// menus and toolbars. Actions are matched by object name, dock toggles by their dock's name.
class IconTheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconTheme)

public:
    // An icon by file name without ".svg", e.g. "save"; null when there is no such icon.
    static QIcon icon(const QString &name);
    // The icon name for an action's object name, or empty.
    static QString iconNameFor(const QString &actionName);

    // Gives icons to the window's actions now and again when it is shown, so actions added by
    // later parts (the training console, the supervisor's queue) get theirs too.
    static void install(QMainWindow *window);
    static void applyTo(QWidget *root);

private:
    explicit IconTheme(QMainWindow *window);
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace civicdesk::widgets

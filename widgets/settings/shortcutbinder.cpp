#include "widgets/settings/shortcutbinder.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace civicdesk::widgets {

namespace {
const char kDefaultProperty[] = "civicdeskDefaultShortcut";

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void collect(const QMenu *menu, QList<QAction *> &out, QSet<QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collect(a->menu(), out, seen);
            continue;
        }
        if (a->isSeparator() || a->objectName().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        out.append(a);
    }
}
} // namespace

QList<QAction *> ShortcutBinder::actions(const QMainWindow &window)
{
    QList<QAction *> out;
    QSet<QAction *> seen;
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu(), out, seen);
    return out;
}

QString ShortcutBinder::displayName(const QAction *action)
{
    for (const QObject *o : action->associatedObjects())
        if (const auto *menu = qobject_cast<const QMenu *>(o))
            return QStringLiteral("%1 \u203a %2").arg(plain(menu->title()), plain(action->text()));
    return plain(action->text());
}

QKeySequence ShortcutBinder::defaultKeys(QAction *action)
{
    const QVariant stored = action->property(kDefaultProperty);
    if (stored.isValid())
        return QKeySequence(stored.toString(), QKeySequence::PortableText);
    action->setProperty(kDefaultProperty, action->shortcut().toString(QKeySequence::PortableText));
    return action->shortcut();
}

void ShortcutBinder::apply(const QList<QAction *> &actions, const QMap<QString, QString> &shortcuts)
{
    for (QAction *a : actions) {
        const QKeySequence fallback = defaultKeys(a);
        const auto it = shortcuts.constFind(a->objectName());
        const QKeySequence keys =
            it == shortcuts.constEnd() ? fallback : QKeySequence(*it, QKeySequence::PortableText);
        // Texts that name the keys (tooltips, hints) follow through ShortcutHint.
        if (keys != a->shortcut())
            a->setShortcut(keys);
    }
}

} // namespace civicdesk::widgets

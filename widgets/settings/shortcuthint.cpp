#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <memory>

namespace civicdesk::widgets {

QString ShortcutHint::keys(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString ShortcutHint::withKeys(const QString &tip, const QAction *action)
{
    const QString k = keys(action);
    return k.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, k);
}

void ShortcutHint::follow(const QAction *action, QObject *receiver,
                          std::function<void(const QString &keys)> apply)
{
    // QAction::changed also fires for its text and enabled state: only new keys rebuild the text.
    auto last = std::make_shared<QString>(keys(action));
    apply(*last);
    QObject::connect(action, &QAction::changed, receiver, [action, last, apply = std::move(apply)] {
        const QString now = keys(action);
        if (now == *last)
            return;
        *last = now;
        apply(now);
    });
}

void ShortcutHint::followToolTip(QAction *action, const QString &tip)
{
    follow(action, action, [action, tip](const QString &) { action->setToolTip(withKeys(tip, action)); });
}

} // namespace civicdesk::widgets

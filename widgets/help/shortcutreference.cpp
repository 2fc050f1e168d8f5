#include "widgets/help/shortcutreference.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace civicdesk::widgets {

namespace {
void collect(QMenu *menu, const QString &section, QList<ShortcutReference::Entry> &out, QSet<QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *sub = action->menu()) {
            collect(sub, section + QStringLiteral(" \u203a ") + ShortcutReference::plainText(sub->title()),
                    out, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || !action->isVisible())
            continue;
        out.append({section, ShortcutReference::plainText(action->text()), action->shortcuts(), action});
    }
}
} // namespace

ShortcutReference::ShortcutReference(const QMainWindow &window) : m_window(window)
{
    QSet<QAction *> seen;
    if (QMenuBar *bar = window.menuBar()) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu())
                collect(menu, plainText(menu->title()), m_entries, seen);
        }
    }
    // Shortcuts that live on a screen rather than in a menu (Alt+P on an incoming call).
    const QString other = tr("On the screen");
    for (QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        m_entries.append({other, plainText(action->text()), action->shortcuts(), action});
    }
}

QAction *ShortcutReference::action(const QString &objectName) const
{
    if (auto *dock = m_window.findChild<QDockWidget *>(objectName))
        return dock->toggleViewAction();
    return m_window.findChild<QAction *>(objectName);
}

QString ShortcutReference::keysFor(const QString &objectName) const
{
    const QAction *found = action(objectName);
    if (!found || found->shortcut().isEmpty())
        return {};
    return found->shortcut().toString(QKeySequence::NativeText);
}

QString ShortcutReference::toHtml() const
{
    QString html = QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" border=\"0\" width=\"100%\">");
    html += QStringLiteral(
                "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Keys"), tr("Action"), tr("Menu"));
    for (const Entry &e : m_entries) {
        QStringList keys;
        for (const QKeySequence &k : e.keys)
            keys.append(QStringLiteral("<b><code>%1</code></b>")
                            .arg(k.toString(QKeySequence::NativeText).toHtmlEscaped()));
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(keys.join(QStringLiteral(" / ")), e.action.toHtmlEscaped(), e.section.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ShortcutReference::plainText(const QString &actionText)
{
    QString out;
    out.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar c = actionText.at(i);
        if (c == u'&') {
            // "&&" is a literal ampersand; a single one marks the mnemonic.
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&') {
                out.append(u'&');
                ++i;
            }
            continue;
        }
        out.append(c);
    }
    if (out.endsWith(QChar(0x2026)))
        out.chop(1);
    else if (out.endsWith(QStringLiteral("...")))
        out.chop(3);
    return out.trimmed();
}

} // namespace civicdesk::widgets

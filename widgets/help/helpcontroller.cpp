#include "widgets/help/helpcontroller.h"

#include "widgets/help/helptopics.h"
#include "widgets/help/helpwindow.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>

namespace civicdesk::widgets {

HelpController::HelpController(QMainWindow &window, QMenu &helpMenu) : QObject(&window), m_window(window)
{
    m_action = new QAction(tr("&Quick reference"), &window);
    m_action->setObjectName(QStringLiteral("quickReferenceAction"));
    m_action->setShortcut(QKeySequence::HelpContents);
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    ShortcutHint::followToolTip(m_action, tr("Workflows and shortcuts, opened at the screen you are on"));
    const QList<QAction *> existing = helpMenu.actions();
    helpMenu.insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), m_action);
    if (!existing.isEmpty())
        helpMenu.insertSeparator(existing.constFirst());
    connect(m_action, &QAction::triggered, this, [this] { showHelp(contextTopic()); });
}

QString HelpController::contextTopic() const
{
    QWidget *focus = QApplication::focusWidget();
    // F1 pressed in the help itself keeps its page.
    if (m_help && focus && m_help->isAncestorOf(focus))
        return m_help->currentTopic();
    if (focus && m_window.isAncestorOf(focus)) {
        const QString topic = HelpTopics::topicForWidget(focus);
        if (!topic.isEmpty())
            return topic;
    }
    if (const auto *tabs = m_window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))) {
        const QString topic = HelpTopics::topicForWidget(tabs->currentWidget());
        if (!topic.isEmpty())
            return topic;
    }
    return HelpTopics::kOverview;
}

HelpWindow *HelpController::helpWindow() const
{
    return m_help.data();
}

void HelpController::showHelp(const QString &topic)
{
    if (!m_help) {
        m_help = new HelpWindow(m_window, &m_window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showTopic(topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

} // namespace civicdesk::widgets

#include "widgets/intake/incomingcallbar.h"

#include "widgets/appearance/themedstylesheet.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace civicdesk::widgets {

IncomingCallBar::IncomingCallBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("incomingCallBar"));
    ThemedStyleSheet::set(
        this,
        QStringLiteral("#incomingCallBar { background: {warning-bg}; border: 1px solid {warning-border}; }"));
    m_park = new QAction(tr("Park current call"), this);
    m_park->setObjectName(QStringLiteral("actionParkCall"));
    m_park->setShortcut(QKeySequence(Qt::ALT | Qt::Key_P));
    m_park->setShortcutContext(Qt::WindowShortcut);
    ShortcutHint::followToolTip(m_park,
                                tr("Keep the open call as an unfinished call and take the incoming one"));
    m_park->setEnabled(false);
    connect(m_park, &QAction::triggered, this, [this] {
        const QString number = m_caller;
        dismiss();
        Q_EMIT parkRequested(number);
    });
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("incomingCallText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *park = new QToolButton(this);
    park->setObjectName(QStringLiteral("parkCallButton"));
    park->setDefaultAction(m_park);
    park->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ignore = new QPushButton(tr("Ignore"), this);
    m_ignore->setObjectName(QStringLiteral("ignoreIncomingButton"));
    m_ignore->setToolTip(tr("Stay on the current call; the incoming number is not opened"));
    connect(m_ignore, &QPushButton::clicked, this, &IncomingCallBar::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(park);
    layout->addWidget(m_ignore);
    addAction(m_park);
    setVisible(false);
}

void IncomingCallBar::showCaller(const QString &displayNumber)
{
    m_caller = displayNumber;
    m_text->setText(tr("Incoming call %1 — Park current call (%2) or Ignore")
                        .arg(displayNumber.isEmpty() ? tr("(number withheld)") : displayNumber,
                             ShortcutHint::keys(m_park)));
    m_park->setEnabled(true);
    setVisible(true);
    qApp->installEventFilter(this);
}

void IncomingCallBar::dismiss()
{
    qApp->removeEventFilter(this);
    m_park->setEnabled(false);
    setVisible(false);
}

bool IncomingCallBar::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+P is also the mnemonic of the Phone and Description labels, and an ambiguous shortcut
    // does nothing: while the bar shows, Park claims the key first, in this window only.
    const bool override = event->type() == QEvent::ShortcutOverride;
    if ((override || event->type() == QEvent::KeyPress) && isVisible()) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (widget && widget->window() == window() &&
            QKeySequence(key->keyCombination()) == m_park->shortcut()) {
            if (override)
                event->accept();
            else
                m_park->trigger();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace civicdesk::widgets

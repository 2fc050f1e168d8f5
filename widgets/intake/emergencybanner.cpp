#include "widgets/intake/emergencybanner.h"

#include "widgets/accessibility/announcer.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace civicdesk::widgets {

EmergencyBanner::EmergencyBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("emergencyBanner"));
    setAccessibleName(tr("Emergency: transfer to 911"));
    ThemedStyleSheet::set(
        this,
        QStringLiteral("#emergencyBanner { background: {alarm-bg}; border-radius: 4px; }"
                       "#emergencyBanner QLabel { color: white; font-size: 15pt; font-weight: bold; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emergencyText"));
    m_text->setWordWrap(true);
    m_transferText = tr("Transferred to 911");
    m_transfer = new QPushButton(m_transferText, this);
    m_transfer->setObjectName(QStringLiteral("emergencyTransfer"));
    m_dismiss = new QPushButton(tr("Not an emergency"), this);
    m_dismiss->setObjectName(QStringLiteral("emergencyDismiss"));
    m_dismiss->setToolTip(tr("Hide this warning for the words shown"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_transfer);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &EmergencyBanner::dismissed);
    setVisible(false);
}

void EmergencyBanner::showAlerts(const QList<core::EmergencyAlert> &alerts)
{
    if (alerts.isEmpty()) {
        setVisible(false);
        return;
    }
    QStringList parts;
    for (const auto &a : alerts)
        parts.append(QStringLiteral("%1 (\u201c%2\u201d)").arg(a.label, a.matchedText));
    const QString text =
        tr("Possible emergency: %1. Transfer the caller to 911 now.").arg(parts.join(QStringLiteral(", ")));
    // Said once when it appears or names something new, not again on every keystroke.
    const bool news = isHidden() || text != m_text->text();
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(true);
    if (news)
        Announcer::announce(this, text, Announcer::Priority::Assertive);
}

void EmergencyBanner::setTransferLogged(bool logged)
{
    m_transfer->setEnabled(!logged);
    m_transfer->setText(logged ? tr("Transfer to 911 logged") : m_transferText);
}

void EmergencyBanner::setTransferAction(QAction *action)
{
    ShortcutHint::follow(action, this, [this, action](const QString &) {
        m_transfer->setToolTip(action->toolTip());
        m_transferText = ShortcutHint::withKeys(tr("Transferred to 911"), action);
        if (m_transfer->isEnabled())
            m_transfer->setText(m_transferText);
    });
    connect(m_transfer, &QPushButton::clicked, action, &QAction::trigger);
}

QString EmergencyBanner::text() const
{
    return m_text->text();
}

} // namespace civicdesk::widgets

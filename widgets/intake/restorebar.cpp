#include "widgets/intake/restorebar.h"

#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/settings/shortcuthint.h"
#include "widgets/shell/messagebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace civicdesk::widgets {

RestoreBar::RestoreBar(core::IntakeService &service, QAction *restore, QWidget *parent)
    : QFrame(parent), m_service(service), m_restore(restore)
{
    setObjectName(QStringLiteral("restoreBar"));
    ThemedStyleSheet::set(
        this, QStringLiteral("#restoreBar { background: {info-bg}; border: 1px solid {info-border}; }"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *restoreButton = new QPushButton(tr("&Restore"), this);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    ShortcutHint::follow(m_restore, this, [this, restoreButton](const QString &) {
        restoreButton->setToolTip(m_restore->toolTip());
        if (!isHidden() && !m_waiting.isEmpty())
            offerFirst(); // the offer on show names the keys too
    });
    connect(restoreButton, &QPushButton::clicked, this, &RestoreBar::restoreRequested);
    auto *dropButton = new QPushButton(tr("Discard it"), this);
    dropButton->setObjectName(QStringLiteral("dropDraftButton"));
    connect(dropButton, &QPushButton::clicked, this, &RestoreBar::discardRequested);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(restoreButton);
    layout->addWidget(dropButton);
}

void RestoreBar::refresh(const QUuid &openCall)
{
    try {
        m_waiting = m_service.unfinishedCalls();
    } catch (const core::Error &e) {
        m_waiting.clear();
        qWarning("drafts: %s", qPrintable(e.message()));
    }
    m_waiting.removeIf([&openCall](const core::CallSession &s) { return s.id == openCall; });
}

core::CallSession RestoreBar::takeFirst()
{
    return m_waiting.isEmpty() ? core::CallSession() : m_waiting.takeFirst();
}

void RestoreBar::discardFirst()
{
    if (m_waiting.isEmpty())
        return;
    try {
        m_service.discardCall(m_waiting.first());
    } catch (const core::Error &e) {
        MessageBox::warning(this, tr("Discard call"), e.message());
    }
}

void RestoreBar::offerFirst()
{
    setVisible(!m_waiting.isEmpty());
    if (m_waiting.isEmpty())
        return;
    const core::CallSession &s = m_waiting.first();
    const QString who = s.phoneText.isEmpty() ? tr("unknown number") : s.phoneText;
    m_text->setText(tr("An unfinished call was found: started %1, caller %2%3. Restore it (%4)?")
                        .arg(QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat), who,
                             s.serviceCode.isEmpty() ? QString() : QStringLiteral(", ") + s.serviceCode,
                             ShortcutHint::keys(m_restore)));
}

} // namespace civicdesk::widgets

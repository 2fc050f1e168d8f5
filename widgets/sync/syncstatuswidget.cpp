#include "widgets/sync/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace civicdesk::widgets {

namespace {
// A few words for the status bar; the tooltip holds the full message.
QString reason(core::SyncError::Kind kind)
{
    using Kind = core::SyncError::Kind;
    switch (kind) {
    case Kind::WrongPassword:
        return SyncStatusWidget::tr("wrong user name or password");
    case Kind::Unreachable:
    case Kind::ConnectionLost:
        return SyncStatusWidget::tr("server unreachable, will retry");
    case Kind::TlsFailure:
        return SyncStatusWidget::tr("TLS verification failed");
    case Kind::SchemaTooNew:
        return SyncStatusWidget::tr("server is newer: update CivicDesk");
    case Kind::NotInitialised:
        return SyncStatusWidget::tr("server not set up");
    case Kind::NotConfigured:
        return SyncStatusWidget::tr("check the connection settings");
    case Kind::Other:
        break;
    }
    return SyncStatusWidget::tr("see details");
}
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    // Kept from the shell's first status label, so scripts and tests find the state by name.
    m_label->setObjectName(QStringLiteral("connectionState"));
    m_label->setAccessibleName(tr("Sync state"));
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setAccessibleName(tr("Sync conflicts"));
    m_conflicts->setToolTip(tr("Changes the server refused: open the conflicts list"));
    m_conflicts->hide();
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsClicked);
    layout->addWidget(m_label);
    layout->addWidget(m_conflicts);
    setStatus({});
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::setStatus(const core::SyncStatus &s)
{
    using State = core::SyncStatus::State;
    QString state;
    switch (s.state) {
    case State::NotConfigured:
        state = tr("Local store only (no server configured)");
        break;
    case State::Offline:
        state = s.message.isEmpty() ? tr("Offline") : tr("Offline (%1)").arg(reason(s.errorKind));
        break;
    case State::Syncing:
        state = s.tls ? tr("Syncing…") : tr("Syncing without TLS…");
        break;
    case State::Online:
        state = s.tls ? tr("Online") : tr("Online without TLS");
        break;
    }
    QStringList parts{state};
    if (s.state != State::NotConfigured) {
        parts.append(tr("%n change(s) pending", nullptr, int(s.pending)));
        parts.append(s.lastSync.isValid()
                         ? tr("last sync %1")
                               .arg(QLocale().toString(s.lastSync.toLocalTime().time(), QLocale::ShortFormat))
                         : tr("never synced"));
    }
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_label->setToolTip(s.message.isEmpty() ? QString() : s.message);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(s.conflicts)));
    m_conflicts->setVisible(s.conflicts > 0);
}

} // namespace civicdesk::widgets

#include "widgets/intake/callheader.h"

#include "core/domain/clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace civicdesk::widgets {

CallHeader::CallHeader(const QList<QAction *> &buttons, QWidget *parent) : QWidget(parent)
{
    m_handleTime = new QLabel(this);
    m_handleTime->setObjectName(QStringLiteral("callTimer"));
    m_handleTime->setStyleSheet(
        QStringLiteral("font-size: 16pt; font-weight: bold; font-family: monospace;"));
    m_handleTime->setAccessibleName(tr("Call timer"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("callState"));
    // "Saved XYA-4NB-222N, a duplicate of …" is longer than the header has room for at 1366 px:
    // unwrapped, it raised the window's minimum width, and the window grew after every save.
    m_status->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_handleTime);
    layout->addSpacing(12);
    layout->addWidget(m_status, 1);
    for (QAction *a : buttons) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::NoFocus); // the keyboard path is the shortcut, not Tab
        layout->addWidget(b);
    }
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CallHeader::tick);
    stopTimer();
}

void CallHeader::startTimer(const QDateTime &startedAt)
{
    m_startedAt = startedAt;
    tick();
    m_tick->start();
}

void CallHeader::stopTimer()
{
    m_tick->stop();
    m_startedAt = {};
    tick();
}

void CallHeader::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString CallHeader::status() const
{
    return m_status->text();
}

void CallHeader::tick()
{
    if (!m_startedAt.isValid()) {
        m_handleTime->setText(QStringLiteral("--:--"));
        return;
    }
    const qint64 secs = std::max<qint64>(0, m_startedAt.secsTo(core::Clock::current().nowUtc()));
    m_handleTime->setText(secs >= 3600 ? QStringLiteral("%1:%2:%3")
                                             .arg(secs / 3600)
                                             .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                                             .arg(secs % 60, 2, 10, QLatin1Char('0'))
                                       : QStringLiteral("%1:%2")
                                             .arg(secs / 60, 2, 10, QLatin1Char('0'))
                                             .arg(secs % 60, 2, 10, QLatin1Char('0')));
}

} // namespace civicdesk::widgets

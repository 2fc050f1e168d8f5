#pragma once

#include "core/intake/callsession.h"

#include <QFrame>

class QAction;
class QLabel;

namespace civicdesk::core {
class IntakeService;
}

namespace civicdesk::widgets {

// The calls waiting to be picked up again (parked for a screen pop, or left by a crash), and
// the bar above the idle page that offers the first of them: "An unfinished call was found…",
// Restore (the restore action's shortcut) and Discard it.
class RestoreBar final : public QFrame
{
    Q_OBJECT

public:
    RestoreBar(core::IntakeService &service, QAction *restore, QWidget *parent = nullptr);

    // Reads the waiting calls again: every unfinished call but the open one.
    void refresh(const QUuid &openCall);
    bool hasWaitingCall() const { return !m_waiting.isEmpty(); }
    // The first waiting call, which is then no longer offered.
    core::CallSession takeFirst();
    // Logs the first waiting call as discarded; refresh() afterwards.
    void discardFirst();
    // Shows the bar for the first waiting call, or hides it when none waits.
    void offerFirst();

Q_SIGNALS:
    void restoreRequested();
    void discardRequested();

private:
    core::IntakeService &m_service;
    QAction *m_restore;
    QLabel *m_text = nullptr;
    QList<core::CallSession> m_waiting;
};

} // namespace civicdesk::widgets

#pragma once

#include "core/intake/callsession.h"

#include <QObject>
#include <functional>
#include <optional>

class QTimer;

namespace civicdesk::core {
class IntakeService;
}

namespace civicdesk::widgets {

// Writes the open call's draft to the local store every second while the call runs, so a crash
// or a power cut loses at most a second of typing; what a draft holds is core's
// (IntakeService::saveDraft). draft() says what to save, or nothing when no call is on the form.
class DraftAutosave final : public QObject
{
    Q_OBJECT

public:
    using Draft = std::function<std::optional<core::CallSession>()>;

    DraftAutosave(core::IntakeService &service, Draft draft, QObject *parent = nullptr);

    void start();
    void stop();
    // Something changed since the last draft.
    void markDirty() { m_dirty = true; }
    void markClean() { m_dirty = false; }
    bool isDirty() const { return m_dirty; }
    // Saves at once (before the call is parked, or when the window goes).
    void saveNow();

Q_SIGNALS:
    void failed(const QString &message);

private:
    core::IntakeService &m_service;
    Draft m_draft;
    QTimer *m_timer = nullptr;
    bool m_dirty = false;
};

} // namespace civicdesk::widgets

#include "widgets/intake/draftautosave.h"

#include "core/domain/error.h"
#include "core/intake/intakeservice.h"

#include <QTimer>

namespace civicdesk::widgets {

namespace {
// Drafts are written at most this long after a change (the issue allows 2 s).
constexpr int kAutosaveMs = 1000;
} // namespace

DraftAutosave::DraftAutosave(core::IntakeService &service, Draft draft, QObject *parent)
    : QObject(parent), m_service(service), m_draft(std::move(draft)), m_timer(new QTimer(this))
{
    m_timer->setInterval(kAutosaveMs);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
}

void DraftAutosave::start()
{
    m_dirty = false;
    m_timer->start();
}

void DraftAutosave::stop()
{
    m_timer->stop();
    m_dirty = false;
}

void DraftAutosave::saveNow()
{
    const std::optional<core::CallSession> draft = m_draft();
    if (!draft)
        return;
    try {
        m_service.saveDraft(*draft);
        m_dirty = false;
    } catch (const core::Error &e) {
        Q_EMIT failed(e.message());
    }
}

} // namespace civicdesk::widgets

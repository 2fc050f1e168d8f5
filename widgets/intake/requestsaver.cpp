#include "widgets/intake/requestsaver.h"

#include "core/intake/locationadvisor.h"
#include "widgets/intake/likelyduplicateprompt.h"

#include <QPushButton>

namespace civicdesk::widgets {

RequestSaver::RequestSaver(core::IntakeService &service, const core::Catalog &catalog,
                           const QAction *linkDuplicate, Call call, QWidget *parent)
    : QObject(parent), m_service(service), m_catalog(catalog), m_linkDuplicate(linkDuplicate),
      m_call(std::move(call)), m_parent(parent), m_worker(new core::TicketSaveWorker(service, this))
{
    connect(m_worker, &core::TicketSaveWorker::saved, this, &RequestSaver::written);
    connect(m_worker, &core::TicketSaveWorker::failed, this, &RequestSaver::notWritten);
}

LikelyDuplicatePrompt *RequestSaver::prompt() const
{
    return m_prompt;
}

bool RequestSaver::save(const QUuid &duplicateOf, const QString &duplicateReference)
{
    if (m_worker->isBusy())
        return false;
    std::optional<core::CallSession> s = m_call();
    if (!s)
        return false;
    s->duplicateOf = duplicateOf;
    const QList<core::FieldError> problems = s->problems(m_catalog);
    if (!problems.isEmpty()) {
        Q_EMIT refused(problems);
        return false;
    }
    const core::Ticket ticket = s->toTicket(m_catalog);
    if (duplicateOf.isNull() && !m_duplicateAsked && ticket.latitude && ticket.longitude) {
        // The same service a few metres away, reported days ago, is most likely this problem:
        // ask once before a second ticket sends a second crew.
        const core::GeoPoint point{*ticket.longitude, *ticket.latitude};
        if (const auto likely = m_service.location().likelyDuplicate(point, s->serviceCode)) {
            ask(*likely);
            return false;
        }
    }
    core::PreparedSave prepared;
    try {
        prepared = m_service.prepareSave(*s);
    } catch (const core::Error &e) {
        notWritten(e.message(), e.fieldErrors());
        return false;
    }
    m_duplicateReference = duplicateOf.isNull() ? QString() : duplicateReference;
    Q_EMIT saving();
    m_worker->start(prepared);
    return true;
}

void RequestSaver::written(const core::IntakeResult &result)
{
    Q_EMIT saved(result, m_duplicateReference);
}

void RequestSaver::notWritten(const QString &message, const QList<core::FieldError> &problems)
{
    Q_EMIT refused(problems.isEmpty() ? QList<core::FieldError>{{QStringLiteral("ticket"), message}}
                                      : problems);
}

void RequestSaver::ask(const core::DuplicateFinder::Candidate &candidate)
{
    m_duplicateAsked = true;
    if (!m_prompt) {
        m_prompt = new LikelyDuplicatePrompt(m_linkDuplicate, m_parent);
        connect(m_prompt, &QMessageBox::finished, this, &RequestSaver::answered);
    }
    m_prompt->ask(candidate);
}

void RequestSaver::answered()
{
    if (!m_call())
        return;
    if (m_prompt->linkChosen())
        save(m_prompt->candidateId(), m_prompt->candidateReference());
    else
        save();
}

bool RequestSaver::answerLink()
{
    if (!m_prompt || !m_prompt->isVisible())
        return false;
    m_prompt->defaultButton()->click();
    return true;
}

} // namespace civicdesk::widgets

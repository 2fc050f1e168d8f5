#include "core/intake/intakeservice.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/intake/locationadvisor.h"
#include "core/kb/kbrepository.h"
#include "core/store/calllogrepository.h"
#include "core/store/draftrepository.h"
#include "core/store/localstore.h"
#include "core/store/savepriority.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"
#include "core/tickets/ticketservice.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {
QString draftId(const CallSession &s)
{
    return s.id.toString(QUuid::WithoutBraces);
}

Error problemsError(const QList<FieldError> &problems)
{
    QStringList parts;
    for (const auto &e : problems)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    return Error(parts.join(QStringLiteral("; ")), problems);
}
} // namespace

IntakeService::IntakeService(LocalStore &store)
    : m_store(store), m_location(std::make_unique<LocationAdvisor>(store))
{
}

IntakeService::~IntakeService() = default;

CallSession IntakeService::startCall(const QString &callerPhone) const
{
    CallSession s;
    s.id = QUuid::createUuid();
    s.startedAt = Clock::current().nowUtc();
    s.agent = m_store.actor();
    s.phoneText = callerPhone;
    return s;
}

bool IntakeService::saveDraft(const CallSession &session) const
{
    if (!session.isOpen())
        return false;
    const QString id = draftId(session);
    const QJsonObject payload = session.toJson();
    if (m_savedDrafts.value(id) == payload)
        return false;
    m_savedDrafts.remove(id); // until this write is known to have landed
    DraftRepository(m_store.database())
        .save({id, QString::fromLatin1(kDraftKind), payload, Clock::current().nowUtc()});
    m_savedDrafts.insert(id, payload);
    return true;
}

QList<CallSession> IntakeService::unfinishedCalls() const
{
    QList<CallSession> calls;
    for (const Draft &d : DraftRepository(m_store.database()).list(QString::fromLatin1(kDraftKind))) {
        try {
            calls.append(CallSession::fromJson(d.payload, QStringLiteral("draft %1").arg(d.id)));
        } catch (const Error &e) {
            qWarning("skipping unreadable draft: %s", qPrintable(e.message()));
        }
    }
    return calls;
}

CallRecord IntakeService::callRecord(const CallSession &s, WrapUpCode code) const
{
    CallRecord c;
    c.id = s.id;
    c.startedAt = s.startedAt;
    c.endedAt = Clock::current().nowUtc();
    c.handleSeconds = std::max<qint64>(0, s.startedAt.secsTo(c.endedAt));
    c.agent = s.agent.isEmpty() ? m_store.actor() : s.agent;
    c.callerPhone = s.phoneE164();
    c.wrapUp = wrapupcode::toKey(code);
    c.reason = s.reason.trimmed();
    c.transferTo = s.transferTo.trimmed();
    c.kbArticle = s.kbArticle;
    c.emergencyTransfer = s.emergencyTransfer;
    return c;
}

IntakeResult IntakeService::saveTicket(const CallSession &session)
{
    return writeSave(prepareSave(session));
}

PreparedSave IntakeService::prepareSave(const CallSession &session)
{
    const Catalog &catalog = m_store.catalog();
    const QList<FieldError> problems = session.problems(catalog);
    if (!problems.isEmpty())
        throw problemsError(problems);
    PreparedSave prepared;
    prepared.call = callRecord(session, WrapUpCode::TicketCreated);
    prepared.draftId = draftId(session);
    m_savedDrafts.remove(prepared.draftId);
    Ticket draft = session.toTicket(catalog);
    m_location->applyTo(draft);
    if (!draft.duplicateOf.isNull() && !TicketRepository(m_store.database()).exists(draft.duplicateOf))
        throw problemsError({{QStringLiteral("duplicate_of"),
                              QCoreApplication::translate(
                                  "IntakeService", "the ticket this call was linked to no longer exists")}});
    prepared.ticket = TicketService(m_store).prepareCreate(std::move(draft));
    return prepared;
}

IntakeResult IntakeService::writeSave(const PreparedSave &prepared) const
{
    IntakeResult result;
    result.call = prepared.call;
    try {
        const SavePriority first(m_store.database()); // before the next batch of an import
        result.ticket = TicketService(m_store).insertPrepared(prepared.ticket, [&](const Ticket &saved) {
            result.call.ticketId = saved.id;
            CallLogRepository(m_store.database()).save(result.call);
            DraftRepository(m_store.database()).remove(prepared.draftId);
            if (m_beforeCommit)
                m_beforeCommit();
        });
    } catch (const Error &e) {
        // SQLITE_FULL reads "database or disk is full": say it in the call taker's words. The
        // save rolled back, so the draft (and the call on screen) are still there.
        if (!e.message().contains(QStringLiteral("disk is full")))
            throw;
        throw Error(QCoreApplication::translate(
                        "IntakeService", "The disk is full: the ticket was not saved. The call is kept as a "
                                         "draft; free some disk space (or call support) and save again."),
                    e.fieldErrors());
    }
    return result;
}

CallRecord IntakeService::finishCall(const CallSession &session, WrapUpCode code, bool emptyReasonConfirmed)
{
    QList<FieldError> problems;
    if (!session.phoneText.trimmed().isEmpty() && session.phoneE164().isEmpty())
        problems.append({QStringLiteral("caller.phone"),
                         QCoreApplication::translate("IntakeService", "\"%1\" is not a phone number")
                             .arg(session.phoneText)});
    if (wrapupcode::needsTransferTarget(code) && session.transferTo.trimmed().isEmpty())
        problems.append({QStringLiteral("transfer_to"),
                         QCoreApplication::translate("IntakeService", "say where the call was transferred")});
    if (wrapupcode::needsReason(code) && session.reason.trimmed().isEmpty() && !emptyReasonConfirmed)
        problems.append({QStringLiteral("reason"),
                         QCoreApplication::translate(
                             "IntakeService",
                             "say what the caller asked, or confirm logging the call without a reason")});
    CallRecord call = callRecord(session, code);
    if (wrapupcode::needsTicketReference(code)) {
        const auto t = TicketService(m_store).find(session.duplicateReference.trimmed());
        if (session.duplicateReference.trimmed().isEmpty())
            problems.append(
                {QStringLiteral("duplicate_reference"),
                 QCoreApplication::translate("IntakeService", "give the reference of the existing ticket")});
        else if (!t)
            problems.append({QStringLiteral("duplicate_reference"),
                             QCoreApplication::translate("IntakeService", "no ticket with reference %1")
                                 .arg(session.duplicateReference.trimmed())});
        else
            call.ticketId = t->id;
    }
    if (!problems.isEmpty())
        throw problemsError(problems);
    m_savedDrafts.remove(draftId(session));
    Transaction tx(m_store.database().connection());
    CallLogRepository(m_store.database()).save(call);
    DraftRepository(m_store.database()).remove(draftId(session));
    if (m_beforeCommit)
        m_beforeCommit();
    tx.commit();
    return call;
}

QString IntakeService::kbArticleTitle(const QString &id) const
{
    if (id.isEmpty())
        return id;
    const std::optional<Article> article = KbRepository(m_store.database()).find(id);
    return article && !article->title.isEmpty() ? article->title : id;
}

void IntakeService::closeLoggedCall(const QUuid &callId) const
{
    const QDateTime now = Clock::current().nowUtc();
    SqlQuery(m_store.database().connection(),
             QStringLiteral("UPDATE call_log SET ended_at = ?, handle_seconds = MAX(0, (? - started_at) / "
                            "1000) WHERE id = ?"))
        .bind(0, timestamps::toDb(now))
        .bind(1, timestamps::toDb(now))
        .bind(2, callId.toString(QUuid::WithoutBraces))
        .exec();
}

CallRecord IntakeService::logEmergencyTransfer(CallSession &session) const
{
    session.emergencyTransfer = true;
    if (session.transferTo.isEmpty())
        session.transferTo = QStringLiteral("911");
    CallRecord call = callRecord(session, WrapUpCode::Transferred);
    call.endedAt = {}; // the call is still open; the wrap-up closes it
    call.handleSeconds = 0;
    Transaction tx(m_store.database().connection());
    CallLogRepository(m_store.database()).save(call);
    saveDraft(session);
    try {
        tx.commit();
    } catch (...) {
        m_savedDrafts.remove(draftId(session)); // the draft written above rolled back
        throw;
    }
    return call;
}

CallRecord IntakeService::discardCall(const CallSession &session) const
{
    const CallRecord call = callRecord(session, WrapUpCode::Discarded);
    m_savedDrafts.remove(draftId(session));
    Transaction tx(m_store.database().connection());
    CallLogRepository(m_store.database()).save(call);
    DraftRepository(m_store.database()).remove(draftId(session));
    tx.commit();
    return call;
}

QHash<QString, int> IntakeService::serviceUsage(const QString &agent, int days) const
{
    const QDateTime since = Clock::current().nowUtc().addDays(-days);
    SqlQuery q(
        m_store.database().connection(),
        QStringLiteral("SELECT t.service_code, COUNT(*) FROM call_log c JOIN tickets t ON t.id = c.ticket_id "
                       "WHERE c.agent = ? AND c.started_at >= ? GROUP BY t.service_code"));
    q.bind(0, agent).bind(1, timestamps::toDb(since)).exec();
    QHash<QString, int> uses;
    while (q.next())
        uses.insert(q.value(0).toString(), q.value(1).toInt());
    return uses;
}

} // namespace civicdesk::core

#pragma once

#include "core/domain/callrecord.h"
#include "core/domain/ticket.h"
#include "core/intake/callsession.h"
#include "core/intake/wrapupcode.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace civicdesk::core {

class LocalStore;
class LocationAdvisor;

struct IntakeResult
{
    Ticket ticket;
    CallRecord call;
};

// A ticket save that passed the checks and the routing, ready to be written.
struct PreparedSave
{
    Ticket ticket;
    CallRecord call;
    QString draftId;
};

// The life of one call in the local store: drafts while it is open, then either a ticket plus
// its call log entry, or a call log entry alone (wrap-up without a ticket). Each ending is one
// transaction that also removes the draft, so a crash leaves the whole result or the draft.
class IntakeService
{
public:
    explicit IntakeService(LocalStore &store);
    ~IntakeService();
    Q_DISABLE_COPY_MOVE(IntakeService)

    static constexpr const char *kDraftKind = "intake";

    // A new session: id, start time now, this workstation's user as agent.
    CallSession startCall(const QString &callerPhone = {}) const;

    // Writes the draft unless it is the one this service last wrote for the call; returns
    // whether it wrote. Autosave runs every few seconds on the UI thread, and each write waits
    // for the store's write lock and an fsync: an idle call costs nothing.
    bool saveDraft(const CallSession &session) const;
    // Unfinished calls left by a crash or a closed window, newest first. Unreadable drafts are
    // skipped (they stay in the store for support to inspect).
    QList<CallSession> unfinishedCalls() const;

    // Geocoding, district, routing and duplicate candidates for the location section.
    LocationAdvisor &location() const { return *m_location; }

    // Validates (CallSession::problems; throws Error listing every one), then saves the ticket
    // with the district, agency and queue the routing rules give its location (and duplicate_of
    // when the call was linked to an existing ticket), the call log entry (wrap-up
    // ticket_created) and removes the draft in one transaction.
    IntakeResult saveTicket(const CallSession &session);
    // saveTicket() in two halves, so that the write can wait for the store's write lock on a
    // worker while the console keeps running. prepareSave() checks and routes on the thread that
    // owns the catalogue and throws as saveTicket() does; writeSave() only writes, through the
    // calling thread's own connection, and may run on any thread.
    PreparedSave prepareSave(const CallSession &session);
    IntakeResult writeSave(const PreparedSave &prepared) const;
    // Ends a call without a ticket. Throws Error when the wrap-up lacks what its code needs
    // (transferred: to where; information only: the reason; duplicate: an existing reference).
    // A code that needs a reason takes an empty one only when the call taker confirmed what
    // will be logged (pendingCall() shows it) and said so with emptyReasonConfirmed.
    CallRecord finishCall(const CallSession &session, WrapUpCode code, bool emptyReasonConfirmed = false);
    // The call log entry finishCall() would write now, for a confirmation before writing it.
    CallRecord pendingCall(const CallSession &session, WrapUpCode code) const
    {
        return callRecord(session, code);
    }
    // The title of a knowledge-base article, for showing which one a call used; the id itself
    // when the article is not in the local store (a removed or not yet synced one).
    QString kbArticleTitle(const QString &id) const;
    // Updates the end time of a call already in the log (after the read-back of a saved ticket).
    void closeLoggedCall(const QUuid &callId) const;
    // Writes the emergency transfer into the call log at once, while the call stays open.
    CallRecord logEmergencyTransfer(CallSession &session) const;
    // Drops the draft and logs the call as discarded.
    CallRecord discardCall(const CallSession &session) const;

    // How often this agent picked each service type in the last `days` days (call log + tickets).
    QHash<QString, int> serviceUsage(const QString &agent, int days = 90) const;

    // Tests only: runs inside the save transaction, after the writes and before the commit.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    CallRecord callRecord(const CallSession &session, WrapUpCode code) const;

    LocalStore &m_store;
    std::unique_ptr<LocationAdvisor> m_location;
    std::function<void()> m_beforeCommit;
    mutable QHash<QString, QJsonObject> m_savedDrafts; // draft id -> what was last written
};

} // namespace civicdesk::core

#pragma once

#include "core/domain/error.h"
#include "core/geo/duplicatefinder.h"
#include "core/intake/callsession.h"
#include "core/intake/intakeservice.h"
#include "core/intake/ticketsaveworker.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace civicdesk::core {
class Catalog;
}

namespace civicdesk::widgets {

class LikelyDuplicatePrompt;

// Turns the open call into a ticket: the checks (CallSession::problems), then, once per call,
// "Same problem as …?" when an open ticket of the same service is a few metres away, then the
// save (ticket and call log in one transaction). The checks run here; the write runs on
// core::TicketSaveWorker's thread, so that waiting for the store's write lock (an import's
// batch, a sync's commit) never freezes the console. It says how it went by signal: saving()
// when the write starts, then refused() with the problems, or saved() with the ticket.
class RequestSaver final : public QObject
{
    Q_OBJECT

public:
    // The open call as the form holds it, or nothing when no call is on the form.
    using Call = std::function<std::optional<core::CallSession>()>;

    RequestSaver(core::IntakeService &service, const core::Catalog &catalog, const QAction *linkDuplicate,
                 Call call, QWidget *parent);

    // A new call on the form: the duplicate question may be asked again.
    void newCall() { m_duplicateAsked = false; }
    // Saves the open call, as a duplicate of duplicateOf when that is set. True when its write
    // started (saved() or refused() follows); false when there is no call, it is refused, the
    // duplicate question waits for its answer, or a save is being written already.
    bool save(const QUuid &duplicateOf = {}, const QString &duplicateReference = {});
    bool isSaving() const { return m_worker->isBusy(); }
    // Waits for the save being written and signals it now (the console is closing).
    void finish() { m_worker->finish(); }
    // The duplicate question, once it was asked.
    LikelyDuplicatePrompt *prompt() const;
    // Ctrl+D while the question shows answers it with Link; false when it does not show.
    bool answerLink();

Q_SIGNALS:
    // The checks passed and the write started: the form must not change until it lands.
    void saving();
    // Before the write (the checks) or after it (locked, disk full): nothing was saved.
    void refused(const QList<core::FieldError> &problems);
    // duplicateReference: the ticket this one was linked to, if any.
    void saved(const core::IntakeResult &result, const QString &duplicateReference);

private:
    void ask(const core::DuplicateFinder::Candidate &candidate);
    void answered();
    void written(const core::IntakeResult &result);
    void notWritten(const QString &message, const QList<core::FieldError> &problems);

    core::IntakeService &m_service;
    const core::Catalog &m_catalog;
    const QAction *m_linkDuplicate;
    Call m_call;
    QWidget *m_parent;
    QPointer<LikelyDuplicatePrompt> m_prompt;
    bool m_duplicateAsked = false; // "same problem?" is asked once per call
    core::TicketSaveWorker *m_worker;
    QString m_duplicateReference; // of the save being written
};

} // namespace civicdesk::widgets

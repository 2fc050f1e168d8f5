#include "widgets/intake/intakewidget.h"

#include "core/catalog/catalogtext.h"
#include "core/domain/error.h"
#include "core/domain/phonenumber.h"
#include "core/intake/intakeservice.h"
#include "core/intake/readback.h"
#include "core/store/localstore.h"
#include "widgets/accessibility/announcer.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/callheader.h"
#include "widgets/intake/callpages.h"
#include "widgets/intake/draftautosave.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/emergencymonitor.h"
#include "widgets/intake/formhistory.h"
#include "widgets/intake/incomingcallbar.h"
#include "widgets/intake/intakeactions.h"
#include "widgets/intake/intakeform.h"
#include "widgets/intake/likelyduplicateprompt.h"
#include "widgets/intake/locationinsightpanel.h"
#include "widgets/intake/locationmap.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/intake/requestsaver.h"
#include "widgets/intake/restorebar.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/intake/wrapupflow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace civicdesk::widgets {

using State = core::CallLifecycle::State;
using Event = core::CallLifecycle::Event;

IntakeWidget::IntakeWidget(core::LocalStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(std::make_unique<core::IntakeService>(store))
{
    setObjectName(QStringLiteral("intake"));
    m_actions = new IntakeActions(this);
    m_history = new FormHistory([this](const core::CallSession &s) { m_form->reload(s); },
                                [this] { return session(); }, this);
    connect(m_history, &FormHistory::applied, this, &IntakeWidget::formRestored);
    m_autosave = new DraftAutosave(
        *m_service, [this] { return openCall(); }, this);
    connect(m_autosave, &DraftAutosave::failed, this,
            [this](const QString &message) { m_header->setStatus(tr("Draft not saved: %1").arg(message)); });
    m_wrapUp = new WrapUpFlow(
        *m_service, [this] { return openCall(); }, this);
    m_saver = new RequestSaver(
        *m_service, m_store.catalog(), m_actions->linkDuplicate(), [this] { return openCall(); }, this);
    connect(m_saver, &RequestSaver::saving, this, &IntakeWidget::saveStarted);
    connect(m_saver, &RequestSaver::refused, this, &IntakeWidget::saveRefused);
    connect(m_saver, &RequestSaver::saved, this, &IntakeWidget::ticketStored);
    buildLayout();
    m_actions->connectTo(this);
    connect(m_history->stack(), &QUndoStack::canUndoChanged, this, &IntakeWidget::bindActions);
    connect(m_history->stack(), &QUndoStack::canRedoChanged, this, &IntakeWidget::bindActions);
    connect(locationInsight(), &LocationInsightPanel::candidatesChanged, this, &IntakeWidget::bindActions);
    showIdle();
}

IntakeWidget::~IntakeWidget()
{
    // A save being written lands (or fails and the call goes back to its draft) before the
    // store goes; the window around us is half gone, so nothing is signalled out.
    blockSignals(true);
    m_saver->finish();
    // Whatever was typed since the last tick is kept for the next start.
    if (m_autosave->isDirty() && isCallOpen())
        m_autosave->saveNow();
    // The stack empties itself on the way out, after the actions have gone.
    disconnect(m_history->stack(), nullptr, this, nullptr);
}

void IntakeWidget::buildLayout()
{
    m_header = new CallHeader({m_actions->newCall(), m_actions->save(), m_actions->informationOnly(),
                               m_actions->wrapUp(), m_actions->discard()},
                              this);
    m_restoreBar = new RestoreBar(*m_service, m_actions->restore(), this);
    connect(m_restoreBar, &RestoreBar::restoreRequested, this, &IntakeWidget::restoreUnfinishedCall);
    connect(m_restoreBar, &RestoreBar::discardRequested, this, &IntakeWidget::discardUnfinishedCall);

    m_incomingBar = new IncomingCallBar(this);
    connect(m_incomingBar, &IncomingCallBar::parkRequested, this,
            [this](const QString &number) { startNewCall(number); });

    m_banner = new EmergencyBanner(this);
    m_banner->setTransferAction(m_actions->transfer());
    m_emergency = new EmergencyMonitor(
        m_banner, m_store.catalog(), m_store.profile().directory(), [this] { return openCall(); }, this);
    m_problems = new ProblemsLabel(this);

    m_form = new IntakeForm(m_store, *m_service, m_actions->linkDuplicate(), this);
    connect(m_form, &IntakeForm::changed, this, &IntakeWidget::formChanged);
    connect(m_form, &IntakeForm::insightStale, this, [this] {
        if (!isSaving())
            m_form->refreshInsight(isCallOpen());
    });
    connect(m_form, &IntakeForm::locationPicked, this, &IntakeWidget::applyPickedLocation);
    m_pages = new CallPages(m_form, m_actions->newCall(), this);
    m_readback = m_pages->readback();
    connect(m_readback, &ReferenceReadback::finishRequested, this, &IntakeWidget::finishSavedCall);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_restoreBar);
    layout->addWidget(m_incomingBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
    layout->addWidget(m_pages, 1);

    connect(m_wrapUp, &WrapUpFlow::ended, this, [this](const QString &key, bool discarded) {
        endCall(key, discarded ? Event::Discard : Event::WrapUp);
    });
}

void IntakeWidget::setBasemap(std::shared_ptr<map::TileSource> source)
{
    m_form->locationMap()->setTileSource(std::move(source));
}

void IntakeWidget::move(Event event)
{
    if (m_lifecycle.apply(event))
        showState();
}

void IntakeWidget::showState()
{
    m_pages->showState(m_lifecycle.state());
    bindActions();
}

void IntakeWidget::bindActions()
{
    core::CallLifecycle::Conditions c;
    c.draftWaiting = m_restoreBar->hasWaitingCall();
    c.duplicateChosen = !m_form->locationInsight()->chosenCandidateId().isEmpty();
    c.canUndo = m_history->stack()->canUndo();
    c.canRedo = m_history->stack()->canRedo();
    m_actions->bind(m_lifecycle, c);
}

void IntakeWidget::applyPickedLocation(const QString &address, double latitude, double longitude)
{
    if (!isCallOpen())
        return;
    m_form->placeAt(address, latitude, longitude);
    m_history->recordStep(session());
    m_autosave->markDirty();
}

bool IntakeWidget::isCallOpen() const
{
    return m_lifecycle.state() == State::InCall;
}

core::CallSession IntakeWidget::session() const
{
    core::CallSession s = m_session;
    m_form->store(s);
    return s;
}

std::optional<core::CallSession> IntakeWidget::openCall() const
{
    return isCallOpen() ? std::optional(session()) : std::nullopt;
}

void IntakeWidget::incomingCall(const QString &callerPhone)
{
    const QString number =
        callerPhone.isEmpty() ? QString() : core::phonenumber::formatForDisplay(callerPhone);
    if (!isCallOpen() && !isSaving()) {
        startNewCall(number);
        return;
    }
    // A call is open (or being saved): the call taker decides (Park or Ignore); nothing is
    // parked silently.
    m_incomingBar->showCaller(number);
}

void IntakeWidget::startNewCall(const QString &callerPhone)
{
    if (isSaving())
        return; // the incoming-call bar stays until the save lands
    m_incomingBar->dismiss();
    if (m_lifecycle.state() == State::Saved)
        finishSavedCall();
    if (isCallOpen()) {
        // A screen pop during a call: the open call stays as a draft to restore afterwards.
        m_autosave->saveNow();
    }
    core::CallSession s = m_service->startCall(
        callerPhone.isEmpty() ? QString() : core::phonenumber::formatForDisplay(callerPhone));
    try {
        servicePicker()->setUsage(m_service->serviceUsage(s.agent));
    } catch (const core::Error &e) {
        qWarning("service usage: %s", qPrintable(e.message()));
    }
    loadSession(s, Event::Start);
    m_service->saveDraft(s);
    callerPanel()->phoneEdit()->setFocus();
    if (!callerPhone.isEmpty())
        servicePicker()->lineEdit()->setFocus(); // the number came from the phone system
    Q_EMIT callStarted();
}

void IntakeWidget::loadSession(const core::CallSession &s, Event event)
{
    if (!m_lifecycle.apply(event))
        return;
    m_session = s;
    m_savedCallId = {};
    m_restoreBar->setVisible(false);
    m_form->load(s);
    m_form->showKbArticle(s.kbArticle);
    m_banner->setTransferLogged(s.emergencyTransfer);
    m_problems->dismiss();
    m_history->reset(session());
    m_emergency->reset();
    m_saver->newCall();
    m_emergency->rescan();
    m_header->startTimer(s.startedAt);
    m_autosave->start();
    refreshParkedCalls();
    m_header->setStatus(tr("Call in progress"));
    showState();
    m_form->refreshInsight(isCallOpen());
}

void IntakeWidget::formChanged()
{
    if (!m_lifecycle.apply(Event::Edit))
        return;
    m_autosave->markDirty();
    const core::CallSession now = session();
    m_history->recordEdit(now, QApplication::focusWidget());
    // Keep the list honest as the call taker fixes things.
    if (m_problems->isVisible() && now.problems(m_store.catalog()).isEmpty())
        m_problems->dismiss();
    m_emergency->rescan();
}

void IntakeWidget::formRestored()
{
    // Only what was typed goes back: a logged 911 transfer or a used article stays on the call.
    m_problems->dismiss();
    m_autosave->markDirty();
    m_emergency->rescan();
    m_form->refreshInsight(isCallOpen());
}

void IntakeWidget::transferTo911()
{
    if (!core::CallLifecycle::next(m_lifecycle.state(), Event::LogTransfer))
        return;
    const std::optional<QString> transferTo = m_emergency->logTransfer(*m_service);
    if (!transferTo)
        return;
    move(Event::LogTransfer);
    m_session.emergencyTransfer = true;
    m_session.transferTo = *transferTo;
    m_header->setStatus(tr("Transferred to 911 (logged). Wrap up with %1.")
                            .arg(IntakeActions::shortcutText(m_actions->wrapUp())));
}

void IntakeWidget::showProblems(const QList<core::FieldError> &problems)
{
    m_problems->showProblems(problems, [this](const QString &field) { return m_form->fieldLabel(field); });
    m_form->showFieldErrors(problems);
}

void IntakeWidget::saveStarted()
{
    if (!m_lifecycle.apply(Event::SaveStart))
        return;
    // Locked, so that what is written is what the form shows; autosave skips a call that is
    // not open, and the store's commit removes the draft.
    m_focusBeforeSave = QApplication::focusWidget();
    m_form->setEnabled(false);
    showState();
    m_header->setStatus(tr("Saving…"));
    Announcer::announce(m_header, m_header->status());
}

void IntakeWidget::saveRefused(const QList<core::FieldError> &problems)
{
    if (m_lifecycle.apply(Event::SaveFail)) {
        // Nothing was written: the call and its draft are as they were before Save.
        m_form->setEnabled(true);
        showState();
        if (m_focusBeforeSave)
            m_focusBeforeSave->setFocus();
        m_header->setStatus(tr("Not saved. The call is still open."));
        Announcer::announce(m_header, m_header->status());
        m_form->refreshInsight(isCallOpen());
    }
    showProblems(problems);
}

void IntakeWidget::ticketStored(const core::IntakeResult &result, const QString &duplicateReference)
{
    m_form->setEnabled(true);
    m_autosave->stop();
    m_savedCallId = result.call.id;
    m_problems->dismiss();
    m_banner->setVisible(false);
    const QString reference = result.ticket.referenceNumber;
    m_readback->showReference(
        reference, core::CatalogText().serviceName(m_store.catalog(), result.ticket.serviceCode),
        core::readback::expectedBy(result.ticket.expectedAt, m_store.catalog().calendar.timeZone()));
    move(Event::SaveTicket);
    m_readback->finishButton()->setFocus();
    m_header->setStatus(
        duplicateReference.isEmpty()
            ? tr("Saved %1. Read it back, then finish the call.").arg(reference)
            : tr("Saved %1, a duplicate of %2. Read it back.").arg(reference, duplicateReference));
    Announcer::announce(m_header, m_header->status()); // after "Saving…"
    Q_EMIT ticketSaved(reference);
}

bool IntakeWidget::linkAsDuplicate()
{
    // While "Same problem?" is asked, Ctrl+D answers it (Link) wherever the focus is.
    if (m_saver->answerLink())
        return m_lifecycle.state() == State::Saving || m_lifecycle.state() == State::Saved;
    const QString id = isCallOpen() ? locationInsight()->chosenCandidateId() : QString();
    return !id.isEmpty() &&
           m_saver->save(QUuid::fromString(id), locationInsight()->chosenCandidateReference());
}

void IntakeWidget::finishSavedCall()
{
    if (m_savedCallId.isNull() || m_lifecycle.state() != State::Saved)
        return;
    try {
        m_service->closeLoggedCall(m_savedCallId);
    } catch (const core::Error &e) {
        qWarning("closing call: %s", qPrintable(e.message()));
    }
    endCall(core::wrapupcode::toKey(core::WrapUpCode::TicketCreated), Event::FinishSaved);
}

void IntakeWidget::openWrapUp(core::WrapUpCode preset)
{
    if (isSaving())
        return;
    m_wrapUp->open(preset, m_form->kbArticleTitle(), m_header->timerLabel()->text());
}

void IntakeWidget::endCall(const QString &wrapUpKey, Event event)
{
    if (!m_lifecycle.apply(event))
        return;
    m_autosave->stop();
    showIdle();
    Q_EMIT callEnded(wrapUpKey);
}

void IntakeWidget::showIdle()
{
    m_session = {};
    m_savedCallId = {};
    m_history->reset({});
    m_header->stopTimer();
    m_banner->setVisible(false);
    m_problems->dismiss();
    m_header->setStatus(tr("No call"));
    m_form->refreshInsight(isCallOpen());
    refreshParkedCalls();
    m_restoreBar->offerFirst();
    showState();
}

void IntakeWidget::refreshParkedCalls()
{
    m_restoreBar->refresh(m_session.id);
    bindActions();
}

void IntakeWidget::restoreUnfinishedCall()
{
    if (!m_restoreBar->hasWaitingCall() || !core::CallLifecycle::next(m_lifecycle.state(), Event::Restore))
        return;
    if (isCallOpen())
        m_autosave->saveNow(); // the open call is parked in its place
    loadSession(m_restoreBar->takeFirst(), Event::Restore);
    callerPanel()->phoneEdit()->setFocus();
    Q_EMIT callStarted();
}

void IntakeWidget::discardUnfinishedCall()
{
    if (isCallOpen() || isSaving())
        return;
    m_restoreBar->discardFirst();
    refreshParkedCalls();
    m_restoreBar->offerFirst();
}

void IntakeWidget::useKbArticle(const QString &id)
{
    if (id.isEmpty() || isSaving())
        return;
    if (!isCallOpen())
        startNewCall();
    m_session.kbArticle = id;
    m_form->showKbArticle(id);
    m_autosave->markDirty();
    Q_EMIT kbArticleUsed(id);
}

void IntakeWidget::startRequestForService(const QString &serviceCode)
{
    if (!m_store.catalog().service(serviceCode) || isSaving())
        return;
    if (!isCallOpen())
        startNewCall();
    m_form->chooseService(serviceCode);
    m_form->focusFirstRequestInput();
}

} // namespace civicdesk::widgets

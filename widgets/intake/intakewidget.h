#pragma once

#include "core/intake/calllifecycle.h"
#include "core/intake/callsession.h"
#include "core/intake/wrapupcode.h"
#include "widgets/intake/callheader.h"
#include "widgets/intake/emergencymonitor.h"
#include "widgets/intake/formhistory.h"
#include "widgets/intake/intakeactions.h"
#include "widgets/intake/intakeform.h"
#include "widgets/intake/likelyduplicateprompt.h"
#include "widgets/intake/problemslabel.h"
#include "widgets/intake/requestsaver.h"
#include "widgets/intake/restorebar.h"
#include "widgets/intake/wrapupflow.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace civicdesk::map {
class TileSource;
}

class QAction;
class QFrame;
class QLabel;
class QMessageBox;
class QUndoStack;

namespace civicdesk::core {
struct IntakeResult;
class IntakeService;
class LocalStore;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class AttributeForm;
class CallPages;
class CallerPanel;
class DescriptionEdit;
class DraftAutosave;
class EmergencyBanner;
class IncomingCallBar;
class LocationInsightPanel;
class LocationMap;
class LocationSection;
class ReferenceReadback;
class ServicePickerEdit;
class WrapUpDialog;

// The call taker's working screen, from the first ring to the reference number: caller, service
// type, the service's questions, description and location; Save (Ctrl+Enter) or a wrap-up
// without a ticket. While a call is open its draft is saved every second, and an unfinished call
// is offered back on the next start. Where the call stands, and so which actions are on, is
// core::CallLifecycle's; this class moves it along and shows the page of its state.
class IntakeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeWidget(core::LocalStore &store, QWidget *parent = nullptr);
    ~IntakeWidget() override;

    QAction *newCallAction() const { return m_actions->newCall(); }
    QAction *saveAction() const { return m_actions->save(); }
    QAction *informationOnlyAction() const { return m_actions->informationOnly(); }
    QAction *wrapUpAction() const { return m_actions->wrapUp(); }
    QAction *discardAction() const { return m_actions->discard(); }
    QAction *transferAction() const { return m_actions->transfer(); }
    QAction *undoAction() const { return m_actions->undo(); }
    QAction *redoAction() const { return m_actions->redo(); }
    QAction *linkDuplicateAction() const { return m_actions->linkDuplicate(); }
    QAction *restoreAction() const { return m_actions->restore(); }
    QList<QAction *> callActions() const { return m_actions->all(); }
    QUndoStack *undoStack() const { return m_history->stack(); }

    bool isCallOpen() const;
    // The ticket is being written; the form is locked until saved or refused comes back.
    bool isSaving() const { return m_lifecycle.state() == core::CallLifecycle::State::Saving; }
    core::CallLifecycle::State callState() const { return m_lifecycle.state(); }
    // What the form holds now, with the call's id, start time and wrap-up fields.
    core::CallSession session() const;
    // session() while a call is on the form, else nothing.
    std::optional<core::CallSession> openCall() const;
    core::IntakeService &intakeService() { return *m_service; }
    const core::EmergencyDetector &emergencyDetector() const { return m_emergency->detector(); }
    void setEmergencyDetector(const core::EmergencyDetector &detector) { m_emergency->setDetector(detector); }

    IntakeForm *form() const { return m_form; }
    CallerPanel *callerPanel() const { return m_form->callerPanel(); }
    ServicePickerEdit *servicePicker() const { return m_form->servicePicker(); }
    AttributeForm *attributeForm() const { return m_form->attributeForm(); }
    DescriptionEdit *descriptionEdit() const { return m_form->descriptionEdit(); }
    LocationSection *locationSection() const { return m_form->locationSection(); }
    LocationMap *locationMap() const { return m_form->locationMap(); }
    LocationInsightPanel *locationInsight() const { return m_form->locationInsight(); }
    // The small map's basemap (the city layers when the profile has them); null = plain.
    void setBasemap(std::shared_ptr<map::TileSource> source);
    EmergencyBanner *emergencyBanner() const { return m_banner; }
    ReferenceReadback *readback() const { return m_readback; }
    WrapUpDialog *wrapUpDialog() const { return m_wrapUp->dialog(); }
    QMessageBox *discardConfirmation() const { return m_wrapUp->discardConfirmation(); }
    QMessageBox *emptyReasonConfirmation() const { return m_wrapUp->emptyReasonConfirmation(); }
    // "Same problem as …?" at save, for a ticket of the same service within 25 m.
    QMessageBox *likelyDuplicatePrompt() const { return m_saver->prompt(); }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *timerLabel() const { return m_header->timerLabel(); }
    QFrame *restoreBar() const { return m_restoreBar; }
    IncomingCallBar *incomingCallBar() const { return m_incomingBar; }

public Q_SLOTS:
    void startNewCall(const QString &callerPhone = {});
    // A screen pop: opens the call at once when none is open; during a call it shows the
    // incoming-call bar (Park current call, Alt+P, or Ignore).
    void incomingCall(const QString &callerPhone);
    // Ctrl+Enter: validates, then saves ticket + call log and shows the reference read-back.
    // The write runs on a worker: true when it started, and ticketSaved() (or the problems)
    // follows once it lands.
    bool saveTicket() { return m_saver->save(); }
    // Ctrl+D: saves the request as a duplicate of the chosen nearby ticket (duplicate_of set);
    // the caller still gets the new request's own reference. While "Same problem?" is asked,
    // it answers Link.
    bool linkAsDuplicate();
    void openWrapUp(civicdesk::core::WrapUpCode preset = civicdesk::core::WrapUpCode::ResolvedOnCall);
    void informationOnly() { openWrapUp(core::WrapUpCode::InformationOnly); }
    // F9: logs on the call that the caller was sent to 911.
    void transferTo911();
    void askDiscard()
    {
        if (!isSaving())
            m_wrapUp->askDiscard();
    }
    void finishSavedCall();
    void undo()
    {
        if (isCallOpen())
            m_history->undo();
    }
    void redo()
    {
        if (isCallOpen())
            m_history->redo();
    }
    // The knowledge base's "Use in call": records the article on the call.
    void useKbArticle(const QString &id);
    // The knowledge base's "Create request": a request of this type in the current call.
    void startRequestForService(const QString &serviceCode);
    void restoreUnfinishedCall();
    void discardUnfinishedCall();

Q_SIGNALS:
    void callStarted();
    void ticketSaved(const QString &reference);
    void callEnded(const QString &wrapUpKey);
    void kbArticleUsed(const QString &id);

private:
    void buildLayout();
    // Moves the call along, unless its state refuses the event.
    void move(core::CallLifecycle::Event event);
    void showState();
    void bindActions();
    void loadSession(const core::CallSession &session, core::CallLifecycle::Event event);
    void formRestored();
    void formChanged();
    void showProblems(const QList<core::FieldError> &problems);
    void endCall(const QString &wrapUpKey, core::CallLifecycle::Event event);
    void showIdle();
    void refreshParkedCalls();
    void saveStarted();
    void saveRefused(const QList<core::FieldError> &problems);
    void ticketStored(const core::IntakeResult &result, const QString &duplicateReference);
    // A point taken on the map: address and coordinates change as one undo step.
    void applyPickedLocation(const QString &address, double latitude, double longitude);

    core::LocalStore &m_store;
    std::unique_ptr<core::IntakeService> m_service;
    core::CallLifecycle m_lifecycle;
    core::CallSession m_session; // id, times and wrap-up; the form holds the rest

    IntakeActions *m_actions = nullptr;
    FormHistory *m_history = nullptr;
    DraftAutosave *m_autosave = nullptr;
    WrapUpFlow *m_wrapUp = nullptr;
    RequestSaver *m_saver = nullptr;

    CallPages *m_pages = nullptr;
    CallHeader *m_header = nullptr;
    RestoreBar *m_restoreBar = nullptr;
    ProblemsLabel *m_problems = nullptr;
    EmergencyBanner *m_banner = nullptr;
    EmergencyMonitor *m_emergency = nullptr;
    IncomingCallBar *m_incomingBar = nullptr;
    IntakeForm *m_form = nullptr;
    ReferenceReadback *m_readback = nullptr;
    QUuid m_savedCallId;
    QPointer<QWidget> m_focusBeforeSave; // given back when a save fails
};

} // namespace civicdesk::widgets

#pragma once

#include "core/geo/duplicatefinder.h"
#include "core/intake/callsession.h"
#include "core/intake/emergencydetector.h"
#include "core/intake/wrapupcode.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

namespace civicdesk::map {
class TileSource;
}

class QAction;
class QFrame;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QTimer;

namespace civicdesk::core {
class IntakeService;
class LocalStore;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class AttributeForm;
class CallerPanel;
class DescriptionEdit;
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
// is offered back on the next start.
class IntakeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeWidget(core::LocalStore &store, QWidget *parent = nullptr);
    ~IntakeWidget() override;

    QAction *newCallAction() const { return m_newCall; }
    QAction *saveAction() const { return m_save; }
    QAction *informationOnlyAction() const { return m_infoOnly; }
    QAction *wrapUpAction() const { return m_wrapUp; }
    QAction *discardAction() const { return m_discard; }
    QAction *transferAction() const { return m_transfer; }
    QAction *undoAction() const { return m_undo; }
    QAction *linkDuplicateAction() const { return m_linkDuplicate; }
    QList<QAction *> callActions() const;

    bool isCallOpen() const;
    // What the form holds now, with the call's id, start time and wrap-up fields.
    core::CallSession session() const;
    core::IntakeService &intakeService() { return *m_service; }
    const core::EmergencyDetector &emergencyDetector() const;
    void setEmergencyDetector(const core::EmergencyDetector &detector);

    CallerPanel *callerPanel() const { return m_caller; }
    ServicePickerEdit *servicePicker() const { return m_picker; }
    AttributeForm *attributeForm() const { return m_attributes; }
    DescriptionEdit *descriptionEdit() const { return m_description; }
    LocationSection *locationSection() const { return m_location; }
    LocationMap *locationMap() const { return m_locationMap; }
    LocationInsightPanel *locationInsight() const { return m_insight; }
    // The small map's basemap (the city layers when the profile has them); null = plain.
    void setBasemap(std::shared_ptr<map::TileSource> source);
    EmergencyBanner *emergencyBanner() const { return m_banner; }
    ReferenceReadback *readback() const { return m_readback; }
    WrapUpDialog *wrapUpDialog() const;
    QMessageBox *discardConfirmation() const;
    QMessageBox *emptyReasonConfirmation() const;
    // "Same problem as …?" at save, for a ticket of the same service within 25 m.
    QMessageBox *likelyDuplicatePrompt() const;
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *timerLabel() const { return m_handleTimeLabel; }
    QFrame *restoreBar() const { return m_restoreBar; }
    IncomingCallBar *incomingCallBar() const { return m_incomingBar; }
    QAction *restoreAction() const { return m_restore; }

public Q_SLOTS:
    void startNewCall(const QString &callerPhone = {});
    // A screen pop: opens the call at once when none is open; during a call it shows the
    // incoming-call bar (Park current call, Alt+P, or Ignore).
    void incomingCall(const QString &callerPhone);
    // Ctrl+Enter: validates, then saves ticket + call log and shows the reference read-back.
    bool saveTicket();
    // Ctrl+D: saves the request as a duplicate of the chosen nearby ticket (duplicate_of set);
    // the caller still gets the new request's own reference.
    bool linkAsDuplicate();
    void openWrapUp(civicdesk::core::WrapUpCode preset = civicdesk::core::WrapUpCode::ResolvedOnCall);
    void informationOnly();
    void askDiscard();
    void finishSavedCall();
    void undo();
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
    enum Page { IdlePage, FormPage, ResultPage };
    void buildActions();
    void buildLayout();
    void loadSession(const core::CallSession &session);
    void serviceChosen(const QString &code);
    void formChanged();
    void autosave();
    void updateTimer();
    void scanForEmergency();
    void transferTo911();
    void showProblems(const QList<core::FieldError> &problems);
    void clearProblems();
    void endCall(const QString &wrapUpKey);
    void showIdle();
    void updateRestoreBar();
    void refreshParkedCalls();
    void wrapUpRequested();
    void askLikelyDuplicate(const core::DuplicateFinder::Candidate &candidate);
    void askEmptyReason(const core::CallSession &s, core::WrapUpCode code);
    void finishWrapUp(bool emptyReasonConfirmed);
    void showKbArticle(const QString &id);
    void fixTabOrder();
    void refreshLocationInsight();
    // A point taken on the map: address and coordinates change as one undo step.
    void applyPickedLocation(const QString &address, double latitude, double longitude);
    QString fieldLabel(const QString &field) const;
    QWidget *inputFor(const QString &field) const;

    core::LocalStore &m_store;
    std::unique_ptr<core::IntakeService> m_service;
    mutable std::unique_ptr<core::EmergencyDetector> m_detector; // see emergencyDetector()
    core::CallSession m_session; // id, times and wrap-up; the form holds the rest
    QList<core::CallSession> m_unfinished;
    bool m_dirty = false;
    bool m_loading = false;
    QList<core::CallSession> m_undoStack;
    core::CallSession m_lastSnapshot;
    QPointer<QWidget> m_lastEdited;
    QSet<QString> m_dismissedAlerts;

    QAction *m_newCall = nullptr;
    QAction *m_save = nullptr;
    QAction *m_infoOnly = nullptr;
    QAction *m_wrapUp = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_linkDuplicate = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_handleTimeLabel = nullptr; // the call's running handle time, mm:ss
    QLabel *m_state = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_kbLabel = nullptr;
    QFrame *m_restoreBar = nullptr;
    QLabel *m_restoreText = nullptr;
    EmergencyBanner *m_banner = nullptr;
    IncomingCallBar *m_incomingBar = nullptr;
    CallerPanel *m_caller = nullptr;
    ServicePickerEdit *m_picker = nullptr;
    AttributeForm *m_attributes = nullptr;
    DescriptionEdit *m_description = nullptr;
    LocationSection *m_location = nullptr;
    LocationMap *m_locationMap = nullptr;
    LocationInsightPanel *m_insight = nullptr;
    QString m_insightService; // the service the insight panel last showed
    ReferenceReadback *m_readback = nullptr;
    QPointer<WrapUpDialog> m_wrapUpDialog;
    QPointer<QMessageBox> m_discardBox;
    QPointer<QMessageBox> m_emptyReasonBox;
    QPointer<QMessageBox> m_duplicateBox;
    bool m_duplicateAsked = false; // "same problem?" is asked once per call
    QUuid m_duplicateCandidate;
    QString m_duplicateReference;
    QString m_kbArticleTitle; // of the article used in this call, as the call taker knows it
    QTimer *m_autosave = nullptr;
    QTimer *m_handleTimeTick = nullptr; // once a second while a call is open, to update the label
    QUuid m_savedCallId;
};

} // namespace civicdesk::widgets

#include "widgets/intake/intakewidget.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/domain/phonenumber.h"
#include "core/intake/duplicatecandidatemodel.h"
#include "core/intake/intakeservice.h"
#include "core/intake/locationadvisor.h"
#include "core/intake/readback.h"
#include "core/store/localstore.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/incomingcallbar.h"
#include "widgets/intake/locationinsightpanel.h"
#include "widgets/intake/locationmap.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/intake/wrapupdialog.h"
#include "widgets/shell/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
// Drafts are written at most this long after a change (the issue allows 2 s).
constexpr int kAutosaveMs = 1000;

void setToolTipWithShortcut(QAction *action, const QString &tip)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::NoFocus); // the keyboard path is the shortcut, not Tab
    return b;
}
} // namespace

IntakeWidget::IntakeWidget(core::LocalStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(std::make_unique<core::IntakeService>(store))
{
    setObjectName(QStringLiteral("intake"));
    buildActions();
    buildLayout();
    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &IntakeWidget::autosave);
    m_handleTimeTick = new QTimer(this);
    m_handleTimeTick->setInterval(1000);
    connect(m_handleTimeTick, &QTimer::timeout, this, &IntakeWidget::updateTimer);
    showIdle();
}

IntakeWidget::~IntakeWidget()
{
    // Whatever was typed since the last tick is kept for the next start.
    if (m_dirty && isCallOpen())
        autosave();
}

void IntakeWidget::buildActions()
{
    m_newCall = new QAction(tr("&New call"), this);
    m_newCall->setObjectName(QStringLiteral("actionNewCall"));
    m_newCall->setShortcut(QKeySequence(Qt::Key_F2));
    setToolTipWithShortcut(m_newCall, tr("Start a new call: timer, caller and request"));
    connect(m_newCall, &QAction::triggered, this, [this] { startNewCall(); });

    m_save = new QAction(tr("&Save request"), this);
    m_save->setObjectName(QStringLiteral("actionSave"));
    m_save->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    setToolTipWithShortcut(m_save, tr("Check and save the request, then read back the reference"));
    connect(m_save, &QAction::triggered, this, [this] { saveTicket(); });

    m_infoOnly = new QAction(tr("&Information only…"), this);
    m_infoOnly->setObjectName(QStringLiteral("actionInformationOnly"));
    m_infoOnly->setShortcut(QKeySequence(Qt::Key_F7));
    setToolTipWithShortcut(m_infoOnly, tr("End a call that was only a question; no ticket"));
    connect(m_infoOnly, &QAction::triggered, this, &IntakeWidget::informationOnly);

    m_wrapUp = new QAction(tr("&Wrap up without ticket…"), this);
    m_wrapUp->setObjectName(QStringLiteral("actionWrapUp"));
    m_wrapUp->setShortcut(QKeySequence(Qt::Key_F8));
    setToolTipWithShortcut(m_wrapUp, tr("End the call: resolved, transferred, duplicate, hung up…"));
    connect(m_wrapUp, &QAction::triggered, this, [this] {
        openWrapUp(m_session.emergencyTransfer ? core::WrapUpCode::Transferred : core::WrapUpCode::ResolvedOnCall);
    });

    m_discard = new QAction(tr("&Discard call…"), this);
    m_discard->setObjectName(QStringLiteral("actionDiscard"));
    m_discard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    setToolTipWithShortcut(m_discard, tr("Throw away this call's form (asks first)"));
    connect(m_discard, &QAction::triggered, this, &IntakeWidget::askDiscard);

    m_transfer = new QAction(tr("&Transferred to 911"), this);
    m_transfer->setObjectName(QStringLiteral("actionTransfer911"));
    m_transfer->setShortcut(QKeySequence(Qt::Key_F9));
    setToolTipWithShortcut(m_transfer, tr("Log on this call that the caller was transferred to 911"));
    connect(m_transfer, &QAction::triggered, this, &IntakeWidget::transferTo911);

    m_undo = new QAction(tr("&Undo in form"), this);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    setToolTipWithShortcut(m_undo, tr("Undo the last change in the call form"));
    connect(m_undo, &QAction::triggered, this, &IntakeWidget::undo);

    m_restore = new QAction(tr("&Restore unfinished call"), this);
    m_restore->setObjectName(QStringLiteral("actionRestore"));
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    setToolTipWithShortcut(m_restore, tr("Reopen the call that was open when CivicDesk stopped"));
    connect(m_restore, &QAction::triggered, this, &IntakeWidget::restoreUnfinishedCall);

    m_linkDuplicate = new QAction(tr("Link as &duplicate"), this);
    m_linkDuplicate->setObjectName(QStringLiteral("actionLinkDuplicate"));
    m_linkDuplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    setToolTipWithShortcut(m_linkDuplicate, tr("Save this request as a duplicate of the chosen nearby ticket; the caller "
                                               "still gets a reference number"));
    connect(m_linkDuplicate, &QAction::triggered, this, [this] {
        // While "Same problem?" is asked, Ctrl+D answers it (Link) wherever the focus is.
        if (m_duplicateBox && m_duplicateBox->isVisible())
            m_duplicateBox->defaultButton()->click();
        else
            linkAsDuplicate();
    });

    for (QAction *a : {m_newCall, m_save, m_infoOnly, m_wrapUp, m_transfer, m_discard, m_undo, m_restore, m_linkDuplicate}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
}

WrapUpDialog *IntakeWidget::wrapUpDialog() const
{
    return m_wrapUpDialog;
}

QMessageBox *IntakeWidget::discardConfirmation() const
{
    return m_discardBox;
}

QMessageBox *IntakeWidget::emptyReasonConfirmation() const
{
    return m_emptyReasonBox;
}

QMessageBox *IntakeWidget::likelyDuplicatePrompt() const
{
    return m_duplicateBox;
}

QList<QAction *> IntakeWidget::callActions() const
{
    return {m_newCall, m_save, m_infoOnly, m_wrapUp, m_transfer, m_discard, m_undo, m_restore, m_linkDuplicate};
}

void IntakeWidget::buildLayout()
{
    // Header: timer, state and the call buttons.
    m_handleTimeLabel = new QLabel(this);
    m_handleTimeLabel->setObjectName(QStringLiteral("callTimer"));
    m_handleTimeLabel->setStyleSheet(
        QStringLiteral("font-size: 16pt; font-weight: bold; font-family: monospace;"));
    m_handleTimeLabel->setAccessibleName(tr("Call timer"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("callState"));
    // "Saved XYA-4NB-222N, a duplicate of …" is longer than the header has room for at 1366 px:
    // unwrapped, it raised the window's minimum width, and the window grew after every save.
    m_state->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_handleTimeLabel);
    header->addSpacing(12);
    header->addWidget(m_state, 1);
    for (QAction *a : {m_newCall, m_save, m_infoOnly, m_wrapUp, m_discard})
        header->addWidget(buttonFor(a, this));

    m_restoreBar = new QFrame(this);
    m_restoreBar->setObjectName(QStringLiteral("restoreBar"));
    m_restoreBar->setStyleSheet(QStringLiteral("#restoreBar { background: #e3f2fd; border: 1px solid #90caf9; }"));
    m_restoreText = new QLabel(m_restoreBar);
    m_restoreText->setWordWrap(true);
    auto *restoreButton = new QPushButton(tr("&Restore"), m_restoreBar);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    restoreButton->setToolTip(m_restore->toolTip());
    connect(restoreButton, &QPushButton::clicked, this, &IntakeWidget::restoreUnfinishedCall);
    auto *dropButton = new QPushButton(tr("Discard it"), m_restoreBar);
    dropButton->setObjectName(QStringLiteral("dropDraftButton"));
    connect(dropButton, &QPushButton::clicked, this, &IntakeWidget::discardUnfinishedCall);
    auto *restoreLayout = new QHBoxLayout(m_restoreBar);
    restoreLayout->addWidget(m_restoreText, 1);
    restoreLayout->addWidget(restoreButton);
    restoreLayout->addWidget(dropButton);

    m_incomingBar = new IncomingCallBar(this);
    connect(m_incomingBar, &IncomingCallBar::parkRequested, this,
            [this](const QString &number) { startNewCall(number); });

    m_banner = new EmergencyBanner(this);
    m_banner->setTransferAction(m_transfer);
    connect(m_banner, &EmergencyBanner::dismissed, this, [this] {
        for (const auto &a : emergencyDetector().scanCall(session(), m_store.catalog()))
            m_dismissedAlerts.insert(a.key + u':' + a.matchedText.toLower());
        m_banner->setVisible(false);
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("saveProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("background: #fdecea; color: #b00020; padding: 6px; border: 1px solid #f5c6cb;"));
    m_problems->setVisible(false);

    // The form: caller and request on the left, description and location on the right, in
    // the order a call runs and Tab moves.
    m_caller = new CallerPanel(m_store.database(), this);
    m_picker = new ServicePickerEdit(m_store.catalog(), this);
    m_attributes = new AttributeForm(this);
    m_description = new DescriptionEdit(this);
    m_location = new LocationSection(this);
    m_kbLabel = new QLabel(this);
    m_kbLabel->setObjectName(QStringLiteral("kbArticleUsed"));
    m_kbLabel->setVisible(false);

    auto *callerBox = new QGroupBox(tr("Caller"), this);
    (new QVBoxLayout(callerBox))->addWidget(m_caller);
    auto *requestBox = new QGroupBox(tr("Request"), this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    auto *serviceLabel = new QLabel(tr("&Service type *"), requestBox);
    serviceLabel->setBuddy(m_picker->lineEdit());
    requestLayout->addWidget(serviceLabel);
    requestLayout->addWidget(m_picker);
    requestLayout->addWidget(m_attributes);
    requestLayout->addWidget(m_kbLabel);
    requestLayout->addStretch();
    auto *descriptionBox = new QGroupBox(tr("Description"), this);
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    auto *descriptionLabel = new QLabel(tr("Descri&ption (plain text):"), descriptionBox);
    descriptionLabel->setBuddy(m_description->editor());
    descriptionLayout->addWidget(descriptionLabel);
    descriptionLayout->addWidget(m_description);
    auto *locationBox = new QGroupBox(tr("Location"), this);
    (new QVBoxLayout(locationBox))->addWidget(m_location);
    m_locationMap = new LocationMap(m_service->location(), m_location, this);
    m_location->addExtension(m_locationMap);
    m_insight = new LocationInsightPanel(m_service->location(), m_store.catalog(), m_linkDuplicate, this);

    auto *left = new QVBoxLayout;
    left->addWidget(callerBox);
    left->addWidget(requestBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(descriptionBox);
    right->addWidget(locationBox);
    right->addWidget(m_insight);
    right->addStretch();
    auto *formPage = new QWidget(this);
    auto *columns = new QHBoxLayout(formPage);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *idlePage = new QLabel(tr("<p style='font-size:16pt'>No call in progress.</p>"
                                   "<p>Press <b>%1</b> to take a new call.</p>")
                                    .arg(m_newCall->shortcut().toString(QKeySequence::NativeText)),
                                this);
    idlePage->setObjectName(QStringLiteral("idlePage"));
    idlePage->setAlignment(Qt::AlignCenter);
    idlePage->setTextFormat(Qt::RichText);

    m_readback = new ReferenceReadback(this);
    connect(m_readback, &ReferenceReadback::finishRequested, this, &IntakeWidget::finishSavedCall);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(idlePage);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_readback);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_restoreBar);
    layout->addWidget(m_incomingBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
    layout->addWidget(m_pages, 1);

    connect(m_caller, &CallerPanel::changed, this, &IntakeWidget::formChanged);
    connect(m_caller->phoneEdit(), &QLineEdit::returnPressed, m_picker->lineEdit(),
            [this] { m_picker->lineEdit()->setFocus(); });
    connect(m_picker, &ServicePickerEdit::serviceChosen, this, &IntakeWidget::serviceChosen);
    connect(m_picker, &ServicePickerEdit::queryChanged, this, &IntakeWidget::formChanged);
    connect(m_picker, &ServicePickerEdit::advanceRequested, this, [this] {
        const QList<QWidget *> inputs = m_attributes->inputs();
        (inputs.isEmpty() ? static_cast<QWidget *>(m_description->editor()) : inputs.first())->setFocus();
    });
    connect(m_attributes, &AttributeForm::changed, this, &IntakeWidget::formChanged);
    connect(m_description, &DescriptionEdit::changed, this, &IntakeWidget::formChanged);
    connect(m_location, &LocationSection::changed, this, &IntakeWidget::formChanged);
    connect(m_location, &LocationSection::coordinateChanged, this, &IntakeWidget::refreshLocationInsight);
    connect(m_location, &LocationSection::coordinateCleared, this, &IntakeWidget::refreshLocationInsight);
    connect(m_picker, &ServicePickerEdit::queryChanged, this, [this] {
        if (m_picker->serviceCode() != m_insightService)
            refreshLocationInsight();
    });
    connect(m_locationMap, &LocationMap::locationPicked, this, &IntakeWidget::applyPickedLocation);
}

void IntakeWidget::setBasemap(std::shared_ptr<map::TileSource> source)
{
    m_locationMap->setTileSource(std::move(source));
}

void IntakeWidget::refreshLocationInsight()
{
    if (!isCallOpen()) {
        m_insightService.clear();
        m_insight->clear();
        m_linkDuplicate->setEnabled(false);
        return;
    }
    m_insightService = m_picker->serviceCode();
    std::optional<core::GeoPoint> point;
    if (m_location->hasCoordinate())
        point = core::GeoPoint{m_location->longitude(), m_location->latitude()};
    m_insight->refresh(m_insightService, point);
}

void IntakeWidget::applyPickedLocation(const QString &address, double latitude, double longitude)
{
    if (!isCallOpen())
        return;
    m_loading = true; // formChanged() would record the address and each coordinate as steps
    if (!address.isEmpty())
        m_location->setAddress(address);
    m_location->setCoordinate(latitude, longitude);
    m_loading = false;
    const core::CallSession now = session();
    if (now == m_lastSnapshot)
        return;
    m_undoStack.append(m_lastSnapshot);
    m_lastSnapshot = now;
    m_lastEdited = nullptr; // typing afterwards is a step of its own
    m_dirty = true;
}

void IntakeWidget::fixTabOrder()
{
    QWidget *previous = m_caller->lastInput();
    setTabOrder(previous, m_picker->lineEdit());
    previous = m_picker->lineEdit();
    for (QWidget *input : m_attributes->inputs()) {
        setTabOrder(previous, input);
        previous = input;
    }
    setTabOrder(previous, m_description->editor());
    setTabOrder(m_description->editor(), m_location->addressEdit());
    setTabOrder(m_location->addressEdit(), m_location->inputFor(QStringLiteral("lat")));
    setTabOrder(m_location->inputFor(QStringLiteral("lat")), m_location->inputFor(QStringLiteral("long")));
}

bool IntakeWidget::isCallOpen() const
{
    return m_session.isOpen() && m_pages->currentIndex() == FormPage;
}

core::CallSession IntakeWidget::session() const
{
    core::CallSession s = m_session;
    m_caller->store(s);
    s.serviceQuery = m_picker->query();
    s.serviceCode = m_picker->serviceCode();
    s.attributes = m_attributes->answers();
    s.description = m_description->text();
    s.address = m_location->address();
    s.latitudeText = m_location->latitudeText();
    s.longitudeText = m_location->longitudeText();
    return s;
}

const core::EmergencyDetector &IntakeWidget::emergencyDetector() const
{
    // Built on first use: compiling the trigger patterns took a tenth of the window's time to
    // first paint, and nothing is scanned before the call taker types.
    if (!m_detector) {
        try {
            m_detector = std::make_unique<core::EmergencyDetector>(
                core::EmergencyDetector::forProfileDirectory(m_store.profile().directory()));
        } catch (const core::Error &e) {
            // A broken configuration must not leave the call taker without the built-in triggers.
            qWarning("emergency triggers: %s; using the built-in triggers", qPrintable(e.message()));
            m_detector = std::make_unique<core::EmergencyDetector>();
        }
    }
    return *m_detector;
}

void IntakeWidget::setEmergencyDetector(const core::EmergencyDetector &detector)
{
    m_detector = std::make_unique<core::EmergencyDetector>(detector);
    scanForEmergency();
}

void IntakeWidget::incomingCall(const QString &callerPhone)
{
    const QString number =
        callerPhone.isEmpty() ? QString() : core::phonenumber::formatForDisplay(callerPhone);
    if (!isCallOpen()) {
        startNewCall(number);
        return;
    }
    // A call is open: the call taker decides (Park or Ignore); nothing is parked silently.
    m_incomingBar->showCaller(number);
}

void IntakeWidget::startNewCall(const QString &callerPhone)
{
    m_incomingBar->dismiss();
    if (m_pages->currentIndex() == ResultPage)
        finishSavedCall();
    if (isCallOpen()) {
        // A screen pop during a call: the open call stays as a draft to restore afterwards.
        autosave();
    }
    core::CallSession s = m_service->startCall(callerPhone.isEmpty() ? QString()
                                                                     : core::phonenumber::formatForDisplay(callerPhone));
    try {
        m_picker->setUsage(m_service->serviceUsage(s.agent));
    } catch (const core::Error &e) {
        qWarning("service usage: %s", qPrintable(e.message()));
    }
    loadSession(s);
    m_service->saveDraft(s);
    m_caller->phoneEdit()->setFocus();
    if (!callerPhone.isEmpty())
        m_picker->lineEdit()->setFocus(); // the number came from the phone system
    Q_EMIT callStarted();
}

void IntakeWidget::loadSession(const core::CallSession &s)
{
    m_loading = true;
    m_session = s;
    m_savedCallId = {};
    m_pages->setCurrentIndex(FormPage);
    m_restoreBar->setVisible(false);
    m_caller->load(s);
    m_picker->clear();
    if (!s.serviceCode.isEmpty())
        m_picker->setService(s.serviceCode, s.serviceQuery);
    m_attributes->setService(m_store.catalog().service(s.serviceCode));
    m_attributes->setAnswers(s.attributes);
    m_description->setText(s.description);
    m_location->setTexts(s.address, s.latitudeText, s.longitudeText);
    m_locationMap->syncFromSection();
    showKbArticle(s.kbArticle);
    m_banner->setTransferLogged(s.emergencyTransfer);
    fixTabOrder();
    clearProblems();
    m_loading = false;
    m_dirty = false;
    m_lastSnapshot = session();
    m_undoStack.clear();
    m_lastEdited = nullptr;
    m_dismissedAlerts.clear();
    m_duplicateAsked = false;
    scanForEmergency();
    updateTimer();
    m_handleTimeTick->start();
    m_autosave->start();
    m_save->setEnabled(true);
    m_infoOnly->setEnabled(true);
    m_wrapUp->setEnabled(true);
    m_transfer->setEnabled(true);
    m_discard->setEnabled(true);
    m_undo->setEnabled(true);
    refreshParkedCalls();
    m_state->setText(tr("Call in progress"));
    refreshLocationInsight();
}

void IntakeWidget::serviceChosen(const QString &code)
{
    const QMap<QString, QStringList> previous = m_attributes->answers();
    m_attributes->setService(m_store.catalog().service(code));
    m_attributes->setAnswers(previous); // answers to questions both types share are kept
    fixTabOrder();
    formChanged();
    refreshLocationInsight();
}

void IntakeWidget::formChanged()
{
    if (m_loading || !m_session.isOpen())
        return;
    m_dirty = true;
    const core::CallSession now = session();
    if (now != m_lastSnapshot) {
        // Typing in one field is one undo step; a new field starts the next.
        QWidget *focus = QApplication::focusWidget();
        if (m_undoStack.isEmpty() || focus != m_lastEdited)
            m_undoStack.append(m_lastSnapshot);
        m_lastEdited = focus;
        m_lastSnapshot = now;
    }
    if (m_problems->isVisible()) {
        // Keep the list honest as the call taker fixes things.
        const QList<core::FieldError> problems = now.problems(m_store.catalog());
        if (problems.isEmpty())
            clearProblems();
    }
    scanForEmergency();
}

void IntakeWidget::undo()
{
    if (!m_session.isOpen() || m_undoStack.isEmpty())
        return;
    const core::CallSession previous = m_undoStack.takeLast();
    // Reloading rebuilds the questions, so the focus is found again by name.
    const QWidget *focus = QApplication::focusWidget();
    const QString focusName = focus && isAncestorOf(focus) ? focus->objectName() : QString();
    const QList<core::CallSession> stack = m_undoStack;
    const QSet<QString> dismissed = m_dismissedAlerts;
    loadSession(previous);
    m_undoStack = stack;
    m_dismissedAlerts = dismissed;
    m_dirty = true;
    if (QWidget *again = focusName.isEmpty() ? nullptr : findChild<QWidget *>(focusName))
        again->setFocus();
}

void IntakeWidget::autosave()
{
    if (!m_session.isOpen() || m_pages->currentIndex() != FormPage)
        return;
    try {
        m_service->saveDraft(session());
        m_dirty = false;
    } catch (const core::Error &e) {
        m_state->setText(tr("Draft not saved: %1").arg(e.message()));
    }
}

void IntakeWidget::updateTimer()
{
    if (!m_session.isOpen()) {
        m_handleTimeLabel->setText(QStringLiteral("--:--"));
        return;
    }
    const qint64 secs = std::max<qint64>(0, m_session.startedAt.secsTo(core::Clock::current().nowUtc()));
    m_handleTimeLabel->setText(secs >= 3600 ? QStringLiteral("%1:%2:%3")
                                                  .arg(secs / 3600)
                                                  .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                                                  .arg(secs % 60, 2, 10, QLatin1Char('0'))
                                            : QStringLiteral("%1:%2")
                                                  .arg(secs / 60, 2, 10, QLatin1Char('0'))
                                                  .arg(secs % 60, 2, 10, QLatin1Char('0')));
}

void IntakeWidget::scanForEmergency()
{
    if (!m_session.isOpen() || m_pages->currentIndex() != FormPage) {
        m_banner->setVisible(false);
        return;
    }
    QList<core::EmergencyAlert> alerts = emergencyDetector().scanCall(session(), m_store.catalog());
    alerts.removeIf([this](const core::EmergencyAlert &a) {
        return m_dismissedAlerts.contains(a.key + u':' + a.matchedText.toLower());
    });
    m_banner->showAlerts(alerts);
}

void IntakeWidget::transferTo911()
{
    if (!m_session.isOpen())
        return;
    core::CallSession s = session();
    try {
        m_service->logEmergencyTransfer(s);
    } catch (const core::Error &e) {
        MessageBox::warning(this, tr("Transfer not logged"), e.message());
        return;
    }
    m_session.emergencyTransfer = true;
    m_session.transferTo = s.transferTo;
    m_banner->setTransferLogged(true);
    m_state->setText(tr("Transferred to 911 (logged). Wrap up with %1.")
                         .arg(m_wrapUp->shortcut().toString(QKeySequence::NativeText)));
}

QString IntakeWidget::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("caller.phone"))
        return tr("Phone");
    if (field == QLatin1String("caller.email"))
        return tr("Email");
    if (field == QLatin1String("service_code"))
        return tr("Service type");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("lat"))
        return tr("Latitude");
    if (field == QLatin1String("long"))
        return tr("Longitude");
    if (field.startsWith(QLatin1String("attributes."))) {
        if (const core::Service *service = m_store.catalog().service(m_picker->serviceCode())) {
            if (const core::ServiceAttribute *a = service->attribute(field.mid(11)))
                return a->description.isEmpty() ? a->code : a->description;
        }
    }
    return field;
}

QWidget *IntakeWidget::inputFor(const QString &field) const
{
    if (QWidget *w = m_caller->inputFor(field))
        return w;
    if (QWidget *w = m_location->inputFor(field))
        return w;
    if (QWidget *w = m_attributes->inputFor(field))
        return w;
    if (field == QLatin1String("service_code"))
        return m_picker->lineEdit();
    if (field == QLatin1String("description"))
        return m_description->editor();
    return nullptr;
}

void IntakeWidget::showProblems(const QList<core::FieldError> &problems)
{
    clearProblems();
    QStringList lines;
    for (const core::FieldError &e : problems) {
        lines.append(QStringLiteral("• %1: %2").arg(fieldLabel(e.field).toHtmlEscaped(), e.message.toHtmlEscaped()));
        m_caller->setFieldError(e.field, e.message);
        m_location->setFieldError(e.field, e.message);
        m_attributes->setFieldError(e.field, e.message);
        if (e.field == QLatin1String("service_code"))
            m_picker->setError(e.message);
        if (e.field == QLatin1String("description"))
            m_description->setError(e.message);
    }
    m_problems->setText(tr("<b>Not saved. Still needed:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_problems->setAccessibleName(m_problems->text());
    m_problems->setVisible(true);
    if (!problems.isEmpty()) {
        if (QWidget *w = inputFor(problems.first().field))
            w->setFocus();
    }
}

void IntakeWidget::clearProblems()
{
    m_problems->setVisible(false);
    m_problems->clear();
}

bool IntakeWidget::saveTicket()
{
    if (!isCallOpen())
        return false;
    const core::CallSession s = session();
    const QList<core::FieldError> problems = s.problems(m_store.catalog());
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (s.duplicateOf.isNull() && !m_duplicateAsked && m_location->hasCoordinate()) {
        // The same service a few metres away, reported days ago, is most likely this problem:
        // ask once before a second ticket sends a second crew.
        const auto likely = m_service->location().likelyDuplicate(
            core::GeoPoint{m_location->longitude(), m_location->latitude()}, s.serviceCode);
        if (likely) {
            askLikelyDuplicate(*likely);
            return false;
        }
    }
    core::IntakeResult result;
    try {
        result = m_service->saveTicket(s);
    } catch (const core::Error &e) {
        showProblems(e.fieldErrors().isEmpty() ? QList<core::FieldError>{{QStringLiteral("ticket"), e.message()}}
                                               : e.fieldErrors());
        return false;
    }
    m_autosave->stop();
    m_dirty = false;
    m_savedCallId = s.id;
    clearProblems();
    m_banner->setVisible(false);
    const QString expected = core::readback::expectedBy(result.ticket.expectedAt, m_store.catalog().calendar.timeZone());
    m_readback->showReference(result.ticket.referenceNumber, result.ticket.serviceName, expected);
    m_pages->setCurrentIndex(ResultPage);
    m_readback->finishButton()->setFocus();
    m_state->setText(tr("Saved %1. Read it back, then finish the call.").arg(result.ticket.referenceNumber));
    m_save->setEnabled(false);
    m_infoOnly->setEnabled(false);
    m_wrapUp->setEnabled(false);
    m_transfer->setEnabled(false);
    m_discard->setEnabled(false);
    m_linkDuplicate->setEnabled(false);
    Q_EMIT ticketSaved(result.ticket.referenceNumber);
    return true;
}

void IntakeWidget::askLikelyDuplicate(const core::DuplicateFinder::Candidate &candidate)
{
    m_duplicateAsked = true;
    if (!m_duplicateBox) {
        m_duplicateBox = new QMessageBox(QMessageBox::Question, tr("Same problem?"), QString(),
                                         QMessageBox::NoButton, this);
        m_duplicateBox->setObjectName(QStringLiteral("likelyDuplicatePrompt"));
        QPushButton *link = m_duplicateBox->addButton(tr("&Link"), QMessageBox::AcceptRole);
        link->setObjectName(QStringLiteral("linkLikelyDuplicate"));
        link->setShortcut(m_linkDuplicate->shortcut());
        link->setToolTip(tr("Save as a duplicate of the existing ticket (%1)")
                             .arg(m_linkDuplicate->shortcut().toString(QKeySequence::NativeText)));
        QPushButton *fresh = m_duplicateBox->addButton(tr("Save as &new"), QMessageBox::RejectRole);
        fresh->setObjectName(QStringLiteral("saveAsNewRequest"));
        m_duplicateBox->setDefaultButton(link);
        m_duplicateBox->setEscapeButton(fresh);
        connect(m_duplicateBox, &QMessageBox::finished, this, [this] {
            if (!isCallOpen())
                return;
            const bool linkIt = m_duplicateBox->clickedButton() == m_duplicateBox->defaultButton();
            if (linkIt) {
                m_session.duplicateOf = m_duplicateCandidate;
                if (!saveTicket())
                    m_session.duplicateOf = {};
                else
                    m_state->setText(tr("Saved %1, a duplicate of %2. Read it back.")
                                         .arg(m_readback->reference(), m_duplicateReference));
            } else {
                saveTicket();
            }
        });
    }
    m_duplicateCandidate = candidate.id;
    m_duplicateReference = candidate.reference;
    m_duplicateBox->setText(tr("Same problem as %1 (%2, %3)?")
                                .arg(candidate.reference,
                                     core::DuplicateCandidateModel::distanceText(candidate.distanceMetres),
                                     core::DuplicateCandidateModel::ageText(candidate.ageDays)));
    m_duplicateBox->setInformativeText(candidate.address.isEmpty() ? QString() : candidate.address);
    m_duplicateBox->open();
}

bool IntakeWidget::linkAsDuplicate()
{
    if (!isCallOpen())
        return false;
    const QString id = m_insight->chosenCandidateId();
    if (id.isEmpty())
        return false;
    const QString original = m_insight->chosenCandidateReference();
    m_session.duplicateOf = QUuid::fromString(id);
    if (!saveTicket()) {
        m_session.duplicateOf = {}; // a plain save after fixing the form must not link silently
        return false;
    }
    m_state->setText(tr("Saved %1, a duplicate of %2. Read it back.")
                         .arg(m_readback->reference(), original));
    return true;
}

void IntakeWidget::finishSavedCall()
{
    if (m_savedCallId.isNull())
        return;
    try {
        m_service->closeLoggedCall(m_savedCallId);
    } catch (const core::Error &e) {
        qWarning("closing call: %s", qPrintable(e.message()));
    }
    endCall(core::wrapupcode::toKey(core::WrapUpCode::TicketCreated));
}

void IntakeWidget::openWrapUp(core::WrapUpCode preset)
{
    if (!isCallOpen())
        return;
    if (!m_wrapUpDialog) {
        m_wrapUpDialog = new WrapUpDialog(this);
        connect(m_wrapUpDialog, &WrapUpDialog::wrapUpRequested, this, &IntakeWidget::wrapUpRequested);
    }
    const QString transfer = m_session.emergencyTransfer && m_session.transferTo.isEmpty()
                                 ? QStringLiteral("911")
                                 : m_session.transferTo;
    m_wrapUpDialog->setValues(preset, m_session.reason, transfer, m_session.duplicateReference,
                              m_kbArticleTitle);
    m_wrapUpDialog->open();
    if (preset == core::WrapUpCode::InformationOnly || preset == core::WrapUpCode::ResolvedOnCall)
        m_wrapUpDialog->reasonEdit()->setFocus();
    else
        m_wrapUpDialog->codeBox()->setFocus();
}

void IntakeWidget::informationOnly()
{
    openWrapUp(core::WrapUpCode::InformationOnly);
}

void IntakeWidget::wrapUpRequested()
{
    core::CallSession s = session();
    s.reason = m_wrapUpDialog->reason();
    const core::WrapUpCode code = m_wrapUpDialog->code();
    if (core::wrapupcode::needsReason(code) && s.reason.trimmed().isEmpty())
        askEmptyReason(s, code);
    else
        finishWrapUp(false);
}

void IntakeWidget::askEmptyReason(const core::CallSession &s, core::WrapUpCode code)
{
    // Say exactly what the call log will hold, so that "no reason" is a choice, not a slip.
    const core::CallRecord call = m_service->pendingCall(s, code);
    QStringList lines{tr("Wrap-up: %1").arg(core::wrapupcode::displayName(code)),
                      tr("Caller: %1")
                          .arg(call.callerPhone.isEmpty()
                                   ? tr("no number")
                                   : core::phonenumber::formatForDisplay(call.callerPhone)),
                      tr("Reason: none"),
                      tr("Article used: %1").arg(m_kbArticleTitle.isEmpty() ? tr("none") : m_kbArticleTitle),
                      tr("Handle time: %1").arg(m_handleTimeLabel->text())};
    if (!m_emptyReasonBox) {
        m_emptyReasonBox = new QMessageBox(QMessageBox::Question, tr("Log without a reason?"), QString(),
                                           QMessageBox::Yes | QMessageBox::No, m_wrapUpDialog);
        m_emptyReasonBox->setObjectName(QStringLiteral("emptyReasonConfirmation"));
        m_emptyReasonBox->button(QMessageBox::Yes)->setText(tr("&Log without reason"));
        m_emptyReasonBox->button(QMessageBox::No)->setText(tr("&Add a reason"));
        m_emptyReasonBox->setDefaultButton(QMessageBox::No);
        connect(m_emptyReasonBox, &QMessageBox::finished, this, [this](int result) {
            if (!m_wrapUpDialog || !isCallOpen())
                return;
            if (result == QMessageBox::Yes)
                finishWrapUp(true);
            else
                m_wrapUpDialog->reasonEdit()->setFocus();
        });
    }
    m_emptyReasonBox->setText(tr("No reason was given. The call log will record:"));
    m_emptyReasonBox->setInformativeText(lines.join(u'\n'));
    m_emptyReasonBox->open();
}

void IntakeWidget::finishWrapUp(bool emptyReasonConfirmed)
{
    core::CallSession s = session();
    s.reason = m_wrapUpDialog->reason();
    s.transferTo = m_wrapUpDialog->transferTo();
    s.duplicateReference = m_wrapUpDialog->duplicateReference();
    const core::WrapUpCode code = m_wrapUpDialog->code();
    s.wrapUp = core::wrapupcode::toKey(code);
    try {
        m_service->finishCall(s, code, emptyReasonConfirmed);
    } catch (const core::Error &e) {
        m_wrapUpDialog->setFieldErrors(e.fieldErrors().isEmpty() ? QList<core::FieldError>{{QString(), e.message()}}
                                                                 : e.fieldErrors());
        return;
    }
    m_wrapUpDialog->accept();
    endCall(s.wrapUp);
}

void IntakeWidget::askDiscard()
{
    if (!isCallOpen())
        return;
    if (!m_discardBox) {
        m_discardBox = new QMessageBox(QMessageBox::Warning, tr("Discard call"),
                                       tr("Discard this call? Everything typed is lost; the call log records it as "
                                          "discarded."),
                                       QMessageBox::Discard | QMessageBox::Cancel, this);
        m_discardBox->setObjectName(QStringLiteral("discardConfirmation"));
        m_discardBox->setDefaultButton(QMessageBox::Cancel);
        connect(m_discardBox, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Discard || !isCallOpen())
                return;
            try {
                m_service->discardCall(session());
            } catch (const core::Error &e) {
                MessageBox::warning(this, tr("Discard call"), e.message());
                return;
            }
            endCall(core::wrapupcode::toKey(core::WrapUpCode::Discarded));
        });
    }
    m_discardBox->open();
}

void IntakeWidget::endCall(const QString &wrapUpKey)
{
    m_autosave->stop();
    m_session = {};
    m_savedCallId = {};
    m_dirty = false;
    showIdle();
    Q_EMIT callEnded(wrapUpKey);
}

void IntakeWidget::showIdle()
{
    m_handleTimeTick->stop();
    m_session = {};
    m_pages->setCurrentIndex(IdlePage);
    m_banner->setVisible(false);
    clearProblems();
    updateTimer();
    m_state->setText(tr("No call"));
    m_save->setEnabled(false);
    m_infoOnly->setEnabled(false);
    m_wrapUp->setEnabled(false);
    m_transfer->setEnabled(false);
    m_discard->setEnabled(false);
    m_undo->setEnabled(false);
    refreshLocationInsight();
    updateRestoreBar();
}

void IntakeWidget::updateRestoreBar()
{
    refreshParkedCalls();
    m_restoreBar->setVisible(!m_unfinished.isEmpty());
    if (m_unfinished.isEmpty())
        return;
    const core::CallSession &s = m_unfinished.first();
    const QString who = s.phoneText.isEmpty() ? tr("unknown number") : s.phoneText;
    m_restoreText->setText(
        tr("An unfinished call was found: started %1, caller %2%3. Restore it (%4)?")
            .arg(QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat), who,
                 s.serviceCode.isEmpty() ? QString() : QStringLiteral(", ") + s.serviceCode,
                 m_restore->shortcut().toString(QKeySequence::NativeText)));
}

void IntakeWidget::refreshParkedCalls()
{
    // Every unfinished call but the open one: a parked call, or one left by a crash.
    try {
        m_unfinished = m_service->unfinishedCalls();
    } catch (const core::Error &e) {
        m_unfinished.clear();
        qWarning("drafts: %s", qPrintable(e.message()));
    }
    const QUuid open = m_session.id;
    m_unfinished.removeIf([&open](const core::CallSession &s) { return s.id == open; });
    m_restore->setEnabled(!m_unfinished.isEmpty());
}

void IntakeWidget::restoreUnfinishedCall()
{
    if (m_unfinished.isEmpty())
        return;
    if (isCallOpen())
        autosave(); // the open call is parked in its place
    loadSession(m_unfinished.takeFirst());
    m_caller->phoneEdit()->setFocus();
    Q_EMIT callStarted();
}

void IntakeWidget::discardUnfinishedCall()
{
    if (isCallOpen() || m_unfinished.isEmpty())
        return;
    try {
        m_service->discardCall(m_unfinished.first());
    } catch (const core::Error &e) {
        MessageBox::warning(this, tr("Discard call"), e.message());
    }
    updateRestoreBar();
}

void IntakeWidget::useKbArticle(const QString &id)
{
    if (id.isEmpty())
        return;
    if (!isCallOpen())
        startNewCall();
    m_session.kbArticle = id;
    showKbArticle(id);
    m_dirty = true;
    Q_EMIT kbArticleUsed(id);
}

void IntakeWidget::showKbArticle(const QString &id)
{
    m_kbLabel->setVisible(!id.isEmpty());
    m_kbArticleTitle = id.isEmpty() ? QString() : m_service->kbArticleTitle(id);
    m_kbLabel->setText(tr("Knowledge base article used: %1").arg(m_kbArticleTitle));
    m_kbLabel->setToolTip(id);
}

void IntakeWidget::startRequestForService(const QString &serviceCode)
{
    if (!m_store.catalog().service(serviceCode))
        return;
    if (!isCallOpen())
        startNewCall();
    m_picker->setService(serviceCode, m_picker->query());
    serviceChosen(serviceCode);
    const QList<QWidget *> inputs = m_attributes->inputs();
    (inputs.isEmpty() ? static_cast<QWidget *>(m_description->editor()) : inputs.first())->setFocus();
}

} // namespace civicdesk::widgets

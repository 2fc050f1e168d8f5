#include "widgets/training/scenarioplayer.h"

#include "core/catalog/catalogtext.h"
#include "core/demo/demologins.h"
#include "core/domain/error.h"
#include "core/store/localstore.h"
#include "core/training/scenariograder.h"
#include "core/training/scenariojson.h"
#include "core/training/scenariolibrary.h"
#include "core/training/scenariorecorder.h"
#include "core/training/trainingresultlog.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/messagebox.h"
#include "widgets/training/callervoice.h"
#include "widgets/training/scorecardview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
enum Page { SetupPage, CallPage, ResultPage };

// What the trainer sees behind "Show expected outcomes" (never shown to the trainee).
QString expectedText(const core::Scenario &s, const core::Catalog &catalog)
{
    const core::ScenarioExpectation &x = s.expected;
    QStringList lines;
    if (!x.serviceCode.isEmpty()) {
        const core::Service *service = catalog.service(x.serviceCode);
        lines.append(ScenarioPlayer::tr("Service: %1")
                         .arg(service ? core::CatalogText().name(*service) : x.serviceCode));
    }
    if (x.outsideCity)
        lines.append(ScenarioPlayer::tr("Location: outside the city (no request)"));
    else if (!x.locationAddress.isEmpty())
        lines.append(
            ScenarioPlayer::tr("Location: %1 (within %2 m)").arg(x.locationAddress).arg(x.withinMetres));
    for (auto it = x.attributes.cbegin(); it != x.attributes.cend(); ++it)
        lines.append(ScenarioPlayer::tr("Answer: %1 = %2")
                         .arg(it.key(), it.value().isEmpty() ? ScenarioPlayer::tr("(any)") : it.value()));
    if (!x.kbArticle.isEmpty())
        lines.append(ScenarioPlayer::tr("Knowledge base: %1").arg(x.kbArticle));
    if (x.duplicate)
        lines.append(*x.duplicate ? ScenarioPlayer::tr("Link as duplicate")
                                  : ScenarioPlayer::tr("Not a duplicate"));
    if (x.transfer911 && *x.transfer911)
        lines.append(ScenarioPlayer::tr("Transfer to 911"));
    if (!x.wrapUp.isEmpty())
        lines.append(ScenarioPlayer::tr("Wrap-up: %1").arg(x.wrapUp));
    if (x.timeLimitSeconds > 0)
        lines.append(
            ScenarioPlayer::tr("Time limit: %1").arg(core::scenariojson::formatTime(x.timeLimitSeconds)));
    return lines.join(u'\n');
}
} // namespace

ScenarioPlayer::ScenarioPlayer(core::LocalStore &store, IntakeWidget *intake, QWidget *parent)
    : QWidget(parent), m_store(store), m_intake(intake), m_voice(new CallerVoice(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("scenarioPlayer"));
    // Beside the intake form on a 1366 x 768 screen: long lines wrap rather than widen the window.
    setMinimumWidth(300);
    setMaximumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    buildSetupPage();
    buildCallPage();
    buildResultPage();
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ScenarioPlayer::tick);
    connect(m_intake, &IntakeWidget::callEnded, this, &ScenarioPlayer::callEnded);
    reloadTrainees();
    reloadScenarios();
}

ScenarioPlayer::~ScenarioPlayer() = default;

void ScenarioPlayer::buildSetupPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_trainee = new QComboBox(page);
    m_trainee->setObjectName(QStringLiteral("traineeBox"));
    m_trainee->setEditable(true);
    m_trainee->setAccessibleName(tr("Trainee"));
    form->addRow(tr("&Trainee:"), m_trainee);
    layout->addLayout(form);
    auto *listLabel = new QLabel(tr("&Scenarios:"), page);
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Scenarios"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    m_details = new QLabel(page);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_showExpected = new QCheckBox(tr("Show the expected outcomes (trainer only)"), page);
    m_expected = new QLabel(page);
    m_expected->setObjectName(QStringLiteral("expectedOutcomes"));
    m_expected->setWordWrap(true);
    m_expected->setVisible(false);
    connect(m_showExpected, &QCheckBox::toggled, m_expected, &QLabel::setVisible);
    layout->addWidget(m_showExpected);
    layout->addWidget(m_expected);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("playerMessage"));
    m_message->setWordWrap(true);
    ThemedStyleSheet::set(m_message, QStringLiteral("color: {error};"));
    layout->addWidget(m_message);
    m_start = new QPushButton(tr("Start the &call"), page);
    m_start->setObjectName(QStringLiteral("startScenario"));
    layout->addWidget(m_start);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioPlayer::showSelected);
    connect(m_list, &QListWidget::itemActivated, m_start, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            start(item->data(Qt::UserRole).toString());
    });
    m_pages->addWidget(page);
}

void ScenarioPlayer::buildCallPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_callTitle = new QLabel(page);
    m_callTitle->setWordWrap(true);
    m_clockLabel = new QLabel(page);
    m_clockLabel->setObjectName(QStringLiteral("callClock"));
    layout->addWidget(m_callTitle);
    layout->addWidget(m_clockLabel);
    m_showTranscript = new QCheckBox(tr("Show the &transcript"), page);
    m_showTranscript->setObjectName(QStringLiteral("showTranscript"));
    layout->addWidget(m_showTranscript);
    m_transcript = new QListWidget(page);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setWordWrap(true);
    layout->addWidget(m_transcript, 1);
    connect(m_showTranscript, &QCheckBox::toggled, m_transcript, &QListWidget::setVisible);
    auto *hint =
        new QLabel(tr("Take the call in the Call tab. Wrap it up (save and finish, or a wrap-up code) to get "
                      "the score card."),
                   page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_next = new QPushButton(tr("&Next line"), page);
    m_next->setObjectName(QStringLiteral("nextLine"));
    m_next->setToolTip(tr("Skip ahead to the caller's next line"));
    connect(m_next, &QPushButton::clicked, this, &ScenarioPlayer::revealNextLine);
    layout->addWidget(m_next);
    m_pages->addWidget(page);
}

void ScenarioPlayer::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_card = new ScoreCardView(page);
    layout->addWidget(m_card, 1);
    auto *buttons = new QHBoxLayout;
    auto *pdf = new QPushButton(tr("Export &PDF…"), page);
    pdf->setObjectName(QStringLiteral("exportScoreCard"));
    auto *save = new QPushButton(tr("Save as &scenario…"), page);
    save->setObjectName(QStringLiteral("saveAsScenario"));
    save->setToolTip(tr("Keep this call, as it was handled, as a new scenario"));
    auto *again = new QPushButton(tr("&Another call"), page);
    again->setObjectName(QStringLiteral("anotherCall"));
    buttons->addWidget(pdf);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(again);
    layout->addLayout(buttons);
    connect(pdf, &QPushButton::clicked, this, &ScenarioPlayer::exportClicked);
    connect(save, &QPushButton::clicked, this, &ScenarioPlayer::saveClicked);
    connect(again, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(SetupPage); });
    m_pages->addWidget(page);
}

void ScenarioPlayer::reloadTrainees()
{
    const QString current = m_trainee->currentText();
    m_trainee->clear();
    QStringList names;
    try {
        for (const auto &login : core::DemoLogins(m_store.database()).withRole(QStringLiteral("calltaker")))
            names.append(login.login);
    } catch (const core::Error &e) {
        qWarning("demo logins: %s", qPrintable(e.message()));
    }
    for (const QString &name : core::TrainingResultLog(m_store.profile().directory()).trainees())
        if (!names.contains(name))
            names.append(name);
    m_trainee->addItems(names);
    if (!current.isEmpty())
        m_trainee->setCurrentText(current);
}

void ScenarioPlayer::reloadScenarios()
{
    m_library = std::make_unique<core::ScenarioLibrary>(core::ScenarioLibrary::contextFor(m_store));
    m_library->loadBuiltIn();
    m_library->loadFolder(core::ScenarioLibrary::profileFolder(m_store.profile().directory()));
    m_list->clear();
    for (const core::Scenario &s : m_library->scenarios()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(s.title, s.level), m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.summary);
    }
    m_message->setText(m_library->errors().isEmpty()
                           ? QString()
                           : tr("Some scenarios were not loaded:\n%1").arg(m_library->errors().join(u'\n')));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ScenarioPlayer::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    const core::Scenario *s = item ? m_library->find(item->data(Qt::UserRole).toString()) : nullptr;
    m_details->setText(s ? tr("<b>%1</b><br>%2").arg(s->title.toHtmlEscaped(), s->summary.toHtmlEscaped())
                         : QString());
    m_expected->setText(s ? expectedText(*s, m_store.catalog()) : QString());
}

void ScenarioPlayer::setSpeechEnabled(bool enabled)
{
    m_voice->setEnabled(enabled);
}

bool ScenarioPlayer::start(const QString &scenarioId)
{
    const core::Scenario *s = m_library->find(scenarioId);
    if (!s) {
        m_message->setText(tr("No scenario \"%1\".").arg(scenarioId));
        return false;
    }
    if (m_trainee->currentText().trimmed().isEmpty()) {
        m_message->setText(tr("Pick or type the trainee's name first."));
        m_trainee->setFocus();
        return false;
    }
    m_message->clear();
    m_scenario = *s;
    m_lastAttempt.reset();
    m_transcript->clear();
    m_nextLine = 0;
    m_offsetSeconds = 0;
    // With a voice the trainee listens, as on a phone, and may open the transcript; without
    // one the transcript is the call.
    const bool voice = m_voice->isEnabled();
    m_showTranscript->setChecked(!voice);
    m_showTranscript->setEnabled(voice);
    m_transcript->setVisible(!voice);
    m_callTitle->setText(
        tr("<b>%1</b> for %2").arg(s->title.toHtmlEscaped(), m_trainee->currentText().toHtmlEscaped()));
    m_pages->setCurrentIndex(CallPage);
    m_intake->startNewCall(s->callerPhone);
    m_callId = m_intake->session().id;
    m_clock.start();
    m_timer->start();
    tick();
    return true;
}

int ScenarioPlayer::elapsedSeconds() const
{
    return m_clock.isValid() ? static_cast<int>(m_clock.elapsed() / 1000) + m_offsetSeconds : m_offsetSeconds;
}

void ScenarioPlayer::advance(int seconds)
{
    m_offsetSeconds += seconds;
    tick();
}

void ScenarioPlayer::revealNextLine()
{
    if (!m_scenario || m_nextLine >= m_scenario->timeline.size())
        return;
    advance(std::max(0, m_scenario->timeline.at(m_nextLine).atSeconds - elapsedSeconds()));
}

void ScenarioPlayer::tick()
{
    if (!m_scenario)
        return;
    const int now = elapsedSeconds();
    m_clockLabel->setText(tr("Call time %1").arg(core::scenariojson::formatTime(now)));
    while (m_nextLine < m_scenario->timeline.size() && m_scenario->timeline.at(m_nextLine).atSeconds <= now) {
        const core::ScenarioLine &line = m_scenario->timeline.at(m_nextLine++);
        const bool said = line.speaker == QLatin1String("caller");
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2%3")
                                             .arg(core::scenariojson::formatTime(line.atSeconds),
                                                  said ? tr("Caller: ") : QString(), line.text),
                                         m_transcript);
        if (!said) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        m_transcript->scrollToItem(item);
        if (said)
            m_voice->say(line.text, m_scenario->language);
    }
    m_next->setEnabled(m_nextLine < m_scenario->timeline.size());
}

void ScenarioPlayer::callEnded()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    m_voice->stop();
    const QUuid callId = m_callId;
    m_callId = {};
    try {
        m_lastAttempt = core::TrainingAttempt::read(m_store.database(), callId);
        core::ScoreCard card = core::ScenarioGrader(m_store.catalog()).grade(*m_scenario, *m_lastAttempt);
        card.trainee = m_trainee->currentText().trimmed();
        card.playedAt = QDateTime::currentDateTimeUtc();
        core::TrainingResultLog(m_store.profile().directory()).append(card);
        m_card->showCard(card);
        m_pages->setCurrentIndex(ResultPage);
        reloadTrainees();
        Q_EMIT graded(card);
        Q_EMIT resultsChanged();
    } catch (const core::Error &e) {
        m_message->setText(tr("The call could not be graded: %1").arg(e.message()));
        m_pages->setCurrentIndex(SetupPage);
    }
}

bool ScenarioPlayer::exportScoreCard(const QString &path)
{
    return ScoreCardView::exportPdf(m_card->card(), path);
}

void ScenarioPlayer::exportClicked()
{
    const QString suggested =
        QStringLiteral("%1-%2.pdf").arg(m_card->card().trainee, m_card->card().scenarioId);
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export score card"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !exportScoreCard(path))
        MessageBox::warning(this, tr("Export score card"), tr("Cannot write %1.").arg(path));
}

std::optional<QString> ScenarioPlayer::saveAsScenario(const QString &title)
{
    if (!m_scenario || !m_lastAttempt)
        return std::nullopt;
    const core::Scenario recorded =
        core::ScenarioRecorder::fromAttempt(*m_scenario, *m_lastAttempt, title, m_store.catalog());
    const QString path = core::ScenarioLibrary::save(
        recorded, core::ScenarioLibrary::profileFolder(m_store.profile().directory()));
    reloadScenarios();
    return path;
}

void ScenarioPlayer::saveClicked()
{
    if (!m_scenario)
        return;
    bool ok = false;
    const QString title =
        InputDialog::getText(this, tr("Save as scenario"), tr("Title of the new scenario:"),
                             QLineEdit::Normal, tr("%1 (recorded)").arg(m_scenario->title), &ok);
    if (!ok)
        return;
    try {
        if (const auto path = saveAsScenario(title))
            MessageBox::information(this, tr("Save as scenario"), tr("Saved as %1.").arg(*path));
    } catch (const core::Error &e) {
        MessageBox::warning(this, tr("Save as scenario"), e.message());
    }
}

} // namespace civicdesk::widgets

#pragma once

#include "core/training/scenario.h"
#include "core/training/scorecard.h"
#include "core/training/trainingattempt.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace civicdesk::core {
class LocalStore;
class ScenarioLibrary;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class CallerVoice;
class IntakeWidget;
class ScoreCardView;

// The trainer picks a scenario and a trainee; the trainee takes the call in the normal intake
// while the caller's lines come in on their timeline (spoken when a speech engine is there,
// always in the transcript). When the call is wrapped up it is graded, the score card shown
// and kept in the trainee's results.
class ScenarioPlayer final : public QWidget
{
    Q_OBJECT

public:
    ScenarioPlayer(core::LocalStore &store, IntakeWidget *intake, QWidget *parent = nullptr);
    ~ScenarioPlayer() override;

    void reloadScenarios();
    // Starts the scenario for the trainee in the trainee box; false (and says why) when it cannot.
    bool start(const QString &scenarioId);
    // Moves the call's clock on (the trainer's "next line", and tests, which never wait).
    void advance(int seconds);
    void revealNextLine();
    int elapsedSeconds() const;
    bool isPlaying() const { return m_scenario.has_value() && !m_callId.isNull(); }

    bool exportScoreCard(const QString &path);
    // Writes the call just played as a new scenario in the profile; the path, or nothing.
    std::optional<QString> saveAsScenario(const QString &title);

    void setSpeechEnabled(bool enabled);
    QComboBox *traineeBox() const { return m_trainee; }
    QListWidget *scenarioList() const { return m_list; }
    QPushButton *startButton() const { return m_start; }
    QListWidget *transcript() const { return m_transcript; }
    QCheckBox *transcriptToggle() const { return m_showTranscript; }
    QPushButton *nextLineButton() const { return m_next; }
    ScoreCardView *scoreCardView() const { return m_card; }
    QLabel *messageLabel() const { return m_message; }
    const core::ScenarioLibrary &library() const { return *m_library; }

Q_SIGNALS:
    void graded(const civicdesk::core::ScoreCard &card);
    void resultsChanged();

private:
    void buildSetupPage();
    void buildCallPage();
    void buildResultPage();
    void showSelected();
    void tick();
    void callEnded();
    void exportClicked();
    void saveClicked();
    void reloadTrainees();

    core::LocalStore &m_store;
    IntakeWidget *m_intake;
    std::unique_ptr<core::ScenarioLibrary> m_library;
    CallerVoice *m_voice = nullptr;
    std::optional<core::Scenario> m_scenario;
    std::optional<core::TrainingAttempt> m_lastAttempt;
    QUuid m_callId;
    QElapsedTimer m_clock;
    int m_offsetSeconds = 0;
    int m_nextLine = 0;
    QTimer *m_timer = nullptr;

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_trainee = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_expected = nullptr;
    QCheckBox *m_showExpected = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_callTitle = nullptr;
    QLabel *m_clockLabel = nullptr;
    QListWidget *m_transcript = nullptr;
    QCheckBox *m_showTranscript = nullptr;
    QPushButton *m_next = nullptr;
    ScoreCardView *m_card = nullptr;
};

} // namespace civicdesk::widgets

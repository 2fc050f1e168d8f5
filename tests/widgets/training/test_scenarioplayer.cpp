#include "core/demo/demoprofilebuilder.h"
#include "core/store/localstore.h"
#include "core/training/scenariolibrary.h"
#include "core/training/trainingresultlog.h"
#include "support/testmain.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"
#include "widgets/training/democonsole.h"
#include "widgets/training/progresschart.h"
#include "widgets/training/scenarioplayer.h"
#include "widgets/training/scorecardview.h"
#include "widgets/training/trainerresultsdialog.h"
#include "widgets/training/trainingbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace civicdesk;

namespace {
void type(const QString &text)
{
    for (QChar c : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
}
void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, mods);
}
QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("<none>");
}
} // namespace

// Issue #16: a trainee plays a built-in scenario from start to end in the real console, with
// key events only, and the score card grades what they did.
class TestScenarioPlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::LocalStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        core::DemoProfileBuilder::Options options;
        options.seed = 16;
        options.tickets = 300;
        options.lastDay = QDate(2026, 11, 30);
        core::DemoProfileBuilder::build(m_dir.path(), options);
        m_store = std::make_unique<core::LocalStore>(core::Profile(m_dir.path()));
    }

    void playsAScenarioAndGradesIt()
    {
        widgets::TrainingBanner banner;
        qApp->installEventFilter(&banner);
        widgets::MainWindow window(*m_store);
        widgets::DemoConsole demo(window, *m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.windowTitle().startsWith(widgets::TrainingBanner::titlePrefix()));
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("trainingBannerBar"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncSettingsAction"))->isEnabled());

        widgets::ScenarioPlayer *player = demo.player();
        player->setSpeechEnabled(false); // a test machine has no audio; the transcript is the call
        QVERIFY2(player->messageLabel()->text().isEmpty(), qPrintable(player->messageLabel()->text()));
        QVERIFY(player->scenarioList()->count() >= 15);
        player->traineeBox()->setCurrentText(QStringLiteral("ana.calltaker"));
        QSignalSpy graded(player, &widgets::ScenarioPlayer::graded);
        QVERIFY(player->start(QStringLiteral("noise-dog")));
        QVERIFY(window.intake()->isCallOpen());
        QVERIFY(player->transcript()->isVisible());
        QCOMPARE(player->transcript()->count(), 1); // "The phone rings." at 0:00
        player->revealNextLine();
        QCOMPARE(player->transcript()->count(), 2);
        QVERIFY(player->transcript()->item(1)->text().contains(QStringLiteral("barking")));
        player->advance(30);
        QCOMPARE(player->transcript()->count(), 4); // every line by 0:30

        // The trainee's keys: the number came with the call, so the service picker has focus.
        QCOMPARE(focusName(), QStringLiteral("serviceSearch"));
        type(QStringLiteral("noise"));
        press(Qt::Key_Return);
        QCOMPARE(window.intake()->servicePicker()->serviceCode(), QStringLiteral("NOISE"));
        press(Qt::Key_B); // "Barking dog"
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("description"));
        QTest::keyClicks(QApplication::focusWidget(),
                         QStringLiteral("Dog barking for three hours next door"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("locationAddress"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4805 7th Street"));
        press(Qt::Key_Return);                      // geocode: the pin drops on the address
        press(Qt::Key_Return, Qt::ControlModifier); // save
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QStringLiteral("finishCall"));
        press(Qt::Key_Return); // finish after the read-back
        QTRY_COMPARE(graded.size(), 1);

        const core::ScoreCard card = graded.first().first().value<core::ScoreCard>();
        QCOMPARE(card.trainee, QStringLiteral("ana.calltaker"));
        QCOMPARE(card.scenarioId, QStringLiteral("noise-dog"));
        for (const char *key : {"service", "location", "attributes", "wrap_up", "time"}) {
            const auto *c = card.criterion(QLatin1String(key));
            QVERIFY2(c && c->passed,
                     qPrintable(QStringLiteral("%1: %2").arg(
                         QLatin1String(key), c ? c->explanation : QStringLiteral("missing"))));
        }
        QCOMPARE(card.score(), card.maxScore());
        // What the trainee sees.
        widgets::ScoreCardView *view = player->scoreCardView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->table()->rowCount(), 5);
        QVERIFY(view->scoreLabel()->text().contains(QStringLiteral("100 %")));
        // Kept per trainee, and to PDF.
        QCOMPARE(core::TrainingResultLog(m_dir.path()).forTrainee(QStringLiteral("ana.calltaker")).size(), 1);
        // Through the button, with the file picker's answer given in advance.
        auto *exportButton = player->findChild<QPushButton *>(QStringLiteral("exportScoreCard"));
        QVERIFY(exportButton);
        const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
        widgets::FileDialog::setNextFileName(pdf);
        exportButton->click();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/card.pdf"));
        widgets::FileDialog::setNextFileName(nowhere);
        widgets::MessageBox::setNextAnswer(QMessageBox::Ok);
        exportButton->click();
        QCOMPARE(widgets::MessageBox::lastText(), QStringLiteral("Cannot write %1.").arg(nowhere));

        // The call, saved as a scenario, loads again with what was done as its expectations.
        const auto saved = player->saveAsScenario(QStringLiteral("Barking dog, recorded"));
        QVERIFY(saved);
        QVERIFY2(player->library().errors().isEmpty(), qPrintable(player->library().errors().join(u'\n')));
        const core::Scenario *recorded = player->library().find(QStringLiteral("barking-dog-recorded"));
        QVERIFY(recorded);
        QCOMPARE(recorded->expected.serviceCode, QStringLiteral("NOISE"));
        QCOMPARE(recorded->expected.attributes.value(QStringLiteral("NOISE_SOURCE")), QStringLiteral("DOG"));
        QVERIFY(recorded->expected.location.has_value());
    }

    void aMissIsExplained()
    {
        widgets::MainWindow window(*m_store);
        widgets::DemoConsole demo(window, *m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        widgets::ScenarioPlayer *player = demo.player();
        player->setSpeechEnabled(false);
        player->traineeBox()->setCurrentText(QStringLiteral("ana.calltaker"));
        QSignalSpy graded(player, &widgets::ScenarioPlayer::graded);
        QVERIFY(player->start(QStringLiteral("parking-meter")));
        // The trainee takes it for a streetlight and gives up on the details.
        type(QStringLiteral("streetl"));
        press(Qt::Key_Return);
        press(Qt::Key_C); // "Completely out"
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("description"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Meter broken"));
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("803 10th Street"));
        press(Qt::Key_Return);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QStringLiteral("finishCall"));
        press(Qt::Key_Return);
        QTRY_COMPARE(graded.size(), 1);
        const core::ScoreCard card = graded.first().first().value<core::ScoreCard>();
        QCOMPARE(card.criterion(QStringLiteral("service"))->explanation,
                 QStringLiteral("service: Streetlight Out, expected Parking Meter Not Working"));
        QVERIFY(!card.criterion(QStringLiteral("attributes"))->passed);
        QVERIFY(card.criterion(QStringLiteral("location"))->passed);
        QVERIFY(card.percent() < 100);

        // The trainer's view: both calls of the trainee, oldest first, with progress.
        widgets::TrainerResultsDialog results(m_dir.path(), &window);
        results.show();
        results.showTrainee(QStringLiteral("ana.calltaker"));
        QCOMPARE(results.table()->rowCount(), 2);
        QCOMPARE(results.chart()->percents().size(), 2);
        QCOMPARE(results.chart()->percents().first(), 100);
        QCOMPARE(results.chart()->percents().last(), card.percent());
    }

    void resetAsksFirst()
    {
        widgets::TrainingBanner banner;
        qApp->installEventFilter(&banner);
        widgets::MainWindow window(*m_store);
        widgets::DemoConsole demo(window, *m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        demo.resetAction()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("resetDemoConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        // Dialogs carry the banner too.
        QVERIFY(box->windowTitle().startsWith(widgets::TrainingBanner::titlePrefix()));
        QVERIFY(box->findChild<QLabel *>(QStringLiteral("trainingBanner")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("resetDemoConfirmation")));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestScenarioPlayer)
#include "test_scenarioplayer.moc"

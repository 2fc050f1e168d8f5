#include "core/intake/intakeservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/intakewidget.h"

#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>

using namespace civicdesk;

class TestIntakeCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidCallRestoresExactly()
    {
        testsupport::TempProfile profile;
        const QString dir = profile.directory();
        profile.close(); // the child owns the store while it runs

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/civicdesk-test-intake-child"),
                    {dir});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("READY\n") ||
                                     child.state() == QProcess::NotRunning,
                                 60000);
        QVERIFY2(out.contains("READY\n"), out.constData());
        // SIGKILL: no destructor, no final autosave, no clean close of the database.
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const core::CallSession typed = core::CallSession::fromJson(
            QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object(), QStringLiteral("child"));
        QCOMPARE(typed.serviceCode, QStringLiteral("MISSED_COLLECTION"));
        QCOMPARE(typed.attributes.value(QStringLiteral("MISSED_STREAM")).size(), 2);

        profile.reopen();
        widgets::IntakeWidget intake(profile.store());
        intake.show();
        QVERIFY(QTest::qWaitForWindowActive(&intake));
        QVERIFY(intake.restoreBar()->isVisible());
        QVERIFY(!intake.isCallOpen());
        QTest::keyClick(&intake, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(intake.isCallOpen());
        // Every field, attribute, the location and the timer's start.
        QCOMPARE(intake.session(), typed);
        QCOMPARE(intake.session().startedAt, typed.startedAt);
        QVERIFY(intake.timerLabel()->text() != QStringLiteral("--:--"));
        // And it can be saved as if nothing happened.
        QTest::keyClick(&intake, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(intake.callState(), civicdesk::core::CallLifecycle::State::Saved);
        QVERIFY2(!intake.problemsLabel()->isVisible(), qPrintable(intake.problemsLabel()->text()));
        QVERIFY(intake.intakeService().unfinishedCalls().isEmpty());
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestIntakeCrashRecovery)
#include "test_intakecrashrecovery.moc"

#include "core/intake/intakeservice.h"
#include "core/intake/screenpopchannel.h"
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QProcess>

using namespace civicdesk;

// The real console in two processes: the second `civicdesk --caller N` (or `tel:N`) hands the
// number to the first and exits; the first opens a call for that number.
class TestScreenPopProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceHandsOver()
    {
        const QString gui = qEnvironmentVariable("CIVICDESK_GUI");
        if (gui.isEmpty())
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_GUI is not set (run through ctest)"));
        testsupport::TempProfile profile;
        const QString dir = profile.directory();
        const QString server = core::ScreenPopChannel::serverNameFor(dir);

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedChannels);
        first.start(gui, {QStringLiteral("--profile"), dir});
        QVERIFY(first.waitForStarted());
        // Ready when it answers on its socket ("come to the front" changes nothing).
        QTRY_VERIFY_WITH_TIMEOUT(core::ScreenPopChannel::sendToRunning(server, QString(), 500), 30000);

        QProcess second;
        second.start(gui, {QStringLiteral("--profile"), dir, QStringLiteral("--caller"),
                           QStringLiteral("+15551234567")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess third;
        third.start(gui, {QStringLiteral("--profile"), dir, QStringLiteral("tel:+1-555-987-6543")});
        QVERIFY(third.waitForFinished(30000));
        QCOMPARE(third.exitCode(), 0);

        // The first pop opened a call, whose draft names its caller. The second came during that
        // call: it waits in the incoming-call bar (Park or Ignore), so no second call was opened
        // and the first was not parked behind the call taker's back.
        core::IntakeService service(profile.store());
        auto phones = [&] {
            QStringList out;
            for (const core::CallSession &s : service.unfinishedCalls())
                out.append(s.phoneE164());
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(phones().contains(QStringLiteral("+15551234567")), 10000);
        QCOMPARE(phones(), QStringList{QStringLiteral("+15551234567")});

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestScreenPopProcesses)
#include "test_screenpopprocesses.moc"

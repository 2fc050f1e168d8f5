// The console's start, quit, --version and --help leave stderr empty, and the last two work with
// no display at all (issue #14, point 7).
#include "support/testmain.h"

#include <QProcess>
#include <QTemporaryDir>

class TestCleanStderr : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("CIVICDESK_GUI"), arguments);
        Run result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

    // As on a server or in an ssh session: no X, no Wayland, no platform chosen.
    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CIVICDESK_GUI").isEmpty())
            QFAIL("CIVICDESK_GUI is not set (run through ctest)");
    }

    void versionWithoutDisplay()
    {
        // The lost message showed in about half the runs, so one run proves little.
        for (int i = 0; i < 9; ++i) {
            const Run r = run({QStringLiteral("--version")}, noDisplay());
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err, QString());
            QCOMPARE(r.out.trimmed(), QStringLiteral("CivicDesk " CIVICDESK_VERSION));
        }
    }

    void helpWithoutDisplay()
    {
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = run({option}, noDisplay());
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err, QString());
            QVERIFY2(r.out.contains(QStringLiteral("--profile")), qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("--caller")), qPrintable(r.out));
        }
    }

    void unknownOptionIsAnError()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run r = run({QStringLiteral("--no-such-option")}, environment);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("QMutex")), qPrintable(r.err));
    }

    void startAndQuitLeaveStderrEmpty()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A desktop session always has a runtime folder; without one Qt warns about it.
        QTemporaryDir runtime;
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QTemporaryDir profile;
        for (int i = 0; i < 3; ++i) {
            const Run r =
                run({QStringLiteral("--profile"), profile.path(), QStringLiteral("--quit-after-first-paint")},
                    environment);
            QCOMPARE(r.exitCode, 0);
            // The offscreen platform (tests only) says this of every top-level window; X11 and
            // Wayland do not. Any other line is the console's own.
            QString err = r.err;
            err.remove(QStringLiteral("This plugin does not support propagateSizeHints()\n"));
            QCOMPARE(err, QString());
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestCleanStderr)
#include "test_cleanstderr.moc"

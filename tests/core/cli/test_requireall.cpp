// With CIVICDESK_REQUIRE_ALL=1 (as .ci/run sets it) a test that would skip fails; without it,
// a developer's partial run skips with a message (issue #13, point 8). Runs the real test
// executables and the supercluster script with their dependency taken away.
#include "support/testmain.h"

#include <QProcess>
#include <QTemporaryDir>

class TestRequireAll : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    static Run run(const QString &program, const QStringList &arguments, QProcessEnvironment environment,
                   bool requireAll)
    {
        if (requireAll)
            environment.insert(QStringLiteral("CIVICDESK_REQUIRE_ALL"), QStringLiteral("1"));
        else
            environment.remove(QStringLiteral("CIVICDESK_REQUIRE_ALL"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        Run result;
        if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        result.output = QString::fromLocal8Bit(process.readAll());
        return result;
    }

    static QString testExecutable(const QString &name)
    {
        return QCoreApplication::applicationDirPath() + u'/' + name;
    }

private Q_SLOTS:
    void missingDependencySkipsOrFails_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::addColumn<QString>("variable"); // taken away
        QTest::addColumn<QString>("value");    // or pointed at nothing
        QTest::newRow("no PostgreSQL") << QStringLiteral("integration_test_connection")
                                       << QStringLiteral("CIVICDESK_TEST_PG_URL") << QString();
        QTest::newRow("no ../shared/data (kb)")
            << QStringLiteral("realdata_test_kbrealdata") << QStringLiteral("CIVICDESK_REALDATA_DIR")
            << QStringLiteral("/nonexistent/civicdesk-data");
        QTest::newRow("no ../shared/data (geo)")
            << QStringLiteral("realdata_test_realgeo") << QStringLiteral("CIVICDESK_REALDATA_DIR")
            << QStringLiteral("/nonexistent/civicdesk-data");
        QTest::newRow("no CLI") << QStringLiteral("core_test_geocli") << QStringLiteral("CIVICDESK_CLI")
                                << QString();
    }

    void missingDependencySkipsOrFails()
    {
        QFETCH(QString, executable);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const QString program = testExecutable(executable);
        QVERIFY2(QFileInfo::exists(program), qPrintable(program + QStringLiteral(" is not built")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (value.isEmpty())
            environment.remove(variable);
        else
            environment.insert(variable, value);

        const Run partial = run(program, {}, environment, false);
        QCOMPARE(partial.exitCode, 0);
        QVERIFY2(partial.output.contains(QStringLiteral("SKIP")), qPrintable(partial.output));

        const Run ci = run(program, {}, environment, true);
        QVERIFY2(ci.exitCode > 0, qPrintable(ci.output));
        QVERIFY2(ci.output.contains(QStringLiteral("CIVICDESK_REQUIRE_ALL=1")), qPrintable(ci.output));
    }

    void noNodeSkipsOrFails()
    {
        const QString script =
            qEnvironmentVariable("CIVICDESK_SOURCE_DIR") + QStringLiteral("/tests/bench/cluster/compare.sh");
        QVERIFY2(QFileInfo::exists(script), qPrintable(script));
        QTemporaryDir emptyPath; // a PATH with no node and no npm
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), emptyPath.path());
        const QStringList arguments{script, qEnvironmentVariable("CIVICDESK_CLI"), QStringLiteral("10")};

        const Run partial = run(QStringLiteral("/bin/bash"), arguments, environment, false);
        QCOMPARE(partial.exitCode, 77); // ctest's SKIP_RETURN_CODE
        QVERIFY2(partial.output.contains(QStringLiteral("SKIP")), qPrintable(partial.output));

        const Run ci = run(QStringLiteral("/bin/bash"), arguments, environment, true);
        QCOMPARE(ci.exitCode, 1);
        QVERIFY2(ci.output.contains(QStringLiteral("CIVICDESK_REQUIRE_ALL=1")), qPrintable(ci.output));
    }

    void ciScriptSetsIt()
    {
        QFile ci(qEnvironmentVariable("CIVICDESK_SOURCE_DIR") + QStringLiteral("/.ci/run"));
        QVERIFY(ci.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(ci.readAll()).contains(QStringLiteral("export CIVICDESK_REQUIRE_ALL=1")));
    }
};

CIVICDESK_TEST_MAIN(TestRequireAll)
#include "test_requireall.moc"

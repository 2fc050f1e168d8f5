// `import requests-csv` with --profile auto (the default) and --write-mapping, and
// `bench import-csv --profile auto`, through the real civicdesk-cli binary.
#include "support/clirun.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
using Run = civicdesk::testsupport::CliRun;
const auto cli = civicdesk::testsupport::runCli;

QString fixture(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/") + QLatin1String(name);
}
} // namespace

class TestCsvImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CIVICDESK_CLI"))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_CLI is not set (run through ctest)"));
    }

    void autoIsTheDefault()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                           QStringLiteral("requests-csv"), fixture("nyc_api.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("looks like NYC Open Data 311, API export\nimported 3, skipped 0\n")),
                 qPrintable(r.out));
        // The same file again, named explicitly: nothing is imported twice.
        const Run again = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                               QStringLiteral("requests-csv"), fixture("nyc_lower.csv"),
                               QStringLiteral("--profile"), QStringLiteral("auto")});
        QVERIFY2(again.out.contains(QStringLiteral(
                     "looks like NYC Open Data 311, lower-cased headers\nimported 0, skipped 3")),
                 qPrintable(again.out));
    }

    void writeMapping()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        const QString vendor = fixture("publicstuff_requests.csv");
        const Run refused = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                                 QStringLiteral("requests-csv"), vendor});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("no built-in profile")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--write-mapping")), qPrintable(refused.err));

        const QString mapping = dir.filePath(QStringLiteral("ps.json"));
        const Run wrote =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                 QStringLiteral("requests-csv"), vendor, QStringLiteral("--write-mapping"), mapping});
        QVERIFY2(wrote.exitCode == 0, qPrintable(wrote.err));
        QVERIFY2(wrote.out.contains(
                     QStringLiteral("requested_datetime <- \"date_created\" (by name; dates like unix)")),
                 qPrintable(wrote.out));
        QVERIFY2(wrote.out.contains(QStringLiteral("nothing was imported")), qPrintable(wrote.out));
        // PublicStuff's own status words mean nothing the proposal knows: they are listed with
        // no meaning, and until a person gives them one the mapping does not load.
        QVERIFY2(
            wrote.out.contains(QStringLiteral("could not guess: statuses.submitted, statuses.completed")),
            qPrintable(wrote.out));
        const Run unfinished =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                 QStringLiteral("requests-csv"), vendor, QStringLiteral("--profile"), mapping});
        QCOMPARE(unfinished.exitCode, 1);
        QVERIFY2(unfinished.err.contains(QStringLiteral(": \"\" is not a CivicDesk status")),
                 qPrintable(unfinished.err));

        QFile f(mapping);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
        QCOMPARE(columns.value(QStringLiteral("service_request_id")).toString(), QStringLiteral("id"));
        // The request type's name is in "title", which the proposal took for a description.
        columns.insert(QStringLiteral("service_name"), QStringLiteral("title"));
        o.insert(QStringLiteral("columns"), columns);
        o.insert(QStringLiteral("statuses"),
                 QJsonObject{{QStringLiteral("submitted"), QStringLiteral("new")},
                             {QStringLiteral("in progress"), QStringLiteral("in_progress")},
                             {QStringLiteral("completed"), QStringLiteral("resolved")}});
        f.resize(0);
        f.write(QJsonDocument(o).toJson());
        f.close();

        // Checked and completed, the proposal imports the file.
        const Run used = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                              QStringLiteral("requests-csv"), vendor, QStringLiteral("--profile"), mapping});
        QVERIFY2(used.exitCode == 0, qPrintable(used.err));
        QVERIFY2(used.out.startsWith(QStringLiteral("imported 3, skipped 0")), qPrintable(used.out));
    }

    void benchPrintsDetection()
    {
        const Run r = cli({QStringLiteral("bench"), QStringLiteral("import-csv"), fixture("sf_api.csv"),
                           QStringLiteral("--profile"), QStringLiteral("auto"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("detected")).toString(),
                 QStringLiteral("looks like DataSF 311 Cases, API export"));
        QVERIFY(o.value(QStringLiteral("detect_ms")).toDouble() > 0.0);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 3);
    }
};

CIVICDESK_TEST_MAIN(TestCsvImportCli)
#include "test_csvimportcli.moc"

// The import/export commands end to end, through the real civicdesk-cli binary.
#include "support/clirun.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {
using Run = civicdesk::testsupport::CliRun;
const auto cli = civicdesk::testsupport::runCli;

QString fixture(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/") + QLatin1String(name);
}
} // namespace

class TestOpen311Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CIVICDESK_CLI"))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_CLI is not set (run through ctest)"));
    }

    void importThenExport()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        // The global --profile (a folder) before the command, the CSV --profile after it.
        const Run imported = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                                  QStringLiteral("requests-csv"), fixture("la_myla311_sample.csv"),
                                  QStringLiteral("--profile"), QStringLiteral("la")});
        QCOMPARE(imported.exitCode, 0);
        const QStringList lines = imported.out.split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("imported 4, skipped 1"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("  line 6: CreatedDate:")), qPrintable(imported.out));

        const QString out = dir.filePath(QStringLiteral("open.json"));
        const Run exported =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("export"), QStringLiteral("requests"),
                 QStringLiteral("--format"), QStringLiteral("open311-json"), QStringLiteral("--status"),
                 QStringLiteral("open"), QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(array.size(), 2); // Pending (on hold) and Open; the closed and cancelled ones are left out
        for (const auto &v : array)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        const Run xml =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("export"), QStringLiteral("services"),
                 QStringLiteral("--format"), QStringLiteral("open311-xml")});
        QCOMPARE(xml.exitCode, 0);
        QVERIFY(xml.out.contains(QStringLiteral("<service_code>BULKY_ITEMS</service_code>")));
    }

    void errorsAreOneLineAndChangeNothing()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        const Run strict =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                 QStringLiteral("requests-csv"), fixture("la_myla311_sample.csv"),
                 QStringLiteral("--profile"), QStringLiteral("la"), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(
            strict.err.startsWith(QStringLiteral("civicdesk-cli: ") + fixture("la_myla311_sample.csv") +
                                  QStringLiteral(": line 2: service_code: unknown service \"BULKY_ITEMS\"")),
            qPrintable(strict.err));
        QCOMPARE(strict.err.count(u'\n'), 1);
        const Run none = cli({QStringLiteral("--profile"), profile, QStringLiteral("export"),
                              QStringLiteral("requests"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.count(u'\n'), 1); // the header only

        const Run badProfile = cli({QStringLiteral("--profile"), profile, QStringLiteral("import"),
                                    QStringLiteral("requests-csv"), fixture("la_myla311_sample.csv"),
                                    QStringLiteral("--profile"), QStringLiteral("paris")});
        QCOMPARE(badProfile.exitCode, 1);
        QVERIFY2(badProfile.err.contains(QStringLiteral("neither a built-in profile")),
                 qPrintable(badProfile.err));
    }
};

CIVICDESK_TEST_MAIN(TestOpen311Cli)
#include "test_open311cli.moc"

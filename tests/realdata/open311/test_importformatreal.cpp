#include "core/interop/importformat.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>

using namespace civicdesk;

// The import dialog's format guess on real files as servers and cities publish them: one row
// per file under ../shared/data.
class TestImportFormatReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::newRow("spec JSON requests") << "open311/spec_examples/json-service-requests.json"
                                            << "open311";
        QTest::newRow("spec XML requests") << "open311/spec_examples/xml-service-requests.xml"
                                           << "open311";
        QTest::newRow("spec JSON service list") << "open311/spec_examples/json-service-list.json"
                                                << "open311-services";
        QTest::newRow("spec XML service list") << "open311/spec_examples/xml-service-list.xml"
                                               << "open311-services";
        QTest::newRow("spec JSON definition") << "open311/spec_examples/json-service-definition.json"
                                              << "open311-services";
        QTest::newRow("spec XML definition") << "open311/spec_examples/xml-service-definition.xml"
                                             << "open311-services";
        QTest::newRow("Bloomington requests") << "open311/bloomington_2012/requests.json"
                                              << "open311";
        QTest::newRow("Bloomington services") << "open311/bloomington_2012/services.json"
                                              << "open311-services";
        QTest::newRow("DC services") << "open311/dc_2012/dc-services.xml"
                                     << "open311-services";
        QTest::newRow("Boston services") << "open311/boston_services_2018_cc0.json"
                                         << "open311-services";
        QTest::newRow("NYC CSV") << "requests/nyc311_5_qsv.csv"
                                 << "nyc";
        QTest::newRow("SF CSV") << "requests/sf311_cases_sample_10000.csv"
                                << "sf";
        QTest::newRow("Boston CSV") << "requests/boston311_100_qsv.csv"
                                    << "boston";
    }

    void detects()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        const QString path = QDir(qEnvironmentVariable("CIVICDESK_REALDATA_DIR")).filePath(file);
        if (!QFile::exists(path))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("%1 is missing (set CIVICDESK_REALDATA_DIR)").arg(path));
        const core::importformat::Guess guess = core::importformat::detectFile(path);
        QCOMPARE(guess.source, source);
        QVERIFY(!guess.reason.isEmpty());
    }
};

CIVICDESK_TEST_MAIN(TestImportFormatReal)
#include "test_importformatreal.moc"

#include "support/fixturecity.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// The geo commands end to end, through the real civicdesk-cli on a throw-away profile.
class TestGeoCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CIVICDESK_CLI"),
                QStringList{QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile"))} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CIVICDESK_CLI"))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_CLI is not set (run through ctest)"));
        using namespace civicdesk::testsupport::fixturecity;
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("districts"),
                      write(QStringLiteral("d.geojson"), districts())}),
                 0);
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("streets"),
                      write(QStringLiteral("s.geojson"), streets())}),
                 0);
    }

    void batchDistrictCsv()
    {
        // Columns by name in any case or by number; a blank line is skipped; a cell a
        // spreadsheet would run as a formula is written as text.
        const QString csv = write(QStringLiteral("calls.csv"), "id,Latitude,Longitude,note\n"
                                                               "1,45.003,-93.005,\"in North, by Main\"\n"
                                                               "2,44.995,-92.995,south\n"
                                                               "3,45.007,-93.003,park hole\n"
                                                               "4,,,no position\n"
                                                               "\n"
                                                               "5,45.003,-93.005,=SUM(A1)\n");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("district"), QStringLiteral("--csv"), csv,
                      QStringLiteral("--lat-col"), QStringLiteral("latitude"), QStringLiteral("--lon-col"),
                      QStringLiteral("2"), QStringLiteral("--district-property"), QStringLiteral("code")},
                     &out, &err),
                 0);
        QCOMPARE(QString::fromUtf8(out), QStringLiteral("id,Latitude,Longitude,note,district\n"
                                                        "1,45.003,-93.005,\"in North, by Main\",N1\n"
                                                        "2,44.995,-92.995,south,S1\n"
                                                        "3,45.007,-93.003,park hole,\n"
                                                        "4,,,no position,\n"
                                                        "5,45.003,-93.005,'=SUM(A1),N1\n"));
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("district"), QStringLiteral("--csv"), csv,
                      QStringLiteral("--lat-col"), QStringLiteral("lat")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("no column \"lat\""), err.constData());
    }

    void addressesFromCsvWithAColumnMapping()
    {
        const QString csv =
            write(QStringLiteral("addresses.csv"), "HSE_NUM,STREET_NAME,Y,X,APT\n"
                                                   "12,Main Street,45.0002,-93.008,\n"
                                                   "\"120\",\"Elm Street\",45.0052,-92.995,4B\n"
                                                   ",Elm Street,45.0052,-92.996,\n");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("addresses"), csv,
                      QStringLiteral("--number-col"), QStringLiteral("HSE_NUM"),
                      QStringLiteral("--street-col"), QStringLiteral("street_name"),
                      QStringLiteral("--lat-col"), QStringLiteral("Y"), QStringLiteral("--lon-col"),
                      QStringLiteral("X"), QStringLiteral("--unit-col"), QStringLiteral("APT")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("imported 2 of 3 addresses") && out.contains("1 no house number"),
                 out.constData());
        // A skipped row is named by its line in the file, as CSV errors are.
        QVERIFY2(err.contains("addresses.csv: line 4: no house number"), err.constData());
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("reverse"), QStringLiteral("45.00521"),
                      QStringLiteral("-92.99501"), QStringLiteral("--json")},
                     &out),
                 0);
        QVERIFY2(out.contains("\"label\": \"120 Elm Street\""), out.constData());
        // A bad coordinate names the file, line and column; the import changes nothing.
        const QString bad =
            write(QStringLiteral("bad.csv"), "HSE_NUM,STREET_NAME,Y,X\n7,Oak Lane,north,-93\n");
        QCOMPARE(
            run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("addresses"), bad,
                 QStringLiteral("--number-col"), QStringLiteral("HSE_NUM"), QStringLiteral("--street-col"),
                 QStringLiteral("STREET_NAME"), QStringLiteral("--lat-col"), QStringLiteral("Y"),
                 QStringLiteral("--lon-col"), QStringLiteral("X")},
                &out, &err),
            1);
        QVERIFY2(err.contains("bad.csv:2: Y: \"north\" is not a number"), err.constData());
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("geocode"), QStringLiteral("12 Main St")}, &out),
                 0);
    }

    void skippedAddressFeaturesAreNamedByTheirIndex()
    {
        // Feature 0 is not a point and feature 2 has no number: both are named the same way,
        // by their index in "features", never by their position among the kept records.
        const QString geojson =
            write(QStringLiteral("addresses.geojson"), R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"addr:housenumber": "1", "addr:street": "Main Street"},
             "geometry": {"type": "LineString", "coordinates": [[-93.0, 45.0], [-93.001, 45.0]]}},
            {"type": "Feature", "properties": {"addr:housenumber": "12", "addr:street": "Main Street"},
             "geometry": {"type": "Point", "coordinates": [-93.008, 45.0002]}},
            {"type": "Feature", "properties": {"addr:street": "Main Street"},
             "geometry": {"type": "Point", "coordinates": [-93.007, 45.0002]}}]})");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("addresses"), geojson},
                     &out, &err),
                 0);
        QVERIFY2(err.contains("addresses.geojson: features[0]: not a point"), err.constData());
        QVERIFY2(err.contains("addresses.geojson: features[2]: no house number"), err.constData());
        QVERIFY2(!err.contains("record "), err.constData());
    }

    void singleLookupsAndErrors()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("district"), QStringLiteral("44.995"),
                      QStringLiteral("-93.005")},
                     &out),
                 0);
        QCOMPARE(out.trimmed(), QByteArray("South"));
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("geocode"), QStringLiteral("Main St & 3rd Ave"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QVERIFY2(out.contains("\"kind\": \"intersection\""), out.constData());
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("import"), QStringLiteral("streets"),
                      write(QStringLiteral("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("bad.geojson:1:"), err.constData());
        // The rejected import left the streets as they were.
        QCOMPARE(run({QStringLiteral("geo"), QStringLiteral("geocode"), QStringLiteral("Elm Street")}, &out),
                 0);
    }
};

CIVICDESK_TEST_MAIN(TestGeoCli)
#include "test_geocli.moc"

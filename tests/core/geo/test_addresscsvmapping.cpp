#include "core/domain/error.h"
#include "core/geo/addresscsvmapping.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/geocsvreader.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QBuffer>

using namespace civicdesk;

namespace {

std::vector<core::AddressRecord> read(const QByteArray &csv, const core::AddressCsvColumns &columns = {})
{
    QBuffer input;
    input.setData(csv);
    input.open(QIODevice::ReadOnly);
    return core::AddressCsvMapping(columns).read(input, QStringLiteral("points.csv"));
}

// A city's own column names, as `geo import addresses --number-col ...` passes them.
core::AddressCsvColumns cityColumns()
{
    core::AddressCsvColumns columns;
    columns.number = QStringLiteral("HSE_NUM");
    columns.street = QStringLiteral("STREET_NAME");
    columns.lat = QStringLiteral("Y");
    columns.lon = QStringLiteral("X");
    columns.unit = QStringLiteral("Unit");
    columns.postcode = QStringLiteral("ZIP");
    return columns;
}

} // namespace

// The CSV-to-address mapping of `geo import addresses FILE.csv`, headless.
class TestAddressCsvMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsNamedColumnsAndNamesEachRecordByLine()
    {
        const auto records = read(QByteArrayLiteral("X,Y,HSE_NUM,street_name,unit,zip\n"
                                                    "-93.008, 45.0002 ,12,Main Street,,55401\n"
                                                    "\n"
                                                    "-93.0078,45.0002,14B,\"Main\nStreet\",Apt 2,\n"
                                                    "-92.995,45.0052,120,Elm Street,,55402\n"),
                                  cityColumns());
        QCOMPARE(records.size(), size_t(3));
        QCOMPARE(records[0].number, QStringLiteral("12"));
        QCOMPARE(records[0].street, QStringLiteral("Main Street"));
        QCOMPARE(records[0].postcode, QStringLiteral("55401"));
        QCOMPARE(records[0].point.lon, -93.008);
        QCOMPARE(records[0].point.lat, 45.0002);
        QCOMPARE(records[0].where, QStringLiteral("line 2"));
        // The blank line is skipped, and a quoted line break keeps the next record's line right.
        QCOMPARE(records[1].where, QStringLiteral("line 4"));
        QCOMPARE(records[1].number, QStringLiteral("14B"));
        QCOMPARE(records[1].unit, QStringLiteral("Apt 2"));
        QCOMPARE(records[2].where, QStringLiteral("line 6"));
        QCOMPARE(records[2].point.lat, 45.0052);
    }

    void defaultsAndColumnNumbers()
    {
        QCOMPARE(
            read(QByteArrayLiteral("number,street,lat,lon\n7,N 3rd Ave,45.002,-92.9998\n")).front().street,
            QStringLiteral("N 3rd Ave"));
        core::AddressCsvColumns byIndex;
        byIndex.number = QStringLiteral("0");
        byIndex.street = QStringLiteral("1");
        byIndex.lat = QStringLiteral("3");
        byIndex.lon = QStringLiteral("2");
        const auto records = read(QByteArrayLiteral("a,b,c,d\n7,Elm Street,-93.0,45.0\n"), byIndex);
        QCOMPARE(records.front().number, QStringLiteral("7"));
        QCOMPARE(records.front().point.lon, -93.0);
        QCOMPARE(records.front().point.lat, 45.0);
    }

    // Rows the mapping accepts but the store skips (no number, projected) are reported there.
    void storeSkipsWhatTheMappingPassesOn()
    {
        testsupport::TempProfile profile;
        core::CityLayerStore layers(profile.store().database());
        const auto report = layers.importAddresses(
            read(QByteArrayLiteral(
                "number,street,lat,lon\n12,Main Street,45.0,-93.0\n,Main Street,45.0,-93.0\n"
                "14,Main Street,5000000.0,-10300000.0\n")),
            QStringLiteral("points.csv"));
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.messages.size(), 2);
        QVERIFY2(report.messages.at(0).contains(QStringLiteral("line 3")), qPrintable(report.messages.at(0)));
        QVERIFY2(report.messages.at(1).contains(QStringLiteral("line 4")), qPrintable(report.messages.at(1)));
    }

    void badFilesNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        const QByteArray header = QByteArrayLiteral("X,Y,HSE_NUM,STREET_NAME,Unit,ZIP\n");
        const QByteArray good = QByteArrayLiteral("-93.0,45.0,12,Main Street,,\n");
        QTest::newRow("latitude a word")
            << header + good + "-93.0,north,14,Main Street,,\n"
            << QStringLiteral("points.csv:3: Y: \"north\" is not a number") << QStringLiteral("lat");
        QTest::newRow("longitude empty")
            << header + good + good + ",45.0,14,Main Street,,\n"
            << QStringLiteral("points.csv:4: X: \"\" is not a number") << QStringLiteral("lon");
        QTest::newRow("nan") << header + "nan,45.0,12,Main Street,,\n"
                             << QStringLiteral("points.csv:2: X: \"nan\" is not a number")
                             << QStringLiteral("lon");
        QTest::newRow("infinity") << header + "-93.0,inf,12,Main Street,,\n"
                                  << QStringLiteral("points.csv:2: Y: \"inf\" is not a number")
                                  << QStringLiteral("lat");
        QTest::newRow("short row") << header + good + "-93.0\n"
                                   << QStringLiteral("points.csv:3: Y: \"\" is not a number")
                                   << QStringLiteral("lat");
        QTest::newRow("missing column")
            << QByteArray("X,Latitude,HSE_NUM,STREET_NAME,Unit,ZIP\n") + good
            << QStringLiteral(
                   "points.csv:1: the header has no column \"Y\" (lat; columns: X, Latitude, HSE_NUM, "
                   "STREET_NAME, Unit, ZIP)")
            << QStringLiteral("lat");
        QTest::newRow("missing optional column")
            << QByteArray("X,Y,HSE_NUM,STREET_NAME,Unit\n") + good
            << QStringLiteral("points.csv:1: the header has no column \"ZIP\"") << QStringLiteral("postcode");
        QTest::newRow("header after blank lines")
            << QByteArray("\n\nX,Y,HSE_NUM,STREET_NAME,Unit\n") + good
            << QStringLiteral("points.csv:3: the header has no column \"ZIP\"") << QStringLiteral("postcode");
        QTest::newRow("empty file") << QByteArray()
                                    << QStringLiteral("points.csv: the file is empty (no header line)")
                                    << QString();
        QTest::newRow("blank lines only")
            << QByteArray("\n\n\r\n") << QStringLiteral("points.csv: the file is empty (no header line)")
            << QString();
        QTest::newRow("unclosed quote") << header + "-93.0,45.0,12,\"Main Street,,\n"
                                        << QStringLiteral("points.csv:2") << QString();
    }
    void badFilesNameFileLineAndField()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QFETCH(QString, field);
        try {
            read(csv, cityColumns());
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
            if (!field.isEmpty()) {
                QCOMPARE(e.fieldErrors().size(), 1);
                QCOMPARE(e.fieldErrors().front().field, field);
            }
        }
    }

    // The district command's reading: header, columns by name or number, blank lines skipped.
    void geoCsvReaderFindsColumnsAndSkipsBlankLines()
    {
        QBuffer input;
        input.setData(QByteArrayLiteral("id, Lat ,lon\n\n1,45.0,-93.0\n\n2,45.1,-93.1\n"));
        input.open(QIODevice::ReadOnly);
        core::GeoCsvReader reader(input, QStringLiteral("calls.csv"));
        QCOMPARE(reader.column(QStringLiteral("lat"), QStringLiteral("lat")), 1);
        QCOMPARE(reader.column(QStringLiteral("2"), QStringLiteral("lon")), 2);
        QVERIFY_THROWS_EXCEPTION(core::Error, reader.column(QStringLiteral("3"), QStringLiteral("lon")));
        QVERIFY_THROWS_EXCEPTION(core::Error, reader.column(QStringLiteral("-1"), QStringLiteral("lon")));
        QStringList row;
        QVERIFY(reader.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("1"), QStringLiteral("45.0"), QStringLiteral("-93.0")}));
        QCOMPARE(reader.line(), 3);
        QVERIFY(reader.next(row));
        QCOMPARE(reader.line(), 5);
        QVERIFY(!reader.next(row));
    }
};

CIVICDESK_TEST_MAIN(TestAddressCsvMapping)
#include "test_addresscsvmapping.moc"

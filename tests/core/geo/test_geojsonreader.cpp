#include "core/domain/error.h"
#include "core/geo/geojsonreader.h"
#include "support/testmain.h"

#include <QTemporaryFile>

using namespace civicdesk;
using core::GeoJsonReader;

namespace {
QByteArray collection(const QByteArray &features)
{
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}
const QByteArray kGood = R"({"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Point","coordinates":[7.42,43.73]}})";
} // namespace

class TestGeoJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMultiPolygonWithHoles()
    {
        GeoJsonReader reader(QStringLiteral("mp.geojson"));
        const auto features = reader.read(collection(R"({"type":"Feature","properties":{"name":"A"},"geometry":{"type":"MultiPolygon","coordinates":[
            [[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[4,2],[4,4],[2,4],[2,2]]],
            [[[20,0],[30,0],[30,10],[20,0]]]]}})"));
        QCOMPARE(features.size(), size_t(1));
        const core::Geometry &g = features.front().geometry;
        QCOMPARE(g.kind, core::Geometry::Kind::Polygon);
        QCOMPARE(g.parts.size(), size_t(2));
        QCOMPARE(g.parts[0].size(), size_t(2)); // outer ring and one hole
        QCOMPARE(features.front().properties.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
        QVERIFY(core::geometry::contains(g, {1, 1}));
        QVERIFY(!core::geometry::contains(g, {3, 3})); // in the hole
        QVERIFY(core::geometry::contains(g, {28, 5}));
    }

    void acceptsFeatureAndBareGeometry()
    {
        GeoJsonReader reader(QStringLiteral("one.geojson"));
        QCOMPARE(reader.read(kGood).size(), size_t(1));
        QCOMPARE(reader.read(R"({"type":"LineString","coordinates":[[0,0],[1,1]]})").front().geometry.kind,
                 core::Geometry::Kind::Line);
    }

    void brokenDocumentsThrow_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",)") << QStringLiteral("bad.geojson:1:");
        QTest::newRow("malformed") << QByteArray("{\"type\":\n \"FeatureCollection\" \"features\": []}") << QStringLiteral("bad.geojson:2:");
        QTest::newRow("not geojson") << QByteArray(R"({"type":"Topology"})") << QStringLiteral("type: expected");
        QTest::newRow("features not array") << QByteArray(R"({"type":"FeatureCollection","features":{}})") << QStringLiteral("features:");
        QTest::newRow("all projected") << collection(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[828000.5,5420000.1]}})")
                                       << QStringLiteral("looks projected (EPSG:3857?)");
        QTest::newRow("only empty") << collection(R"({"type":"Feature","geometry":null})") << QStringLiteral("empty geometry");
    }
    void brokenDocumentsThrow()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        GeoJsonReader reader(QStringLiteral("bad.geojson"));
        try {
            reader.read(json);
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void badFeaturesAreSkippedAndCounted_data()
    {
        QTest::addColumn<QByteArray>("feature");
        QTest::addColumn<QString>("reason");
        QTest::newRow("projected") << QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[828000,5420000]}})") << QStringLiteral("looks projected (EPSG:3857?)");
        QTest::newRow("latitude > 90") << QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[7,95]}})") << QStringLiteral("looks projected (EPSG:3857?)");
        QTest::newRow("unclosed") << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}})") << QStringLiteral("unclosed ring");
        QTest::newRow("bow-tie") << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}})") << QStringLiteral("self-intersecting ring");
        QTest::newRow("empty coordinates") << QByteArray(R"({"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[]}})") << QStringLiteral("empty geometry");
        QTest::newRow("null geometry") << QByteArray(R"({"type":"Feature","geometry":null})") << QStringLiteral("empty geometry");
        QTest::newRow("short ring") << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}})") << QStringLiteral("ring has fewer than 4 positions");
        QTest::newRow("text coordinate") << QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":["7","43"]}})") << QStringLiteral("invalid position");
        QTest::newRow("collection") << QByteArray(R"({"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[]}})") << QStringLiteral("GeometryCollection is not supported");
        QTest::newRow("one-point line") << QByteArray(R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0]]}})") << QStringLiteral("line has fewer than 2 positions");
    }
    void badFeaturesAreSkippedAndCounted()
    {
        QFETCH(QByteArray, feature);
        QFETCH(QString, reason);
        GeoJsonReader reader(QStringLiteral("mixed.geojson"));
        const auto features = reader.read(collection(kGood + ',' + feature + ',' + feature));
        QCOMPARE(features.size(), size_t(1));
        QCOMPARE(reader.report().read, 3);
        QCOMPARE(reader.report().imported, 1);
        QCOMPARE(reader.report().skippedByReason.value(reason), 2);
        QVERIFY2(reader.report().messages.value(0).startsWith(QStringLiteral("mixed.geojson: features[1]")),
                 qPrintable(reader.report().messages.value(0)));
        QVERIFY(reader.report().summary(QStringLiteral("features")).contains(QStringLiteral("skipped 2: 2 ") + reason));
    }

    void hugeFilesAreRefusedBeforeReading()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(collection(QByteArray(kGood).repeated(1) + QByteArray(4096, ' ')));
        file.close();
        GeoJsonReader reader(file.fileName());
        reader.setMaxBytes(1024);
        try {
            reader.readFile(file.fileName());
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Split it")), qPrintable(e.message()));
        }
        reader.setMaxBytes(GeoJsonReader::kDefaultMaxBytes);
        QCOMPARE(reader.readFile(file.fileName()).size(), size_t(1));
    }

    void missingFileNamesIt()
    {
        GeoJsonReader reader(QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(core::Error, reader.readFile(QStringLiteral("/nonexistent/city.geojson")));
    }
};

CIVICDESK_TEST_MAIN(TestGeoJsonReader)
#include "test_geojsonreader.moc"

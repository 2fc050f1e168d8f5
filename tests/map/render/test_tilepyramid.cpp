#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/geojsonreader.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "map/render/tilepyramid.h"
#include "map/tiles/mbtilesfile.h"
#include "map/tiles/tilesource.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>

using namespace civicdesk;

namespace {

// Paints each tile in a colour of its own zoom, and draws nothing on tiles of odd x, so the test
// sees what was asked for and how an empty tile is stored.
class StripedSource final : public map::TileSource
{
public:
    QString name() const override { return QStringLiteral("striped"); }
    QString attribution() const override { return QStringLiteral("© Stripes"); }
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 20; }
    QColor background() const override { return QColor(0x12, 0x34, 0x56); }
    static QColor colorFor(int z) { return QColor::fromHsv((z * 53) % 360, 180, 230); }
    QImage tile(const map::TileId &id, qreal devicePixelRatio) override
    {
        asked.append(id);
        if (id.x % 2 == 1)
            return {};
        QImage image(QSize(256, 256) * devicePixelRatio, QImage::Format_RGB32);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(colorFor(id.z));
        return image;
    }
    QList<map::TileId> asked;
};

// The XYZ tile column and row holding a coordinate, from the Web Mercator formulas.
QPoint tileOf(double lat, double lon, int z)
{
    const double n = std::exp2(z);
    const double latRad = lat * M_PI / 180.0;
    return {int(std::floor((lon + 180.0) / 360.0 * n)),
            int(std::floor((1.0 - std::asinh(std::tan(latRad)) / M_PI) / 2.0 * n))};
}

// The layers' extent comes from the R*Tree, which keeps 32-bit floats (about 1 m here).
bool near(double a, double b)
{
    return std::abs(a - b) < 1e-5;
}

} // namespace

// The tile-pyramid loop of `civicdesk-render render-tiles`, headless.
class TestTilePyramid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void tilesCoverTheBoxRowByRow_data()
    {
        QTest::addColumn<double>("minLon");
        QTest::addColumn<double>("minLat");
        QTest::addColumn<double>("maxLon");
        QTest::addColumn<double>("maxLat");
        QTest::addColumn<int>("zoom");
        QTest::newRow("fixture city z12") << -93.01 << 44.99 << -92.99 << 45.01 << 12;
        QTest::newRow("fixture city z16") << -93.01 << 44.99 << -92.99 << 45.01 << 16;
        QTest::newRow("Monaco z15") << 7.40 << 43.72 << 7.44 << 43.75 << 15;
        QTest::newRow("across the equator and meridian") << -0.5 << -0.5 << 0.5 << 0.5 << 9;
        QTest::newRow("one point") << 2.35 << 48.85 << 2.35 << 48.85 << 14;
    }
    void tilesCoverTheBoxRowByRow()
    {
        QFETCH(double, minLon);
        QFETCH(double, minLat);
        QFETCH(double, maxLon);
        QFETCH(double, maxLat);
        QFETCH(int, zoom);
        const map::TilePyramid pyramid({minLon, minLat, maxLon, maxLat}, zoom, zoom);
        const QList<map::TileId> tiles = pyramid.tiles(zoom);
        const QPoint northWest = tileOf(maxLat, minLon, zoom);
        const QPoint southEast = tileOf(minLat, maxLon, zoom);
        QCOMPARE(tiles.size(),
                 qsizetype(southEast.x() - northWest.x() + 1) * (southEast.y() - northWest.y() + 1));
        QCOMPARE(tiles.first(), (map::TileId{zoom, northWest.x(), northWest.y()}));
        QCOMPARE(tiles.last(), (map::TileId{zoom, southEast.x(), southEast.y()}));
        for (qsizetype i = 1; i < tiles.size(); ++i) {
            const auto &a = tiles.at(i - 1);
            const auto &b = tiles.at(i);
            QVERIFY(a.y < b.y || (a.y == b.y && a.x + 1 == b.x));
        }
    }

    // The world's south-east corner lies on the edge of the last tile: no tile past it.
    void wholeWorldHasFourToTheZoom()
    {
        const map::TilePyramid pyramid(
            {-180, -map::webmercator::kMaxLatitude, 180, map::webmercator::kMaxLatitude}, 0, 3);
        for (int z = 0; z <= 3; ++z) {
            const auto tiles = pyramid.tiles(z);
            QCOMPARE(tiles.size(), qsizetype(1) << (2 * z));
            for (const auto &id : tiles)
                QVERIFY2(id.isValid(), qPrintable(id.toString()));
        }
    }

    void writesEveryLevelWithMetadata()
    {
        const QString path = m_dir.filePath(QStringLiteral("world.mbtiles"));
        StripedSource source;
        QList<std::pair<int, int>> levels;
        int total = 0;
        {
            const map::TilePyramid pyramid({-180, -85, 180, 85}, 0, 2);
            map::MbTilesFile file(path, map::MbTilesFile::Mode::Create);
            total = pyramid.write(source, file, [&levels](int zoom, int tiles) {
                levels.append({zoom, tiles});
            });
        }
        QCOMPARE(total, 1 + 4 + 16);
        QCOMPARE(levels, (QList<std::pair<int, int>>{{0, 1}, {1, 4}, {2, 16}}));
        QCOMPARE(source.asked.size(), total);

        const map::MbTilesFile file(path);
        QCOMPARE(file.tileCount(), total);
        const auto metadata = file.metadata();
        QCOMPARE(metadata.value(QStringLiteral("minzoom")), QStringLiteral("0"));
        QCOMPARE(metadata.value(QStringLiteral("maxzoom")), QStringLiteral("2"));
        QCOMPARE(metadata.value(QStringLiteral("bounds")), QStringLiteral("-180,-85,180,85"));
        QCOMPARE(metadata.value(QStringLiteral("center")), QStringLiteral("0,0,0"));
        QCOMPARE(metadata.value(QStringLiteral("scale")), QStringLiteral("1"));
        QCOMPARE(metadata.value(QStringLiteral("attribution")), QStringLiteral("© Stripes"));
        // A painted tile keeps its colour; an empty one is stored as the source's background.
        const QImage painted = file.readTile({2, 2, 1});
        QCOMPARE(painted.size(), QSize(256, 256));
        QCOMPARE(painted.pixelColor(100, 100).rgb(), StripedSource::colorFor(2).rgb());
        const QImage empty = file.readTile({2, 3, 1});
        QCOMPARE(empty.size(), QSize(256, 256));
        QCOMPARE(empty.pixelColor(100, 100).rgb(), source.background().rgb());
    }

    void scaleTwoWrites512PixelTiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("sharp.mbtiles"));
        StripedSource source;
        {
            map::MbTilesFile file(path, map::MbTilesFile::Mode::Create);
            const map::TilePyramid pyramid({7.40, 43.72, 7.44, 43.75}, 14, 14, 2);
            QCOMPARE(pyramid.write(source, file), int(pyramid.tiles(14).size()));
        }
        const map::MbTilesFile file(path);
        QCOMPARE(file.metadata().value(QStringLiteral("scale")), QStringLiteral("2"));
        for (const auto &id : source.asked)
            QCOMPARE(file.readTile(id).size(), QSize(512, 512));
    }

    void badRangesAreRefused_data()
    {
        QTest::addColumn<int>("minZoom");
        QTest::addColumn<int>("maxZoom");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("emptyBox");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative zoom") << -1 << 3 << 1.0 << false << QStringLiteral("zoom");
        QTest::newRow("zoom past 20") << 12 << 21 << 1.0 << false << QStringLiteral("zoom");
        QTest::newRow("reversed") << 15 << 12 << 1.0 << false << QStringLiteral("zoom");
        QTest::newRow("scale 3") << 12 << 14 << 3.0 << false << QStringLiteral("scale");
        QTest::newRow("scale 1.5") << 12 << 14 << 1.5 << false << QStringLiteral("scale");
        QTest::newRow("empty box") << 12 << 14 << 1.0 << true << QStringLiteral("bbox");
    }
    void badRangesAreRefused()
    {
        QFETCH(int, minZoom);
        QFETCH(int, maxZoom);
        QFETCH(double, scale);
        QFETCH(bool, emptyBox);
        QFETCH(QString, field);
        const core::GeoBox box = emptyBox ? core::GeoBox{} : core::GeoBox{-93.01, 44.99, -92.99, 45.01};
        try {
            map::TilePyramid(box, minZoom, maxZoom, scale);
            QFAIL("accepted");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().size(), 1);
            QCOMPARE(e.fieldErrors().front().field, field);
        }
    }

    // The default area: streets and districts, not a stray area (an island park) beyond them;
    // all layers when a city has neither.
    void cityBoundsFollowStreetsAndDistricts()
    {
        testsupport::TempProfile profile;
        core::CityLayerStore layers(profile.store().database());
        QVERIFY(!map::TilePyramid::cityBounds(layers).isValid());
        const QByteArray rock = R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"name":"Island Park","leisure":"park"},"geometry":{"type":"Polygon","coordinates":[
            [[-92.90,45.10],[-92.89,45.10],[-92.89,45.11],[-92.90,45.11],[-92.90,45.10]]]}}]})";
        core::GeoJsonReader reader(QStringLiteral("rock.geojson"));
        layers.importAreas(reader.read(rock), QStringLiteral("rock.geojson"));
        QVERIFY(near(map::TilePyramid::cityBounds(layers).minLon, -92.90));

        testsupport::fixturecity::importAll(profile.store().database());
        layers.importAreas(reader.read(rock), QStringLiteral("rock.geojson"));
        const core::GeoBox box = map::TilePyramid::cityBounds(layers);
        QVERIFY(near(box.minLon, -93.01));
        QVERIFY(near(box.maxLon, -92.99));
        QVERIFY(near(box.minLat, 44.99));
        QVERIFY(near(box.maxLat, 45.01));
        QVERIFY(near(layers.extent().maxLat, 45.11));
    }

    // The real renderer through the loop: the fixture city's tiles at z14 hold its streets.
    void rendersTheCityIntoAFile()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const map::TilePyramid pyramid(
            map::TilePyramid::cityBounds(core::CityLayerStore(profile.store().database())), 13, 14);
        const QString path = m_dir.filePath(QStringLiteral("city.mbtiles"));
        map::CityTileRenderer source(profile.store().database());
        int total = 0;
        {
            map::MbTilesFile file(path, map::MbTilesFile::Mode::Create);
            total = pyramid.write(source, file);
        }
        QCOMPARE(total, int(pyramid.tiles(13).size() + pyramid.tiles(14).size()));
        const map::MbTilesFile file(path);
        QCOMPARE(file.tileCount(), total);
        QCOMPARE(file.metadata().value(QStringLiteral("attribution")), source.attribution());
        const QPoint main = tileOf(45.0, -93.005, 14);
        const QImage tile = file.readTile({14, main.x(), main.y()});
        QCOMPARE(tile.size(), QSize(256, 256));
        QSet<QRgb> colours;
        for (int y = 0; y < 256; y += 4)
            for (int x = 0; x < 256; x += 4)
                colours.insert(tile.pixel(x, y));
        QVERIFY2(colours.size() > 1, "the tile holding Main Street is one flat colour");
    }
};

CIVICDESK_GUI_TEST_MAIN(TestTilePyramid)
#include "test_tilepyramid.moc"

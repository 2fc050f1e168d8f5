#include "core/store/database.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "map/tiles/cachedtilesource.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QtConcurrent>

using namespace civicdesk;

namespace {
// The tile holding a coordinate, and the pixel of that coordinate inside it.
std::pair<map::TileId, QPoint> locate(double lat, double lon, int z)
{
    const QPointF world = map::webmercator::toWorld(QGeoCoordinate(lat, lon), z);
    const map::TileId id{z, int(world.x() / 256), int(world.y() / 256)};
    return {id, QPoint(int(world.x()) % 256, int(world.y()) % 256)};
}
} // namespace

class TestCityTileRenderer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProfile> m_profile;

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        testsupport::fixturecity::importAll(m_profile->store().database());
    }

    void drawsTheLayers()
    {
        map::CityTileRenderer renderer(m_profile->store().database());
        QCOMPARE(renderer.attribution(), QStringLiteral("\u00a9 OpenStreetMap contributors"));
        // The pond's middle is water blue, the park's middle green, Main Street primary orange.
        const auto [pondTile, pond] = locate(45.0075, -92.994, 16);
        QImage image = renderer.tile(pondTile, 1.0);
        QCOMPARE(image.size(), QSize(256, 256));
        QCOMPARE(image.pixelColor(pond), QColor(0xaa, 0xd3, 0xdf));
        const auto [parkTile, park] = locate(45.0065, -93.0035, 16);
        QCOMPARE(renderer.tile(parkTile, 1.0).pixelColor(park), QColor(0xc8, 0xfa, 0xcc));
        const auto [mainTile, main] = locate(45.000, -93.005, 16);
        QCOMPARE(renderer.tile(mainTile, 1.0).pixelColor(main), QColor(0xfc, 0xd6, 0xa4));
    }

    void highDpiTilesHaveTwiceThePixels()
    {
        map::CityTileRenderer renderer(m_profile->store().database());
        const auto [id, p] = locate(45.0075, -92.994, 16);
        const QImage sharp = renderer.tile(id, 2.0);
        QCOMPARE(sharp.size(), QSize(512, 512));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.pixelColor(p * 2), QColor(0xaa, 0xd3, 0xdf));
    }

    // Worker threads render at once, each through its own connection, with the same result.
    void threadsRenderTheSameTiles()
    {
        map::CityTileRenderer renderer(m_profile->store().database());
        QList<map::TileId> ids;
        for (int x = 0; x < 4; ++x)
            for (int y = 0; y < 4; ++y)
                ids.append(map::TileId{15, 7917 + x, 11740 + y});
        QList<QImage> serial;
        for (const auto &id : ids)
            serial.append(renderer.tile(id, 1.0));
        const core::Database &db = m_profile->store().database();
        const QList<QImage> parallel = QtConcurrent::blockingMapped(ids, [&](const map::TileId &id) {
            QImage image = renderer.tile(id, 1.0);
            db.closeThreadConnection();
            return image;
        });
        QCOMPARE(parallel.size(), serial.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            QVERIFY(parallel.at(i) == serial.at(i));
    }

    void cachedSourceKeepsTilesInMbtiles()
    {
        QTemporaryDir dir;
        auto renderer = std::make_shared<map::CityTileRenderer>(m_profile->store().database());
        auto cache = std::make_shared<map::MbTilesFile>(dir.filePath(QStringLiteral("cache.mbtiles")),
                                                        map::MbTilesFile::Mode::Create);
        map::CachedTileSource source(renderer, cache);
        const auto [id, p] = locate(45.0075, -92.994, 16);
        const QImage first = source.tile(id, 1.0);
        QCOMPARE(cache->tileCount(), 1);
        QCOMPARE(cache->readTile(id).pixelColor(p), QColor(0xaa, 0xd3, 0xdf));
        QCOMPARE(source.tile(id, 1.0).pixelColor(p), first.pixelColor(p));
        source.tile(id, 2.0); // another pixel ratio is not cached
        QCOMPARE(cache->tileCount(), 1);
        QCOMPARE(cache->attribution(), QStringLiteral("\u00a9 OpenStreetMap contributors"));
        source.clear();
        QCOMPARE(cache->tileCount(), 0);
    }
};

CIVICDESK_GUI_TEST_MAIN(TestCityTileRenderer)
#include "test_citytilerenderer.moc"

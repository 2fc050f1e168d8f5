#include "map/projection/mapviewport.h"
#include "map/render/citytilerenderer.h"
#include "map/tiles/cachedtilesource.h"
#include "map/tiles/tileloader.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/map/mapview.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <atomic>
#include <cmath>

using namespace civicdesk;

namespace {
// Counts the tiles the city renderer is asked to draw (the cache's misses).
class CountingSource final : public map::TileSource
{
public:
    explicit CountingSource(std::shared_ptr<map::TileSource> inner) : m_inner(std::move(inner)) {}
    QString name() const override { return m_inner->name(); }
    QString attribution() const override { return m_inner->attribution(); }
    int minZoom() const override { return m_inner->minZoom(); }
    int maxZoom() const override { return m_inner->maxZoom(); }
    QRectF coverage() const override { return m_inner->coverage(); }
    QColor background() const override { return m_inner->background(); }
    QImage tile(const map::TileId &id, qreal dpr) override
    {
        ++rendered;
        return m_inner->tile(id, dpr);
    }
    std::atomic<int> rendered{0};

private:
    std::shared_ptr<map::TileSource> m_inner;
};

// Every tile the view shows of the source is in memory (or known to hold nothing).
bool visibleTilesDrawn(widgets::MapView &view)
{
    map::TileLoader *loader = view.tileLoader();
    const map::TileSource *source = loader->source();
    const int z = view.tileZoom();
    const int n = 1 << z;
    QRectF visible = view.viewport().visibleUnits();
    if (!source->coverage().isNull())
        visible = visible.intersected(source->coverage());
    const qreal dpr = view.devicePixelRatioF();
    for (int y = std::max(0, int(std::floor(visible.top() * n)));
         y <= std::min(n - 1, int(std::floor(visible.bottom() * n))); ++y)
        for (int x = std::max(0, int(std::floor(visible.left() * n)));
             x <= std::min(n - 1, int(std::floor(visible.right() * n))); ++x)
            if (!loader->cached({z, x, y}, dpr) && !loader->isBlank({z, x, y}, dpr))
                return false;
    return true;
}
} // namespace

// The ticket map zoomed out to the world and back over a city: the city renderer draws only
// tiles of the city, and the tiles on screen are not stuck behind the ones that left it.
class TestCityMapZoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomOutToTheWorldAndBack()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        QTemporaryDir dir;
        auto counting = std::make_shared<CountingSource>(
            std::make_shared<map::CityTileRenderer>(profile.store().database()));
        auto cache = std::make_shared<map::MbTilesFile>(dir.filePath(QStringLiteral("city-tiles.mbtiles")),
                                                        map::MbTilesFile::Mode::Create);
        auto source = std::make_shared<map::CachedTileSource>(counting, cache);

        widgets::MapView view;
        view.resize(640, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCenter(QGeoCoordinate(45.003, -93.0));
        view.setZoom(15.0);
        view.setTileSource(source);
        QTRY_VERIFY(visibleTilesDrawn(view));

        // Out to the whole world ("2000 km" on the scale bar) and back, a step per paint, as
        // the mouse wheel does.
        for (double z = 14.0; z >= 2.0; z -= 1.0) {
            view.setZoom(z);
            view.repaint();
            QCoreApplication::processEvents();
        }
        for (double z = 3.0; z <= 15.0; z += 1.0) {
            view.setZoom(z);
            view.repaint();
            QCoreApplication::processEvents();
        }
        QElapsedTimer shown;
        shown.start();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTilesDrawn(view), 1000);
        QVERIFY2(shown.elapsed() <= 1000, qPrintable(QString::number(shown.elapsed())));

        view.tileLoader()->waitForIdle();
        QVERIFY2(counting->rendered < 200, qPrintable(QString::number(counting->rendered.load())));
        // Nothing outside the city went into the cache file; every tile in it was drawn once.
        QVERIFY(cache->tileCount() <= counting->rendered);
        QVERIFY(view.tileLoader()->queuedCount() == 0);
    }

    // A tile of the city with nothing on it is kept as a marker, not as an image, and is not
    // drawn a second time.
    void blankTilesAreMarkers()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        QTemporaryDir dir;
        auto counting = std::make_shared<CountingSource>(
            std::make_shared<map::CityTileRenderer>(profile.store().database()));
        auto cache = std::make_shared<map::MbTilesFile>(dir.filePath(QStringLiteral("c.mbtiles")),
                                                        map::MbTilesFile::Mode::Create);
        map::CachedTileSource source(counting, cache);
        const QRectF coverage = source.coverage();
        QVERIFY(!coverage.isNull());
        // Far outside the city: not drawn, not written.
        QVERIFY(source.tile({12, 0, 0}, 1.0).isNull());
        QCOMPARE(counting->rendered.load(), 0);
        QCOMPARE(cache->tileCount(), 0);
        // Inside the coverage at zoom 19 there are tiles between the streets with nothing on
        // them; find one and ask twice.
        const int n = 1 << 19;
        std::optional<map::TileId> blank;
        for (int x = int(coverage.left() * n); x <= int(coverage.right() * n) && !blank; x += 7) {
            const map::TileId id{19, x, int(coverage.top() * n) + 1};
            if (source.tile(id, 1.0).isNull())
                blank = id;
        }
        QVERIFY(blank);
        const int before = counting->rendered;
        QVERIFY(source.tile(*blank, 1.0).isNull());
        QCOMPARE(counting->rendered.load(), before);
        QCOMPARE(cache->storedTileData(*blank).value_or(QByteArray("missing")), QByteArray());
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestCityMapZoom)
#include "test_citymapzoom.moc"

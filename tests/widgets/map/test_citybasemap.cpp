#include "map/projection/webmercator.h"
#include "map/tiles/mbtilesfile.h"
#include "map/tiles/tileloader.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationmap.h"
#include "widgets/map/citybasemap.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketmappanel.h"
#include "widgets/shell/mainwindow.h"

#include <QDir>
#include <QFileInfo>

using namespace civicdesk;

class TestCityBasemap : public QObject
{
    Q_OBJECT

private:
    static map::TileId pondTile()
    {
        const QPointF world = map::webmercator::toWorld(QGeoCoordinate(45.0075, -92.994), 16);
        return {16, int(world.x() / 256), int(world.y() / 256)};
    }

private Q_SLOTS:
    void plainWithoutCityLayers()
    {
        testsupport::TempProfile profile;
        QVERIFY(!widgets::CityBasemap::forProfile(profile.store()));
        QVERIFY(!QFileInfo::exists(QDir(profile.store().profile().directory()).filePath(QStringLiteral("city-tiles.mbtiles"))));
    }

    void cityTilesAreCachedUntilTheNextImport()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const QString cachePath = QDir(profile.store().profile().directory()).filePath(QStringLiteral("city-tiles.mbtiles"));
        {
            const auto source = widgets::CityBasemap::forProfile(profile.store());
            QVERIFY(source);
            QCOMPARE(source->attribution(), QStringLiteral("\u00a9 OpenStreetMap contributors"));
            const QImage tile = source->tile(pondTile(), 1.0);
            QVERIFY(!tile.isNull());
        }
        {
            const map::MbTilesFile cache(cachePath);
            QCOMPARE(cache.tileCount(), 1);
        }
        // The same import: the cache is kept.
        QVERIFY(widgets::CityBasemap::forProfile(profile.store()));
        {
            const map::MbTilesFile cache(cachePath);
            QCOMPARE(cache.tileCount(), 1);
        }
        // A new import: tiles drawn from the old layers are dropped.
        testsupport::fixturecity::importAll(profile.store().database());
        QVERIFY(widgets::CityBasemap::forProfile(profile.store()));
        const map::MbTilesFile cache(cachePath);
        QCOMPARE(cache.tileCount(), 0);
    }

    void intakeMapShowsTheBasemap()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        widgets::IntakeWidget intake(profile.store());
        const auto source = widgets::CityBasemap::forProfile(profile.store());
        intake.setBasemap(source);
        QCOMPARE(intake.locationMap()->mapView()->tileLoader()->source(), source.get());
    }

    void mainWindowSharesOneBasemapBetweenItsMaps()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        widgets::MainWindow window(profile.store());
        auto *panel = window.findChild<widgets::TicketMapPanel *>();
        auto *intake = window.findChild<widgets::IntakeWidget *>();
        QVERIFY(panel && intake);
        const map::TileSource *dock = panel->mapView()->tileLoader()->source();
        QVERIFY(dock);
        QCOMPARE(intake->locationMap()->mapView()->tileLoader()->source(), dock);
        // Without city layers both stay plain.
        testsupport::TempProfile empty;
        widgets::MainWindow plain(empty.store());
        QVERIFY(!plain.findChild<widgets::TicketMapPanel *>()->mapView()->tileLoader()->source());
        QVERIFY(!plain.findChild<widgets::IntakeWidget *>()->locationMap()->mapView()->tileLoader()->source());
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestCityBasemap)
#include "test_citybasemap.moc"

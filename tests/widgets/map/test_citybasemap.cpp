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

#include <QAction>
#include <QDir>
#include <QDockWidget>
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
        // The hidden map dock builds its panel only when it is first shown (Ctrl+M).
        QVERIFY(!window.findChild<widgets::TicketMapPanel *>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ticketMapDock"));
        QVERIFY(dock);
        QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(window.findChild<widgets::TicketMapPanel *>());
        auto *panel = window.findChild<widgets::TicketMapPanel *>();
        QCOMPARE(dock->widget(), panel);
        auto *intake = window.findChild<widgets::IntakeWidget *>();
        QVERIFY(intake);
        const map::TileSource *source = panel->mapView()->tileLoader()->source();
        QVERIFY(source);
        QCOMPARE(intake->locationMap()->mapView()->tileLoader()->source(), source);
        // Hiding and showing again keeps the one panel.
        dock->toggleViewAction()->trigger();
        dock->toggleViewAction()->trigger();
        QCOMPARE(window.findChildren<widgets::TicketMapPanel *>().size(), 1);
        // Without city layers both stay plain.
        testsupport::TempProfile empty;
        widgets::MainWindow plain(empty.store());
        QVERIFY(!plain.ensureMapPanel()->mapView()->tileLoader()->source());
        QVERIFY(!plain.findChild<widgets::IntakeWidget *>()->locationMap()->mapView()->tileLoader()->source());
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestCityBasemap)
#include "test_citybasemap.moc"

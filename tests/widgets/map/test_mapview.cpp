#include "map/projection/webmercator.h"
#include "map/tiles/tileloader.h"
#include "support/testmain.h"
#include "testtilesource.h"
#include "widgets/map/mapview.h"

#include <QSignalSpy>
#include <QWheelEvent>

using namespace civicdesk;
using widgets::MapView;

namespace {

void wheel(QWidget *w, QPointF pos, int delta)
{
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

double metres(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    return map::webmercator::distanceMetres(a, b);
}

QColor pixel(QWidget *w, QPoint at)
{
    const QImage image = w->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(QPoint(qRound(at.x() * dpr), qRound(at.y() * dpr)));
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MapView> m_view;

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<MapView>();
        m_view->resize(400, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setCenter({43.7384, 7.4246});
        m_view->setZoom(12.0);
    }
    void cleanup() { m_view.reset(); }

    void wheelZoomKeepsThePointUnderTheCursor_data()
    {
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<int>("delta");
        QTest::addColumn<double>("expectedZoom");
        QTest::newRow("in, top-left") << QPointF(60, 40) << 120 << 12.5;
        QTest::newRow("in twice, right") << QPointF(370, 150) << 240 << 13.0;
        QTest::newRow("out, bottom") << QPointF(200, 280) << -120 << 11.5;
    }
    void wheelZoomKeepsThePointUnderTheCursor()
    {
        QFETCH(QPointF, cursor);
        QFETCH(int, delta);
        QFETCH(double, expectedZoom);
        const QGeoCoordinate before = m_view->viewport().screenToCoordinate(cursor);
        QSignalSpy changed(m_view.get(), &MapView::viewChanged);
        wheel(m_view.get(), cursor, delta);
        QCOMPARE(m_view->zoom(), expectedZoom);
        QVERIFY(!changed.isEmpty());
        const QGeoCoordinate after = m_view->viewport().screenToCoordinate(cursor);
        QVERIFY2(metres(before, after) < 0.01, qPrintable(QString::number(metres(before, after))));
        // And the centre did move, unless the cursor was at the centre.
        QVERIFY(metres(m_view->center(), QGeoCoordinate(43.7384, 7.4246)) > 1.0);
    }

    void dragPansWithTheMouse()
    {
        QSignalSpy clicked(m_view.get(), &MapView::clicked);
        const QPoint from(100, 100), to(220, 160);
        const QGeoCoordinate grabbed = m_view->viewport().screenToCoordinate(from);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(m_view.get(), QPoint(150, 120));
        QTest::mouseMove(m_view.get(), to);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to);
        QVERIFY(metres(grabbed, m_view->viewport().screenToCoordinate(to)) < 0.01);
        QCOMPARE(m_view->zoom(), 12.0);
        QCOMPARE(clicked.count(), 0); // a drag is not a click
    }

    void clickReportsTheCoordinate()
    {
        QSignalSpy clicked(m_view.get(), &MapView::clicked);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(clicked.count(), 1);
        const auto where = clicked.first().first().value<QGeoCoordinate>();
        QVERIFY(metres(where, QGeoCoordinate(43.7384, 7.4246)) < 40.0); // one pixel at z12 is ~28 m here
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(300, 150));
        const auto east = clicked.last().first().value<QGeoCoordinate>();
        QVERIFY(east.longitude() > where.longitude());
        QVERIFY(qAbs(east.latitude() - where.latitude()) < 1e-9);
    }

    void keyboardPansAndZooms()
    {
        const QPointF start = m_view->viewport().centreUnits();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        const double world = map::webmercator::worldSize(12.0);
        QVERIFY(qAbs((m_view->viewport().centreUnits().x() - start.x()) * world - 96.0) < 1e-6);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(qAbs((m_view->viewport().centreUnits().y() - start.y()) * world - 96.0) < 1e-6);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QVERIFY(qAbs(m_view->viewport().centreUnits().x() - start.x()) < 1e-12);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_view->zoom(), 13.0);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_view->zoom(), 11.0);
        // Zooming with keys keeps the centre.
        QVERIFY(qAbs(m_view->viewport().centreUnits().y() - start.y()) < 1e-12);
    }

    void doubleClickZoomsInAtTheCursor()
    {
        const QPoint at(120, 90);
        const QGeoCoordinate before = m_view->viewport().screenToCoordinate(at);
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, at);
        QCOMPARE(m_view->zoom(), 13.0);
        QVERIFY(metres(before, m_view->viewport().screenToCoordinate(at)) < 0.01);
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, at);
        QCOMPARE(m_view->zoom(), 12.0);
    }

    void zoomStaysWithinTwoToNineteen()
    {
        m_view->setZoom(30);
        QCOMPARE(m_view->zoom(), 19.0);
        wheel(m_view.get(), QPointF(10, 10), 1200);
        QCOMPARE(m_view->zoom(), 19.0);
        m_view->setZoom(0.5);
        QCOMPARE(m_view->zoom(), 2.0);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_view->zoom(), 2.0);
        m_view->setZoom(7.25);
        QCOMPARE(m_view->zoom(), 7.25);
    }

    void pinCanBeDragged()
    {
        m_view->setPin({43.7384, 7.4246});
        QSignalSpy moved(m_view.get(), &MapView::pinMoved);
        QSignalSpy clicked(m_view.get(), &MapView::clicked);
        const QPointF tip = m_view->viewport().coordinateToScreen(m_view->pin());
        const QPoint head = QPoint(qRound(tip.x()), qRound(tip.y()) - 24); // the round head above the tip
        const QPoint drop = head + QPoint(80, 40);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, head);
        QTest::mouseMove(m_view.get(), head + QPoint(40, 20));
        QTest::mouseMove(m_view.get(), drop);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, drop);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(clicked.count(), 0);
        const auto where = moved.first().first().value<QGeoCoordinate>();
        const QPointF newTip = m_view->viewport().coordinateToScreen(where);
        QVERIFY(QLineF(newTip, tip + QPointF(80, 40)).length() < 0.5);
        QCOMPARE(m_view->pin(), where);
        // The map itself did not move.
        QVERIFY(metres(m_view->center(), QGeoCoordinate(43.7384, 7.4246)) < 0.01);
        // Dragging elsewhere pans and leaves the pin where it is.
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(20, 280));
        QTest::mouseMove(m_view.get(), QPoint(60, 280));
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(60, 280));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m_view->pin(), where);
    }

    void parentTileShowsWhileTheChildLoads()
    {
        auto source = std::make_shared<TestTileSource>();
        m_view->setZoom(5.0);
        m_view->setTileSource(source);
        const QPoint middle(200, 150);
        // Without tiles yet the plain background shows; then the z5 tiles arrive.
        QTRY_VERIFY(near(pixel(m_view.get(), middle), TestTileSource::colorFor(5)));
        source->holdZoom(6);
        m_view->setZoom(6.0);
        // z6 is held back, so the z5 parent, scaled up, fills the view meanwhile.
        QVERIFY(near(pixel(m_view.get(), middle), TestTileSource::colorFor(5)));
        QVERIFY(near(pixel(m_view.get(), QPoint(5, 5)), TestTileSource::colorFor(5)));
        const QPointF centre = m_view->viewport().centreUnits() * 64.0;
        const map::TileId middleTile{6, int(centre.x()), int(centre.y())};
        QVERIFY(m_view->tileLoader()->isPending(middleTile, m_view->devicePixelRatioF()));
        QVERIFY(!m_view->tileLoader()->cached(middleTile, m_view->devicePixelRatioF()));
        source->release();
        QTRY_VERIFY(near(pixel(m_view.get(), middle), TestTileSource::colorFor(6)));
        m_view->tileLoader()->waitForIdle();
    }

    void tilesComeFromTheMemoryCache()
    {
        auto source = std::make_shared<TestTileSource>();
        m_view->setZoom(8.0);
        m_view->setTileSource(source);
        QTRY_VERIFY(near(pixel(m_view.get(), QPoint(200, 150)), TestTileSource::colorFor(8)));
        m_view->tileLoader()->waitForIdle();
        const int fetched = source->calls.load();
        QVERIFY(fetched >= 2);
        // Going away and back again fetches nothing new.
        m_view->setZoom(9.0);
        QTRY_VERIFY(near(pixel(m_view.get(), QPoint(200, 150)), TestTileSource::colorFor(9)));
        m_view->tileLoader()->waitForIdle();
        const int afterNine = source->calls.load();
        m_view->setZoom(8.0);
        QVERIFY(near(pixel(m_view.get(), QPoint(200, 150)), TestTileSource::colorFor(8)));
        m_view->tileLoader()->waitForIdle();
        QCOMPARE(source->calls.load(), afterNine);
        // The attribution of the source is drawn in the bottom-right corner.
        const QColor corner = pixel(m_view.get(), QPoint(m_view->width() - 4, m_view->height() - 4));
        QVERIFY(!near(corner, TestTileSource::colorFor(8)));
    }

    void cacheEvictsTheLeastRecentlyUsed()
    {
        auto source = std::make_shared<TestTileSource>();
        map::TileLoader loader;
        loader.setSource(source);
        loader.setCacheMegabytes(1); // a 256 px tile is 256 KB decoded: four fit
        QSignalSpy ready(&loader, &map::TileLoader::tileReady);
        // One at a time, so the order of use is known: 0, 1, 2, 3.
        for (int x = 0; x < 4; ++x) {
            loader.request({3, x, 0}, 1.0);
            QTRY_COMPARE(ready.count(), x + 1);
        }
        QCOMPARE(loader.cachedTileCount(), 4);
        QVERIFY(loader.cached({3, 0, 0}, 1.0)); // touch 0: now 1 is the least recently used
        loader.request({3, 4, 0}, 1.0);
        QTRY_COMPARE(ready.count(), 5);
        QCOMPARE(loader.cachedTileCount(), 4);
        QVERIFY(loader.cached({3, 0, 0}, 1.0));
        QVERIFY(!loader.cached({3, 1, 0}, 1.0));
        QVERIFY(loader.cached({3, 4, 0}, 1.0));
        // Asking again for a cached tile costs nothing; an evicted one is fetched again.
        const int calls = source->calls.load();
        loader.request({3, 0, 0}, 1.0);
        loader.request({3, 1, 0}, 1.0);
        QTRY_COMPARE(ready.count(), 6);
        QCOMPARE(source->calls.load(), calls + 1);
    }

    void highDpiTilesAreSharp()
    {
        auto source = std::make_shared<TestTileSource>();
        map::TileLoader loader;
        loader.setSource(source);
        QSignalSpy ready(&loader, &map::TileLoader::tileReady);
        loader.request({4, 3, 5}, 2.0);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(source->lastDpr.load(), 2.0);
        const QImage *image = loader.cached({4, 3, 5}, 2.0);
        QVERIFY(image);
        QCOMPARE(image->width(), 512);
        QCOMPARE(image->devicePixelRatio(), 2.0);
        QVERIFY(!loader.cached({4, 3, 5}, 1.0)); // a 1x screen gets its own tile
    }

    void plainBackgroundWithoutASource()
    {
        const QColor a = pixel(m_view.get(), QPoint(50, 50));
        const QColor b = pixel(m_view.get(), QPoint(300, 100));
        QCOMPARE(a, b);
        QVERIFY(a.lightness() > 200);
        // The scale bar is always there, bottom-left.
        bool dark = false;
        const QImage image = m_view->grab().toImage();
        for (int x = 8; x < 140 && !dark; ++x)
            for (int y = image.height() - 30; y < image.height() && !dark; ++y)
                dark = image.pixelColor(x, y).lightness() < 100;
        QVERIFY(dark);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestMapView)
#include "test_mapview.moc"

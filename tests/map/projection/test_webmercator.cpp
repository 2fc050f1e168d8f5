#include "map/projection/webmercator.h"
#include "map/tiles/tileid.h"
#include "support/testmain.h"

using namespace civicdesk::map;

class TestWebMercator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("zoom");
        QTest::newRow("monaco z15") << 43.7384 << 7.4246 << 15.0;
        QTest::newRow("new york z12.5") << 40.7128 << -74.0060 << 12.5;
        QTest::newRow("sydney z3") << -33.8688 << 151.2093 << 3.0;
    }
    void roundTrip()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, zoom);
        const QGeoCoordinate back = webmercator::toCoordinate(webmercator::toWorld({lat, lon}, zoom), zoom);
        QVERIFY(qAbs(back.latitude() - lat) < 1e-9);
        QVERIFY(qAbs(back.longitude() - lon) < 1e-9);
    }
    void knownTile()
    {
        // The world's centre sits at the corner of the four tiles of zoom 1.
        const QPointF centre = webmercator::toWorld({0.0, 0.0}, 1);
        QCOMPARE(centre, QPointF(256.0, 256.0));
        const QGeoRectangle z0 = webmercator::tileBounds(0, 0, 0);
        QVERIFY(qAbs(z0.topLeft().latitude() - webmercator::kMaxLatitude) < 1e-9);
        QCOMPARE(z0.topLeft().longitude(), -180.0);
    }
    void tmsRowFlip()
    {
        // The MBTiles spec's example: z11 x327 y791 is stored as tile_row 1256.
        QCOMPARE((TileId{11, 327, 791}.tmsRow()), 1256);
        QCOMPARE((TileId{11, 327, 791}.parent()), (TileId{10, 163, 395}));
    }
    void scaleAndDistance()
    {
        // At the equator, zoom 0 covers the circumference in 256 px.
        QVERIFY(qAbs(webmercator::metresPerPixel(0.0, 0) - 156543.03392804097) < 1e-6);
        // One degree of latitude is about 111.2 km on the sphere.
        const double d = webmercator::distanceMetres({10.0, 20.0}, {11.0, 20.0});
        QVERIFY(qAbs(d - 111319.5) < 5.0);
    }
};

CIVICDESK_GUI_TEST_MAIN(TestWebMercator)
#include "test_webmercator.moc"

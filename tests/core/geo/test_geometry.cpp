#include "core/domain/error.h"
#include "core/geo/geometry.h"
#include "support/testmain.h"

using namespace civicdesk::core;

class TestGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointInPolygonWithHolesAndParts()
    {
        Geometry g;
        g.kind = Geometry::Kind::Polygon;
        g.parts.push_back({GeoRing{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, GeoRing{{3, 3}, {6, 3}, {6, 6}, {3, 6}, {3, 3}}});
        g.parts.push_back({GeoRing{{20, 20}, {25, 20}, {25, 25}, {20, 20}}});
        QVERIFY(geometry::contains(g, {1, 1}));
        QVERIFY(!geometry::contains(g, {4, 4}));   // hole
        QVERIFY(!geometry::contains(g, {15, 15})); // between the parts
        QVERIFY(geometry::contains(g, {24, 21}));  // second part
        QVERIFY(!geometry::contains(g, {21, 24})); // outside the second part's triangle
        Geometry line;
        line.kind = Geometry::Kind::Line;
        line.parts.push_back({GeoRing{{0, 0}, {10, 10}}});
        QVERIFY(!geometry::contains(line, {5, 5}));
    }

    void segmentDistanceAndProjection()
    {
        // 0.001° of latitude is about 111 m anywhere.
        const auto p = geometry::projectOntoSegment({0.0005, 0.001}, {0, 0}, {0.001, 0});
        QVERIFY(qAbs(p.distanceMetres - 111.2) < 0.5);
        QVERIFY(qAbs(p.fraction - 0.5) < 1e-9);
        const auto end = geometry::projectOntoSegment({0.002, 0}, {0, 0}, {0.001, 0});
        QCOMPARE(end.fraction, 1.0);
        QVERIFY(qAbs(geometry::distanceMetres({0, 0}, {0, 1}) - 111195) < 10);
    }

    void interpolationAlongALine()
    {
        const GeoRing line{{0, 0}, {0, 0.001}, {0.001, 0.001}};
        const GeoPoint quarter = geometry::interpolate(line, 0.25);
        QVERIFY(qAbs(quarter.lat - 0.0005) < 1e-6 && qAbs(quarter.lon) < 1e-9);
        const GeoPoint threeQuarters = geometry::interpolate(line, 0.75);
        QVERIFY(qAbs(threeQuarters.lat - 0.001) < 1e-9 && qAbs(threeQuarters.lon - 0.0005) < 1e-6);
        const auto proj = geometry::projectOntoLine(line, {0.0005, 0.0012});
        QCOMPARE(proj.segment, 1);
        QVERIFY(qAbs(proj.fraction - 0.75) < 1e-3);
    }

    void selfIntersection()
    {
        QVERIFY(geometry::selfIntersects({{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}}));
        QVERIFY(!geometry::selfIntersects({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}));
        // Touching itself at one vertex is allowed (OSM does it).
        QVERIFY(!geometry::selfIntersects({{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 1}, {0, 0}}));
    }

    void blobRoundTripAndDamage()
    {
        Geometry g;
        g.kind = Geometry::Kind::Line;
        g.parts.push_back({GeoRing{{7.1, 43.2}, {7.3, 43.4}}});
        const QByteArray blob = g.toBlob();
        const Geometry back = Geometry::fromBlob(blob);
        QCOMPARE(back.kind, g.kind);
        QVERIFY(back.parts == g.parts);
        QVERIFY_THROWS_EXCEPTION(Error, Geometry::fromBlob(blob.left(blob.size() - 3)));
        QVERIFY_THROWS_EXCEPTION(Error, Geometry::fromBlob(QByteArray("garbage")));
        QByteArray huge = blob;
        huge[5] = char(0xff); // an absurd part count
        huge[6] = char(0xff);
        QVERIFY_THROWS_EXCEPTION(Error, Geometry::fromBlob(huge));
    }
};

CIVICDESK_TEST_MAIN(TestGeometry)
#include "test_geometry.moc"

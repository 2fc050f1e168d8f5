#include "cli/bench/benchpoints.h"
#include "core/pins/clusterindex.h"
#include "support/testmain.h"

#include <algorithm>
#include <random>
#include <set>

using civicdesk::cli::BenchPoints;
using civicdesk::core::ClusterIndex;

namespace {

// A plain O(n^2) version of the greedy algorithm, written from its description: at each zoom
// from the deepest up, every unvisited item (in order) takes all unvisited items within the
// radius. Positions are compared as supercluster's KD-tree stores them (float).
std::vector<qsizetype> referenceCounts(const std::vector<ClusterIndex::LonLat> &pts, const ClusterIndex::Options &o)
{
    struct Node
    {
        double x, y;
        quint64 n;
    };
    std::vector<Node> level;
    for (const auto &p : pts)
        level.push_back({double(float(ClusterIndex::lonToX(p.lon))), double(float(ClusterIndex::latToY(p.lat))), 1});
    std::vector<qsizetype> counts(size_t(o.maxZoom) + 1, 0);
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        const double r = o.radius / (o.extent * std::exp2(z));
        std::vector<bool> done(level.size(), false);
        std::vector<Node> next;
        for (size_t i = 0; i < level.size(); ++i) {
            if (done[i])
                continue;
            done[i] = true;
            std::vector<size_t> near;
            quint64 total = level[i].n;
            for (size_t j = 0; j < level.size(); ++j) {
                if (done[j])
                    continue;
                const double dx = double(float(level[j].x)) - level[i].x;
                const double dy = double(float(level[j].y)) - level[i].y;
                if (dx * dx + dy * dy <= r * r) {
                    near.push_back(j);
                    total += level[j].n;
                }
            }
            if (!near.empty() && total >= quint64(o.minPoints)) {
                double wx = level[i].x * level[i].n, wy = level[i].y * level[i].n;
                for (size_t j : near) {
                    done[j] = true;
                    wx += level[j].x * level[j].n;
                    wy += level[j].y * level[j].n;
                }
                next.push_back({wx / total, wy / total, total});
            } else {
                next.push_back(level[i]);
                for (size_t j : near) {
                    done[j] = true;
                    next.push_back(level[j]);
                }
            }
        }
        level = std::move(next);
        counts[size_t(z)] = qsizetype(level.size());
    }
    return counts;
}

std::vector<ClusterIndex::LonLat> randomPoints(int n, quint64 seed, double spread)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> d(-spread, spread);
    std::vector<ClusterIndex::LonLat> pts;
    for (int i = 0; i < n; ++i)
        pts.push_back({7.42 + d(rng), 43.73 + d(rng) * 0.7});
    return pts;
}

void collectAll(const ClusterIndex &index, int zoom, std::vector<ClusterIndex::Item> &out)
{
    index.query(0.0, 0.0, 1.0, 1.0, zoom, out);
}

} // namespace

class TestClusterIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchReference_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("spread");
        QTest::addColumn<int>("radius");
        QTest::addColumn<int>("minPoints");
        QTest::newRow("city, defaults") << 1500 << quint64(1) << 0.05 << 40 << 2;
        QTest::newRow("dense block") << 800 << quint64(2) << 0.002 << 40 << 2;
        QTest::newRow("wide radius") << 1200 << quint64(3) << 0.2 << 80 << 2;
        QTest::newRow("minPoints 5") << 1500 << quint64(4) << 0.05 << 40 << 5;
        QTest::newRow("country") << 1000 << quint64(5) << 8.0 << 40 << 2;
    }
    void countsMatchReference()
    {
        QFETCH(int, points);
        QFETCH(quint64, seed);
        QFETCH(double, spread);
        QFETCH(int, radius);
        QFETCH(int, minPoints);
        ClusterIndex::Options o;
        o.radius = radius;
        o.minPoints = minPoints;
        const auto pts = randomPoints(points, seed, spread);
        ClusterIndex index(o);
        index.load(pts);
        const auto expected = referenceCounts(pts, o);
        for (int z = o.minZoom; z <= o.maxZoom; ++z)
            QCOMPARE(index.itemCount(z), expected[size_t(z)]);
        QCOMPARE(index.itemCount(o.maxZoom + 1), qsizetype(points));
        // Every zoom still accounts for every point.
        for (int z = o.minZoom; z <= o.maxZoom + 1; ++z) {
            std::vector<ClusterIndex::Item> all;
            collectAll(index, z, all);
            QCOMPARE(qsizetype(all.size()), index.itemCount(z));
            quint64 sum = 0;
            for (const auto &item : all)
                sum += item.count;
            QCOMPARE(sum, quint64(points));
        }
    }

    void samePlaceMakesOneCluster()
    {
        std::vector<ClusterIndex::LonLat> pts(50, {2.35, 48.85});
        ClusterIndex index;
        index.load(pts);
        for (int z = 0; z <= 16; ++z)
            QCOMPARE(index.itemCount(z), qsizetype(1));
        std::vector<ClusterIndex::Item> all;
        collectAll(index, 16, all);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all.front().count, 50u);
        QVERIFY(qAbs(ClusterIndex::xToLon(all.front().x) - 2.35) < 1e-5);
        QVERIFY(qAbs(ClusterIndex::yToLat(all.front().y) - 48.85) < 1e-5);
        // It never splits within the index, so it expands past the deepest zoom.
        QCOMPARE(index.expansionZoom(all.front().clusterId), 17);
    }

    void expansionZoomIsWhereThePairSplits()
    {
        // Two points 0.01 degrees of longitude apart at the equator: 0.01/360 of the world.
        // They are one cluster while that distance is within radius / (extent * 2^z).
        const std::vector<ClusterIndex::LonLat> pts{{10.0, 0.0}, {10.01, 0.0}};
        ClusterIndex index;
        index.load(pts);
        const double d = 0.01 / 360.0;
        int firstApart = -1;
        for (int z = 0; z <= 16; ++z) {
            const bool together = d <= 40.0 / (512.0 * std::exp2(z));
            QCOMPARE(index.itemCount(z), qsizetype(together ? 1 : 2));
            if (!together && firstApart < 0)
                firstApart = z;
        }
        QVERIFY(firstApart > 0);
        std::vector<ClusterIndex::Item> top;
        collectAll(index, 0, top);
        QCOMPARE(top.size(), size_t(1));
        QVERIFY(top.front().isCluster());
        QCOMPARE(index.expansionZoom(top.front().clusterId), firstApart);
        const auto kids = index.children(top.front().clusterId);
        QCOMPARE(kids.size(), size_t(2)); // the id names the zoom it formed at; one deeper, two points
        QCOMPARE(index.expansionZoom(-5), -1);
    }

    void leavesArePagedAndComplete()
    {
        const auto pts = randomPoints(600, 9, 0.01);
        ClusterIndex index;
        index.load(pts);
        std::vector<ClusterIndex::Item> top;
        collectAll(index, 0, top);
        QCOMPARE(top.size(), size_t(1));
        const qint64 id = top.front().clusterId;
        const auto all = index.leaves(id, 10000, 0);
        QCOMPARE(all.size(), size_t(600));
        QCOMPARE(std::set<qint32>(all.begin(), all.end()).size(), size_t(600));
        // Pages join up to the whole list, in the same order.
        std::vector<qint32> paged;
        for (int offset = 0; offset < 600; offset += 37) {
            const auto page = index.leaves(id, 37, offset);
            QVERIFY(page.size() <= 37);
            paged.insert(paged.end(), page.begin(), page.end());
        }
        QCOMPARE(paged, all);
        QCOMPARE(index.leaves(id, 5, 0).size(), size_t(5));
        // Children's counts add up to their parent's at every level of one branch.
        ClusterIndex::Item current = top.front();
        while (current.isCluster()) {
            const auto kids = index.children(current.clusterId);
            QVERIFY(!kids.empty());
            quint64 sum = 0;
            ClusterIndex::Item next;
            for (const auto &k : kids) {
                sum += k.count;
                if (k.isCluster())
                    next = k;
            }
            QCOMPARE(sum, quint64(current.count));
            current = next;
        }
    }

    void viewportQueryReturnsExactlyTheBox_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("z4") << 4.0;
        QTest::newRow("z11.5") << 11.5;
        QTest::newRow("z14") << 14.0;
        QTest::newRow("z18 (points)") << 18.0;
    }
    void viewportQueryReturnsExactlyTheBox()
    {
        QFETCH(double, zoom);
        const auto pts = BenchPoints::generate(20000, 7);
        ClusterIndex index;
        index.load(pts);
        std::vector<ClusterIndex::Item> all;
        index.query(0, 0, 1, 1, zoom, all);
        const double cx = ClusterIndex::lonToX(-73.85);
        const double cy = ClusterIndex::latToY(40.72);
        const double world = 256.0 * std::exp2(zoom);
        const double x0 = cx - 960 / world, x1 = cx + 960 / world, y0 = cy - 540 / world, y1 = cy + 540 / world;
        std::vector<ClusterIndex::Item> got;
        index.query(x0, y0, x1, y1, zoom, got);
        size_t expected = 0;
        for (const auto &i : all)
            expected += (i.x >= x0 && i.x <= x1 && i.y >= y0 && i.y <= y1) ? 1 : 0;
        QCOMPARE(got.size(), expected);
        for (const auto &i : got)
            QVERIFY(i.x >= x0 && i.x <= x1 && i.y >= y0 && i.y <= y1);
    }

    void emptyAndReload()
    {
        ClusterIndex index;
        index.load({});
        QCOMPARE(index.itemCount(5), qsizetype(0));
        std::vector<ClusterIndex::Item> out;
        index.query(0, 0, 1, 1, 5, out);
        QVERIFY(out.empty());
        const std::vector<ClusterIndex::LonLat> one{{0.0, 0.0}};
        index.load(one);
        index.query(0, 0, 1, 1, 3, out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out.front().pointIndex, 0);
        QVERIFY(!out.front().isCluster());
    }
};

CIVICDESK_TEST_MAIN(TestClusterIndex)
#include "test_clusterindex.moc"

#pragma once

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace civicdesk::core {

// Supercluster-style hierarchical greedy clustering of map pins. Points are clustered at the
// deepest zoom first, then the result is clustered again one zoom up, and so on, so a cluster
// at zoom z is always the union of clusters at z+1. Positions are Web Mercator in [0, 1]
// (x east, y south); the radius is in pixels of a tile `extent` wide, as in supercluster.
class ClusterIndex
{
public:
    struct Options
    {
        int radius = 40;
        int extent = 512;
        int minZoom = 0;
        int maxZoom = 16;
        int minPoints = 2;
    };

    struct LonLat
    {
        double lon = 0;
        double lat = 0;
    };

    // One result of a query: a cluster (count > 1) or a single input point.
    struct Item
    {
        double x = 0;
        double y = 0;
        quint32 count = 1;
        qint64 clusterId = -1;  // for clusters: pass to expansionZoom(), leaves(), children()
        qint32 pointIndex = -1; // for points: the position in the input
        bool isCluster() const { return count > 1; }
    };

    explicit ClusterIndex(Options options);
    ClusterIndex() : ClusterIndex(Options{}) {}

    // Builds the whole hierarchy; replaces what was loaded before.
    void load(std::span<const LonLat> points);

    const Options &options() const { return m_options; }
    qsizetype pointCount() const { return m_pointCount; }
    // How many clusters and lone points make up zoom z (clamped to minZoom..maxZoom + 1).
    qsizetype itemCount(int zoom) const;

    // The items whose centre lies in the box (Mercator units) at this zoom (fractional zooms
    // use the level below). Appends to `out`.
    void query(double minX, double minY, double maxX, double maxY, double zoom, std::vector<Item> &out) const;
    // The zoom at which this cluster splits into more than one item; -1 for an unknown id.
    int expansionZoom(qint64 clusterId) const;
    // The items one zoom deeper that this cluster merged.
    std::vector<Item> children(qint64 clusterId) const;
    // Input point indices under this cluster, paged like supercluster's getLeaves.
    std::vector<qint32> leaves(qint64 clusterId, int limit = 10, int offset = 0) const;

    static double lonToX(double lon);
    static double latToY(double lat);
    static double xToLon(double x);
    static double yToLat(double y);

private:
    // A uniform grid over one level; cell size at least the next clustering radius, so every
    // neighbour within the radius lies in the 3x3 block of cells around a point.
    struct Grid
    {
        double minX = 0;
        double minY = 0;
        double cellSize = 1;
        int cols = 1;
        int rows = 1;
        // One item in cell order: what a neighbour test reads, in one cache line.
        struct Entry
        {
            float x;
            float y;
            quint32 node; // index in the level; the top bit marks "visited" while clustering
            quint32 count;
        };
        static constexpr quint32 kVisited = 0x80000000u;
        std::vector<quint32> cellStart; // cols * rows + 1 offsets into entries
        std::unique_ptr<Entry[]> entries; // not zero-filled: the scatter writes every one
        quint32 entryCount = 0;
        std::vector<quint32> slot; // node index -> position in entries
        int cellOf(double v, double origin, int limit) const;
    };

    struct Level
    {
        std::vector<double> x;
        std::vector<double> y;
        std::vector<quint32> count;
        std::vector<qint64> id;      // cluster id, or -1 for a point
        std::vector<qint32> source;  // input index for points, -1 for clusters
        std::vector<quint32> parent; // index of the item in the level above that holds this one
        std::vector<quint32> childStart;
        std::vector<quint32> childList;
        Grid grid;
    };

    void buildGrid(Level &level, double radius) const;
    void clusterInto(Level &from, Level &to, int zoom) const;
    void buildChildren(Level &upper, const Level &lower) const;
    double radiusAt(int zoom) const;
    int levelForZoom(double zoom) const;
    Item itemAt(const Level &level, quint32 i) const;
    bool decode(qint64 clusterId, int &level, quint32 &index) const;
    void appendLeaves(int level, quint32 index, std::vector<qint32> &out, int limit, int offset, int &skipped) const;

    Options m_options;
    qsizetype m_pointCount = 0;
    std::vector<Level> m_levels; // indexed by zoom; maxZoom + 1 holds the input points
};

} // namespace civicdesk::core

#include "core/pins/clusterindex.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>

namespace civicdesk::core {

namespace {
constexpr int kZoomBits = 5; // cluster ids carry the zoom they formed at in the low bits
}

ClusterIndex::ClusterIndex(Options options) : m_options(options)
{
    m_options.minZoom = std::clamp(m_options.minZoom, 0, 30);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, 30);
    m_options.extent = std::max(1, m_options.extent);
    m_options.radius = std::max(0, m_options.radius);
    m_options.minPoints = std::max(2, m_options.minPoints);
}

double ClusterIndex::lonToX(double lon)
{
    return lon / 360.0 + 0.5;
}

double ClusterIndex::latToY(double lat)
{
    const double s = std::sin(lat * std::numbers::pi / 180.0);
    const double y = 0.5 - 0.25 * std::log((1.0 + s) / (1.0 - s)) / std::numbers::pi;
    return std::clamp(y, 0.0, 1.0);
}

double ClusterIndex::xToLon(double x)
{
    return (x - 0.5) * 360.0;
}

double ClusterIndex::yToLat(double y)
{
    const double y2 = (180.0 - y * 360.0) * std::numbers::pi / 180.0;
    return 360.0 * std::atan(std::exp(y2)) / std::numbers::pi - 90.0;
}

double ClusterIndex::radiusAt(int zoom) const
{
    return m_options.radius / (m_options.extent * std::exp2(zoom));
}

int ClusterIndex::Grid::cellOf(double v, double origin, int limit) const
{
    const int c = static_cast<int>((v - origin) / cellSize);
    return std::clamp(c, 0, limit - 1);
}

void ClusterIndex::buildGrid(Level &level, double radius) const
{
    Grid &g = level.grid;
    const auto n = static_cast<quint32>(level.x.size());
    double minX = 1.0, minY = 1.0, maxX = 0.0, maxY = 0.0;
    for (quint32 i = 0; i < n; ++i) {
        minX = std::min(minX, level.x[i]);
        maxX = std::max(maxX, level.x[i]);
        minY = std::min(minY, level.y[i]);
        maxY = std::max(maxY, level.y[i]);
    }
    if (n == 0)
        minX = minY = maxX = maxY = 0.0;
    const double spanX = maxX - minX;
    const double spanY = maxY - minY;
    // Never more than about 2n cells: at deep zooms the radius is tiny, and a dense grid over
    // a wide area would be mostly empty. A larger cell only adds candidates, never misses one.
    const double cap = std::max(64.0, double(n));
    double cell = std::max({radius, std::sqrt(spanX * spanY / cap), std::max(spanX, spanY) / cap, 1e-12});
    cell *= 1.0 + 1e-9;
    g.minX = minX;
    g.minY = minY;
    g.cellSize = cell;
    g.cols = static_cast<int>(spanX / cell) + 1;
    g.rows = static_cast<int>(spanY / cell) + 1;
    const size_t cells = size_t(g.cols) * size_t(g.rows);

    // Counting sort of the items by cell, row-major, so the three cells of one grid row that
    // a neighbour search visits are one contiguous run. slot[] holds each item's cell until
    // the scatter replaces it with the item's position.
    g.cellStart.assign(cells + 1, 0);
    g.slot.resize(n);
    for (quint32 i = 0; i < n; ++i) {
        const int cx = g.cellOf(level.x[i], minX, g.cols);
        const int cy = g.cellOf(level.y[i], minY, g.rows);
        const quint32 c = quint32(cy) * quint32(g.cols) + quint32(cx);
        g.slot[i] = c;
        ++g.cellStart[c + 1];
    }
    for (size_t c = 0; c < cells; ++c)
        g.cellStart[c + 1] += g.cellStart[c];
    // Each cell's start counts up to its end during the scatter; shifting restores the starts.
    g.entries.reset(new Grid::Entry[n]);
    g.entryCount = n;
    for (quint32 i = 0; i < n; ++i) {
        const quint32 s = g.cellStart[g.slot[i]]++;
        // Float positions, as supercluster's KD-tree stores them.
        g.entries[s] = {static_cast<float>(level.x[i]), static_cast<float>(level.y[i]), i, level.count[i]};
        g.slot[i] = s;
    }
    std::memmove(g.cellStart.data() + 1, g.cellStart.data(), cells * sizeof(quint32));
    g.cellStart[0] = 0;
}

void ClusterIndex::clusterInto(Level &from, Level &to, int zoom) const
{
    Grid &g = from.grid;
    const double r = radiusAt(zoom);
    const double r2 = r * r;
    const auto n = static_cast<quint32>(from.x.size());
    const int minPoints = m_options.minPoints;
    std::vector<quint32> neighbours;
    from.parent.assign(n, 0);
    to = Level();
    // Reserving touches no memory; it only spares the copies of growing.
    to.x.reserve(n);
    to.y.reserve(n);
    to.count.reserve(n);
    to.id.reserve(n);
    to.source.reserve(n);

    auto pushCopy = [&](quint32 i) {
        from.parent[i] = static_cast<quint32>(to.x.size());
        to.x.push_back(from.x[i]);
        to.y.push_back(from.y[i]);
        to.count.push_back(from.count[i]);
        to.id.push_back(from.id[i]);
        to.source.push_back(from.source[i]);
    };
    auto rowsOf = [&](quint32 i, int &cx, int &cy) {
        cx = g.cellOf(from.x[i], g.minX, g.cols);
        cy = g.cellOf(from.y[i], g.minY, g.rows);
    };
    // Items come in input order, scattered over the map, so nearly every neighbour search
    // misses the cache. Fetching a few items ahead lets those misses overlap.
    constexpr quint32 kAheadCells = 16;
    constexpr quint32 kAheadEntries = 8;
    auto prefetchCells = [&](quint32 i) {
        int cx = 0, cy = 0;
        rowsOf(i, cx, cy);
        __builtin_prefetch(&g.entries[g.slot[i]]);
        for (int row = std::max(0, cy - 1); row <= std::min(g.rows - 1, cy + 1); ++row)
            __builtin_prefetch(&g.cellStart[quint32(row) * quint32(g.cols) + quint32(std::max(0, cx - 1))]);
    };
    auto prefetchEntries = [&](quint32 i) {
        int cx = 0, cy = 0;
        rowsOf(i, cx, cy);
        for (int row = std::max(0, cy - 1); row <= std::min(g.rows - 1, cy + 1); ++row)
            __builtin_prefetch(&g.entries[g.cellStart[quint32(row) * quint32(g.cols) + quint32(std::max(0, cx - 1))]]);
    };

    // Greedy, in the previous level's order (as supercluster does): the first unvisited item
    // takes every unvisited neighbour within the radius.
    for (quint32 i = 0; i < n; ++i) {
        if (i + kAheadCells < n)
            prefetchCells(i + kAheadCells);
        if (i + kAheadEntries < n)
            prefetchEntries(i + kAheadEntries);
        Grid::Entry &self = g.entries[g.slot[i]];
        if (self.node & Grid::kVisited)
            continue;
        self.node |= Grid::kVisited;
        const double x = from.x[i];
        const double y = from.y[i];
        int cx = 0, cy = 0;
        rowsOf(i, cx, cy);
        const int x0 = std::max(0, cx - 1);
        const int x1 = std::min(g.cols - 1, cx + 1);
        neighbours.clear();
        quint64 numPoints = self.count;
        for (int row = std::max(0, cy - 1); row <= std::min(g.rows - 1, cy + 1); ++row) {
            const quint32 rowBase = quint32(row) * quint32(g.cols);
            const quint32 end = g.cellStart[rowBase + x1 + 1];
            for (quint32 s = g.cellStart[rowBase + x0]; s < end; ++s) {
                const Grid::Entry &e = g.entries[s];
                if (e.node & Grid::kVisited)
                    continue;
                const double dx = e.x - x;
                const double dy = e.y - y;
                if (dx * dx + dy * dy <= r2) {
                    neighbours.push_back(s);
                    numPoints += e.count;
                }
            }
        }
        if (!neighbours.empty() && numPoints >= quint64(minPoints)) {
            const auto index = static_cast<quint32>(to.x.size());
            double wx = x * self.count;
            double wy = y * self.count;
            for (quint32 s : neighbours) {
                Grid::Entry &e = g.entries[s];
                e.node |= Grid::kVisited;
                const quint32 k = e.node & ~Grid::kVisited;
                wx += from.x[k] * e.count;
                wy += from.y[k] * e.count;
                from.parent[k] = index;
            }
            from.parent[i] = index;
            to.x.push_back(wx / double(numPoints));
            to.y.push_back(wy / double(numPoints));
            to.count.push_back(static_cast<quint32>(numPoints));
            to.id.push_back((qint64(index) << kZoomBits) | zoom);
            to.source.push_back(-1);
        } else {
            pushCopy(i);
            // Too few to form a cluster (minPoints > 2): the neighbours stay single too, in
            // input order (supercluster keeps its KD-tree's order here, so with minPoints > 2
            // the next zoom may differ from it slightly).
            for (quint32 &s : neighbours) {
                g.entries[s].node |= Grid::kVisited;
                s = g.entries[s].node & ~Grid::kVisited;
            }
            std::sort(neighbours.begin(), neighbours.end());
            for (quint32 k : neighbours)
                pushCopy(k);
        }
    }
}

void ClusterIndex::buildChildren(Level &upper, const Level &lower) const
{
    const size_t n = upper.x.size();
    upper.childStart.assign(n + 1, 0);
    for (quint32 p : lower.parent)
        ++upper.childStart[p + 1];
    for (size_t i = 0; i < n; ++i)
        upper.childStart[i + 1] += upper.childStart[i];
    std::vector<quint32> fill(upper.childStart.begin(), upper.childStart.end() - 1);
    upper.childList.resize(lower.parent.size());
    for (quint32 k = 0; k < lower.parent.size(); ++k)
        upper.childList[fill[lower.parent[k]]++] = k;
}

void ClusterIndex::load(std::span<const LonLat> points)
{
    const int minZ = m_options.minZoom;
    const int maxZ = m_options.maxZoom;
    m_levels.clear();
    m_levels.resize(size_t(maxZ) + 2);
    m_pointCount = static_cast<qsizetype>(points.size());

    Level &base = m_levels[size_t(maxZ) + 1];
    const size_t n = points.size();
    base.x.resize(n);
    base.y.resize(n);
    base.count.assign(n, 1);
    base.id.assign(n, -1);
    base.source.resize(n);
    for (size_t i = 0; i < n; ++i) {
        base.x[i] = static_cast<float>(lonToX(points[i].lon));
        base.y[i] = static_cast<float>(latToY(points[i].lat));
        base.source[i] = static_cast<qint32>(i);
    }
    for (int z = maxZ; z >= minZ; --z) {
        Level &from = m_levels[size_t(z) + 1];
        buildGrid(from, radiusAt(z));
        clusterInto(from, m_levels[size_t(z)], z);
        buildChildren(m_levels[size_t(z)], from);
    }
    // The top level is never clustered again, but viewport queries still need its grid.
    buildGrid(m_levels[size_t(minZ)], radiusAt(minZ - 1));
}

int ClusterIndex::levelForZoom(double zoom) const
{
    const int z = static_cast<int>(std::floor(zoom));
    return std::clamp(z, m_options.minZoom, m_options.maxZoom + 1);
}

qsizetype ClusterIndex::itemCount(int zoom) const
{
    if (m_levels.empty())
        return 0;
    return static_cast<qsizetype>(m_levels[size_t(levelForZoom(zoom))].x.size());
}

ClusterIndex::Item ClusterIndex::itemAt(const Level &level, quint32 i) const
{
    Item item;
    item.x = level.x[i];
    item.y = level.y[i];
    item.count = level.count[i];
    item.clusterId = level.id[i];
    item.pointIndex = level.source[i];
    return item;
}

void ClusterIndex::query(double minX, double minY, double maxX, double maxY, double zoom, std::vector<Item> &out) const
{
    if (m_levels.empty() || minX > maxX || minY > maxY)
        return;
    const Level &level = m_levels[size_t(levelForZoom(zoom))];
    const Grid &g = level.grid;
    if (level.x.empty())
        return;
    const int cx0 = g.cellOf(minX, g.minX, g.cols);
    const int cx1 = g.cellOf(maxX, g.minX, g.cols);
    const int cy0 = g.cellOf(minY, g.minY, g.rows);
    const int cy1 = g.cellOf(maxY, g.minY, g.rows);
    for (int row = cy0; row <= cy1; ++row) {
        const quint32 rowBase = quint32(row) * quint32(g.cols);
        const quint32 end = g.cellStart[rowBase + cx1 + 1];
        for (quint32 s = g.cellStart[rowBase + cx0]; s < end; ++s) {
            const quint32 i = g.entries[s].node & ~Grid::kVisited;
            const double x = level.x[i];
            const double y = level.y[i];
            if (x >= minX && x <= maxX && y >= minY && y <= maxY)
                out.push_back(itemAt(level, i));
        }
    }
}

bool ClusterIndex::decode(qint64 clusterId, int &level, quint32 &index) const
{
    if (clusterId < 0 || m_levels.empty())
        return false;
    level = static_cast<int>(clusterId & ((1 << kZoomBits) - 1));
    const qint64 i = clusterId >> kZoomBits;
    if (level < m_options.minZoom || level > m_options.maxZoom)
        return false;
    const Level &l = m_levels[size_t(level)];
    if (i >= qint64(l.x.size()) || l.id[size_t(i)] != clusterId)
        return false;
    index = static_cast<quint32>(i);
    return true;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(qint64 clusterId) const
{
    std::vector<Item> out;
    int level = 0;
    quint32 index = 0;
    if (!decode(clusterId, level, index))
        return out;
    const Level &upper = m_levels[size_t(level)];
    const Level &lower = m_levels[size_t(level) + 1];
    for (quint32 c = upper.childStart[index]; c < upper.childStart[index + 1]; ++c)
        out.push_back(itemAt(lower, upper.childList[c]));
    return out;
}

int ClusterIndex::expansionZoom(qint64 clusterId) const
{
    int level = 0;
    quint32 index = 0;
    if (!decode(clusterId, level, index))
        return -1;
    // Follow a chain of single children down until the cluster really splits.
    while (level <= m_options.maxZoom) {
        const Level &upper = m_levels[size_t(level)];
        const quint32 first = upper.childStart[index];
        const quint32 count = upper.childStart[index + 1] - first;
        ++level;
        if (count != 1)
            break;
        index = upper.childList[first];
    }
    return level;
}

void ClusterIndex::appendLeaves(int level, quint32 index, std::vector<qint32> &out, int limit, int offset,
                                int &skipped) const
{
    const Level &upper = m_levels[size_t(level)];
    const Level &lower = m_levels[size_t(level) + 1];
    for (quint32 c = upper.childStart[index]; c < upper.childStart[index + 1]; ++c) {
        if (int(out.size()) >= limit)
            return;
        const quint32 k = upper.childList[c];
        const auto count = static_cast<int>(lower.count[k]);
        if (lower.source[k] >= 0) {
            if (skipped < offset)
                ++skipped;
            else
                out.push_back(lower.source[k]);
        } else if (skipped + count <= offset) {
            skipped += count;
        } else {
            appendLeaves(level + 1, k, out, limit, offset, skipped);
        }
    }
}

std::vector<qint32> ClusterIndex::leaves(qint64 clusterId, int limit, int offset) const
{
    std::vector<qint32> out;
    int level = 0;
    quint32 index = 0;
    if (!decode(clusterId, level, index) || limit <= 0)
        return out;
    int skipped = 0;
    appendLeaves(level, index, out, limit, std::max(0, offset), skipped);
    return out;
}

} // namespace civicdesk::core

#include "core/geo/districtindex.h"

#include "core/geo/citylayerstore.h"

#include <algorithm>
#include <cmath>

namespace civicdesk::core {

DistrictIndex::DistrictIndex(const CityLayerStore &store)
{
    for (const auto &d : store.districts())
        add(d.id, d.name, d.properties, d.geometry);
    build();
}

void DistrictIndex::add(qint64 id, const QString &name, const QJsonObject &properties, const Geometry &polygon)
{
    District d{id, name, properties, polygon.bounds()};
    Shape shape;
    for (const auto &part : polygon.parts)
        for (const auto &ring : part)
            for (size_t i = 0; i + 1 < ring.size(); ++i)
                // Horizontal edges never change the crossing count, but they still bound the shape.
                (ring[i].lat != ring[i + 1].lat ? shape.edges : shape.horizontal)
                    .push_back({ring[i].lon, ring[i].lat, ring[i + 1].lon, ring[i + 1].lat});
    const int bandCount = std::clamp(static_cast<int>(shape.edges.size() / 4), 1, 4096);
    shape.minLat = d.bounds.minLat;
    shape.bandHeight = std::max((d.bounds.maxLat - d.bounds.minLat) / bandCount, 1e-12);
    shape.bands.resize(bandCount);
    for (int e = 0; e < static_cast<int>(shape.edges.size()); ++e) {
        const Edge &edge = shape.edges[e];
        const int b0 = std::clamp(static_cast<int>((std::min(edge.y1, edge.y2) - shape.minLat) / shape.bandHeight), 0, bandCount - 1);
        const int b1 = std::clamp(static_cast<int>((std::max(edge.y1, edge.y2) - shape.minLat) / shape.bandHeight), 0, bandCount - 1);
        for (int b = b0; b <= b1; ++b)
            shape.bands[b].push_back(e);
    }
    m_bounds.extend(d.bounds);
    m_districts.push_back(std::move(d));
    m_shapes.push_back(std::move(shape));
    m_grid = 0; // stale until build()
}

bool DistrictIndex::shapeContains(int district, GeoPoint p) const
{
    const District &d = m_districts[district];
    if (!d.bounds.contains(p))
        return false;
    const Shape &s = m_shapes[district];
    const int band = std::clamp(static_cast<int>((p.lat - s.minLat) / s.bandHeight), 0, static_cast<int>(s.bands.size()) - 1);
    bool inside = false;
    for (int e : s.bands[band]) {
        const Edge &edge = s.edges[e];
        if ((edge.y1 > p.lat) != (edge.y2 > p.lat)
            && p.lon < (edge.x2 - edge.x1) * (p.lat - edge.y1) / (edge.y2 - edge.y1) + edge.x1)
            inside = !inside;
    }
    return inside;
}

int DistrictIndex::slowLookup(GeoPoint p, const int *candidates, int count) const
{
    for (int i = 0; i < count; ++i)
        if (shapeContains(candidates[i], p))
            return candidates[i];
    return -1;
}

void DistrictIndex::build()
{
    m_cellAnswer.clear();
    m_cellStart.clear();
    m_candidates.clear();
    if (m_districts.empty() || !m_bounds.isValid()) {
        m_grid = 0;
        return;
    }
    const int grid = 256;
    const double w = std::max((m_bounds.maxLon - m_bounds.minLon) / grid, 1e-12);
    const double h = std::max((m_bounds.maxLat - m_bounds.minLat) / grid, 1e-12);
    const auto cellX = [&](double lon) { return std::clamp(static_cast<int>((lon - m_bounds.minLon) / w), 0, grid - 1); };
    const auto cellY = [&](double lat) { return std::clamp(static_cast<int>((lat - m_bounds.minLat) / h), 0, grid - 1); };

    std::vector<std::vector<int>> candidates(static_cast<size_t>(grid) * grid);
    std::vector<std::vector<char>> boundary(m_districts.size(), std::vector<char>(static_cast<size_t>(grid) * grid, 0));
    for (int d = 0; d < static_cast<int>(m_districts.size()); ++d) {
        const GeoBox &b = m_districts[d].bounds;
        for (int y = cellY(b.minLat); y <= cellY(b.maxLat); ++y)
            for (int x = cellX(b.minLon); x <= cellX(b.maxLon); ++x)
                candidates[static_cast<size_t>(y) * grid + x].push_back(d);
        // Cells an edge's box touches may hold both sides of the boundary.
        std::vector<Edge> all = m_shapes[d].edges;
        all.insert(all.end(), m_shapes[d].horizontal.begin(), m_shapes[d].horizontal.end());
        for (const Edge &e : all)
            for (int y = cellY(std::min(e.y1, e.y2)); y <= cellY(std::max(e.y1, e.y2)); ++y)
                for (int x = cellX(std::min(e.x1, e.x2)); x <= cellX(std::max(e.x1, e.x2)); ++x)
                    boundary[d][static_cast<size_t>(y) * grid + x] = 1;
    }
    m_cellAnswer.assign(static_cast<size_t>(grid) * grid, -1);
    m_cellStart.assign(static_cast<size_t>(grid) * grid + 1, 0);
    for (int y = 0; y < grid; ++y) {
        for (int x = 0; x < grid; ++x) {
            const size_t c = static_cast<size_t>(y) * grid + x;
            m_cellStart[c] = static_cast<int>(m_candidates.size());
            const auto &cand = candidates[c];
            const bool mixed = std::any_of(cand.begin(), cand.end(), [&](int d) { return boundary[d][c] != 0; });
            if (mixed) {
                m_cellAnswer[c] = -2;
                m_candidates.insert(m_candidates.end(), cand.begin(), cand.end());
            } else {
                const GeoPoint centre{m_bounds.minLon + (x + 0.5) * w, m_bounds.minLat + (y + 0.5) * h};
                m_cellAnswer[c] = slowLookup(centre, cand.data(), static_cast<int>(cand.size()));
            }
        }
    }
    m_cellStart.back() = static_cast<int>(m_candidates.size());
    m_grid = grid;
    m_cellW = w;
    m_cellH = h;
}

int DistrictIndex::indexAt(GeoPoint p) const
{
    if (!m_bounds.contains(p))
        return -1;
    if (m_grid == 0) {
        for (int d = 0; d < static_cast<int>(m_districts.size()); ++d)
            if (shapeContains(d, p))
                return d;
        return -1;
    }
    const int x = std::min(static_cast<int>((p.lon - m_bounds.minLon) / m_cellW), m_grid - 1);
    const int y = std::min(static_cast<int>((p.lat - m_bounds.minLat) / m_cellH), m_grid - 1);
    const size_t c = static_cast<size_t>(y) * m_grid + x;
    const int answer = m_cellAnswer[c];
    if (answer != -2)
        return answer;
    return slowLookup(p, m_candidates.data() + m_cellStart[c], m_cellStart[c + 1] - m_cellStart[c]);
}

const DistrictIndex::District *DistrictIndex::districtAt(GeoPoint p) const
{
    const int i = indexAt(p);
    return i < 0 ? nullptr : &m_districts[i];
}

QString DistrictIndex::labelAt(GeoPoint p, const QString &property) const
{
    const District *d = districtAt(p);
    if (!d)
        return {};
    if (property.isEmpty())
        return d->name;
    const QJsonValue v = d->properties.value(property);
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString();
}

} // namespace civicdesk::core

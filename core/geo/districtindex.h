#pragma once

#include "core/geo/geometry.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace civicdesk::core {

class CityLayerStore;

// Point -> district, in memory, for lookups by the million (batch CSV, benchmarks, the map).
// A uniform grid over the districts answers most cells outright (cells no boundary crosses);
// boundary cells test their few candidate polygons, each with its edges bucketed into
// latitude bands, so a lookup touches a handful of edges. Holes and multipolygons count by
// the even-odd rule. Immutable after construction, so any number of threads may share one.
class DistrictIndex
{
public:
    struct District
    {
        qint64 id = 0;
        QString name;
        QJsonObject properties;
        GeoBox bounds;
    };

    DistrictIndex() = default;
    // Reads the districts layer of the store.
    explicit DistrictIndex(const CityLayerStore &store);
    void add(qint64 id, const QString &name, const QJsonObject &properties, const Geometry &polygon);
    // Call after the last add(); lookups before it use the slow path.
    void build();

    // Index into districts(), or -1 outside every district.
    int indexAt(GeoPoint p) const;
    const District *districtAt(GeoPoint p) const;
    // The name or, when property is given, that property's value ("" outside every district).
    QString labelAt(GeoPoint p, const QString &property = {}) const;

    const std::vector<District> &districts() const { return m_districts; }
    bool isEmpty() const { return m_districts.empty(); }
    GeoBox bounds() const { return m_bounds; }

private:
    struct Edge
    {
        double x1, y1, x2, y2;
    };
    struct Shape
    {
        std::vector<Edge> edges;      // the edges a ray can cross
        std::vector<Edge> horizontal; // east-west edges: boundary, but never crossed
        double minLat = 0, bandHeight = 1;
        std::vector<std::vector<int>> bands; // edge indices per latitude band
    };

    bool shapeContains(int district, GeoPoint p) const;
    int slowLookup(GeoPoint p, const int *candidates, int count) const;

    std::vector<District> m_districts;
    std::vector<Shape> m_shapes;
    GeoBox m_bounds;

    int m_grid = 0;
    double m_cellW = 0, m_cellH = 0;
    std::vector<int> m_cellAnswer;  // >= 0 district, -1 none, -2 look at the candidates
    std::vector<int> m_cellStart;   // candidates of cell c: m_candidates[m_cellStart[c] .. m_cellStart[c+1])
    std::vector<int> m_candidates;
};

} // namespace civicdesk::core

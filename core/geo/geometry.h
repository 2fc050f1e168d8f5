#pragma once

#include <QByteArray>

#include <vector>

namespace civicdesk::core {

// A position in WGS 84 degrees (GeoJSON order: longitude first).
struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;
    bool operator==(const GeoPoint &) const = default;
};

using GeoRing = std::vector<GeoPoint>;

struct GeoBox
{
    double minLon = 1e300;
    double minLat = 1e300;
    double maxLon = -1e300;
    double maxLat = -1e300;

    bool isValid() const { return minLon <= maxLon && minLat <= maxLat; }
    void extend(GeoPoint p);
    void extend(const GeoBox &b);
    bool contains(GeoPoint p) const { return p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat; }
    bool intersects(const GeoBox &b) const
    {
        return b.minLon <= maxLon && b.maxLon >= minLon && b.minLat <= maxLat && b.maxLat >= minLat;
    }
};

// One geometry of any GeoJSON type, flattened to parts of rings. Points: one part per point,
// holding one ring of one position. Lines: one part per line string, holding one ring of its
// vertices. Polygons: one part per polygon, ring 0 the outer ring, the rest holes.
struct Geometry
{
    enum class Kind { Point, Line, Polygon };
    Kind kind = Kind::Point;
    std::vector<std::vector<GeoRing>> parts;

    bool isEmpty() const;
    GeoBox bounds() const;
    // The store's compact binary form; fromBlob() throws Error on a damaged blob.
    QByteArray toBlob() const;
    static Geometry fromBlob(const QByteArray &blob);
};

namespace geometry {

// Metres between two positions along the sphere (haversine, mean Earth radius).
double distanceMetres(GeoPoint a, GeoPoint b);

// Even-odd point in ring; the outer ring's holes are subtracted by polygonContains().
bool ringContains(const GeoRing &ring, GeoPoint p);
bool polygonContains(const std::vector<GeoRing> &polygon, GeoPoint p);
// True for a polygon or multipolygon containing p (points and lines contain nothing).
bool contains(const Geometry &g, GeoPoint p);

struct Projection
{
    GeoPoint point;          // the closest position on the segment or line
    double fraction = 0.0;   // 0 at the start, 1 at the end (of the whole line for lines)
    double distanceMetres = 0.0;
    int segment = -1;        // index of the closest segment of a line
};
// Closest point on segment a-b, in a local flat projection (exact enough within a city).
Projection projectOntoSegment(GeoPoint p, GeoPoint a, GeoPoint b);
Projection projectOntoLine(const GeoRing &line, GeoPoint p);
// The position at fraction 0..1 of the line's length.
GeoPoint interpolate(const GeoRing &line, double fraction);
double lengthMetres(const GeoRing &line);

bool isClosed(const GeoRing &ring);
// True when two non-adjacent edges of the ring cross (a bow-tie). Touching at a vertex is
// allowed, as OGC and OSM data allow it.
bool selfIntersects(const GeoRing &ring);
// True when segments p1-p2 and q1-q2 cross properly (not merely touch at an end).
bool segmentsCross(GeoPoint p1, GeoPoint p2, GeoPoint q1, GeoPoint q2);

} // namespace geometry
} // namespace civicdesk::core

#include "core/geo/geometry.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::core {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr quint32 kBlobMagic = 0x43444731; // "CDG1"

double cross(GeoPoint o, GeoPoint a, GeoPoint b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}
} // namespace

void GeoBox::extend(GeoPoint p)
{
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
}

void GeoBox::extend(const GeoBox &b)
{
    if (!b.isValid())
        return;
    extend(GeoPoint{b.minLon, b.minLat});
    extend(GeoPoint{b.maxLon, b.maxLat});
}

bool Geometry::isEmpty() const
{
    for (const auto &part : parts)
        for (const auto &ring : part)
            if (!ring.empty())
                return false;
    return true;
}

GeoBox Geometry::bounds() const
{
    GeoBox box;
    for (const auto &part : parts)
        for (const auto &ring : part)
            for (const GeoPoint &p : ring)
                box.extend(p);
    return box;
}

QByteArray Geometry::toBlob() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kBlobMagic << static_cast<quint8>(kind) << static_cast<quint32>(parts.size());
    for (const auto &part : parts) {
        out << static_cast<quint32>(part.size());
        for (const auto &ring : part) {
            out << static_cast<quint32>(ring.size());
            for (const GeoPoint &p : ring)
                out << p.lon << p.lat;
        }
    }
    return blob;
}

Geometry Geometry::fromBlob(const QByteArray &blob)
{
    const auto damaged = [] {
        return Error(QCoreApplication::translate("Geometry", "a stored geometry is damaged; import the layer again"));
    };
    QDataStream in(blob);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint8 kind = 0;
    quint32 partCount = 0;
    in >> magic >> kind >> partCount;
    if (in.status() != QDataStream::Ok || magic != kBlobMagic || kind > 2)
        throw damaged();
    // Every position takes 16 bytes, so no count can exceed what the blob holds.
    const quint64 maxCount = static_cast<quint64>(blob.size()) / 4;
    if (partCount > maxCount)
        throw damaged();
    Geometry g;
    g.kind = static_cast<Kind>(kind);
    g.parts.resize(partCount);
    for (auto &part : g.parts) {
        quint32 ringCount = 0;
        in >> ringCount;
        if (in.status() != QDataStream::Ok || ringCount > maxCount)
            throw damaged();
        part.resize(ringCount);
        for (auto &ring : part) {
            quint32 n = 0;
            in >> n;
            if (in.status() != QDataStream::Ok || static_cast<quint64>(n) * 16 > static_cast<quint64>(blob.size()))
                throw damaged();
            ring.resize(n);
            for (GeoPoint &p : ring)
                in >> p.lon >> p.lat;
            if (in.status() != QDataStream::Ok)
                throw damaged();
        }
    }
    return g;
}

namespace geometry {

double distanceMetres(GeoPoint a, GeoPoint b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

bool ringContains(const GeoRing &ring, GeoPoint p)
{
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n ? n - 1 : 0; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

bool polygonContains(const std::vector<GeoRing> &polygon, GeoPoint p)
{
    if (polygon.empty() || !ringContains(polygon.front(), p))
        return false;
    for (size_t h = 1; h < polygon.size(); ++h)
        if (ringContains(polygon[h], p))
            return false;
    return true;
}

bool contains(const Geometry &g, GeoPoint p)
{
    if (g.kind != Geometry::Kind::Polygon)
        return false;
    return std::any_of(g.parts.begin(), g.parts.end(), [&](const auto &poly) { return polygonContains(poly, p); });
}

Projection projectOntoSegment(GeoPoint p, GeoPoint a, GeoPoint b)
{
    // Equirectangular metres around p: fine for the few hundred metres a city lookup spans.
    const double kx = std::cos(p.lat * kDegToRad);
    const double ax = (a.lon - p.lon) * kx, ay = a.lat - p.lat;
    const double bx = (b.lon - p.lon) * kx, by = b.lat - p.lat;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    Projection r;
    r.point = {a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t};
    r.fraction = t;
    r.distanceMetres = distanceMetres(p, r.point);
    r.segment = 0;
    return r;
}

Projection projectOntoLine(const GeoRing &line, GeoPoint p)
{
    Projection best;
    if (line.empty())
        return best;
    if (line.size() == 1) {
        best.point = line.front();
        best.distanceMetres = distanceMetres(p, line.front());
        best.segment = 0;
        return best;
    }
    best.distanceMetres = 1e300;
    double along = 0.0, alongBest = 0.0;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const Projection s = projectOntoSegment(p, line[i], line[i + 1]);
        const double segLen = distanceMetres(line[i], line[i + 1]);
        if (s.distanceMetres < best.distanceMetres) {
            best = s;
            best.segment = static_cast<int>(i);
            alongBest = along + segLen * s.fraction;
        }
        along += segLen;
    }
    best.fraction = along > 0 ? alongBest / along : 0.0;
    return best;
}

double lengthMetres(const GeoRing &line)
{
    double total = 0.0;
    for (size_t i = 0; i + 1 < line.size(); ++i)
        total += distanceMetres(line[i], line[i + 1]);
    return total;
}

GeoPoint interpolate(const GeoRing &line, double fraction)
{
    if (line.empty())
        return {};
    const double total = lengthMetres(line);
    double target = std::clamp(fraction, 0.0, 1.0) * total;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const double seg = distanceMetres(line[i], line[i + 1]);
        if (target <= seg && seg > 0) {
            const double t = target / seg;
            return {line[i].lon + (line[i + 1].lon - line[i].lon) * t, line[i].lat + (line[i + 1].lat - line[i].lat) * t};
        }
        target -= seg;
    }
    return line.back();
}

bool isClosed(const GeoRing &ring)
{
    return ring.size() >= 2 && ring.front() == ring.back();
}

bool segmentsCross(GeoPoint p1, GeoPoint p2, GeoPoint q1, GeoPoint q2)
{
    const double d1 = cross(q1, q2, p1);
    const double d2 = cross(q1, q2, p2);
    const double d3 = cross(p1, p2, q1);
    const double d4 = cross(p1, p2, q2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

bool selfIntersects(const GeoRing &ring)
{
    const size_t n = ring.size();
    if (n < 4)
        return false;
    const size_t edges = n - 1; // the ring is closed: edge i runs from ring[i] to ring[i+1]
    // Sort-and-sweep on the edges' west ends: only edges whose longitude spans overlap are compared.
    std::vector<size_t> order(edges);
    for (size_t i = 0; i < edges; ++i)
        order[i] = i;
    const auto minLon = [&](size_t e) { return std::min(ring[e].lon, ring[e + 1].lon); };
    const auto maxLon = [&](size_t e) { return std::max(ring[e].lon, ring[e + 1].lon); };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return minLon(a) < minLon(b); });
    for (size_t i = 0; i < edges; ++i) {
        const size_t a = order[i];
        const double aMax = maxLon(a);
        for (size_t k = i + 1; k < edges && minLon(order[k]) <= aMax; ++k) {
            const size_t b = order[k];
            const size_t lo = std::min(a, b), hi = std::max(a, b);
            if (hi == lo + 1 || (lo == 0 && hi == edges - 1))
                continue; // neighbours share a vertex
            if (segmentsCross(ring[a], ring[a + 1], ring[b], ring[b + 1]))
                return true;
        }
    }
    return false;
}

} // namespace geometry
} // namespace civicdesk::core

#include "core/geo/geocoder.h"

#include "core/geo/addressnormalizer.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::core {

namespace {

constexpr double kMetresPerDegreeLat = 111320.0;

GeoBox boxAround(GeoPoint p, double metres)
{
    const double dLat = metres / kMetresPerDegreeLat;
    const double dLon = dLat / std::max(0.01, std::cos(p.lat * std::numbers::pi / 180.0));
    return {p.lon - dLon, p.lat - dLat, p.lon + dLon, p.lat + dLat};
}

int leadingNumber(const QString &number, bool *ok)
{
    qsizetype end = 0;
    while (end < number.size() && number.at(end).isDigit())
        ++end;
    return number.left(end).toInt(ok);
}

int maxTypos(qsizetype length)
{
    return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

} // namespace

Geocoder::Geocoder(const Database &db)
    : m_db(db)
{
}

Geocoder::~Geocoder() = default;

std::shared_ptr<const Geocoder::Snapshot> Geocoder::snapshot() const
{
    const CityLayerStore store(m_db);
    const qint64 generation = store.generation();
    QMutexLocker lock(&m_mutex);
    if (m_snapshot && m_snapshot->generation == generation)
        return m_snapshot;
    auto s = std::make_shared<Snapshot>();
    s->generation = generation;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, name, normalized FROM geo_street_names ORDER BY id"));
    q.exec();
    while (q.next()) {
        s->nameById.insert(q.value(0).toLongLong(), s->names.size());
        s->names.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    auto districts = std::make_shared<DistrictIndex>(store);
    s->districts = std::move(districts);
    s->extent = store.extent();
    m_snapshot = s;
    return s;
}

bool Geocoder::inside(const Snapshot &s, GeoPoint p) const
{
    if (!s.districts->isEmpty() && s.districts->indexAt(p) >= 0)
        return true;
    if (!s.extent.isValid())
        return true; // nothing imported: no way to tell
    // Districts may not cover the whole city (Monaco's quarters do not): a point within 100 m
    // of an imported street or address point still belongs to it.
    const GeoBox near = boxAround(p, 100.0);
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT 1 FROM geo_addresses_rtree WHERE max_lon >= ? AND min_lon <= ? "
                                                 "AND max_lat >= ? AND min_lat <= ? LIMIT 1"));
    q.bind(0, near.minLon).bind(1, near.maxLon).bind(2, near.minLat).bind(3, near.maxLat).exec();
    if (q.next())
        return true;
    bool nearStreet = false;
    CityLayerStore(m_db).forEachStreet(near, [&](const CityLayerStore::Street &st) {
        for (const auto &part : st.geometry.parts)
            if (!nearStreet && geometry::projectOntoLine(part.front(), p).distanceMetres <= 100.0)
                nearStreet = true;
    });
    return nearStreet;
}

bool Geocoder::isInsideJurisdiction(GeoPoint p) const
{
    return inside(*snapshot(), p);
}

std::vector<Geocoder::Candidate> Geocoder::matchStreets(const Snapshot &s, const QString &normalized, bool prefix,
                                                        int maxCount) const
{
    std::vector<Candidate> result;
    if (normalized.isEmpty())
        return result;
    QSet<qint64> seen;
    // FTS5 finds names holding every word (the last as a prefix when typing).
    QStringList terms;
    const QStringList words = normalized.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!prefix || i + 1 < words.size()) {
            terms.append(QStringLiteral("\"%1\"").arg(words.at(i)));
            continue;
        }
        // The word being typed may be the start of a suffix or directional stored abbreviated.
        QStringList alternatives{QStringLiteral("\"%1\"*").arg(words.at(i))};
        for (const QString &c : AddressNormalizer::completions(words.at(i)))
            alternatives.append(QStringLiteral("\"%1\"").arg(c));
        terms.append(alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT rowid FROM geo_street_names_fts WHERE geo_street_names_fts MATCH ? "
                                                 "LIMIT 500"));
    q.bind(0, terms.join(QStringLiteral(" AND "))).exec();
    while (q.next()) {
        const auto it = s.nameById.constFind(q.value(0).toLongLong());
        if (it == s.nameById.constEnd())
            continue;
        const StreetName &n = s.names[it.value()];
        double score = 0.8;
        if (n.normalized == normalized)
            score = 1.0;
        else if (n.normalized.startsWith(normalized))
            score = 0.95;
        score -= 0.001 * std::min<qsizetype>(100, n.normalized.size()); // shorter names first among equals
        result.push_back({&n, score});
        seen.insert(n.id);
    }
    // Typos: compare with every name (a city has thousands, not millions), when FTS found few.
    if (static_cast<int>(result.size()) < std::min(maxCount, 8)) {
        const int allowed = maxTypos(normalized.size());
        if (allowed > 0) {
            for (const StreetName &n : s.names) {
                // Callers rarely get the first letter wrong; checking it keeps this scan cheap.
                if (n.normalized.isEmpty() || n.normalized.at(0) != normalized.at(0) || seen.contains(n.id))
                    continue;
                const QString target = prefix && n.normalized.size() > normalized.size()
                    ? n.normalized.left(normalized.size())
                    : n.normalized;
                const int d = AddressNormalizer::editDistance(normalized, target, allowed);
                if (d <= allowed)
                    result.push_back({&n, 0.7 - 0.1 * d - 0.001 * std::min<qsizetype>(100, n.normalized.size())});
            }
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (static_cast<int>(result.size()) > maxCount)
        result.resize(maxCount);
    return result;
}

void Geocoder::addressesOn(const Candidate &c, const QString &number, const QString &unit, bool prefix, int limit,
                           std::vector<GeocodeResult> &out) const
{
    // Exact number first, then (when typing) numbers that start with what was typed.
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT number, postcode, lat, lon FROM geo_addresses WHERE name_id = ? "
                                                 "AND number >= ? AND number <= ? ORDER BY number <> ?, length(number), "
                                                 "number LIMIT ?"));
    // Exact: the range [number, number]; typing: every number that starts with the typed one.
    q.bind(0, c.street->id).bind(1, number).bind(2, prefix ? number + u'~' : number).bind(3, number).bind(4, limit);
    q.exec();
    QSet<QString> seen;
    while (q.next()) {
        const QString n = q.value(0).toString();
        if (seen.contains(n))
            continue; // one result per number: several points can share a number (entrances)
        seen.insert(n);
        GeocodeResult r;
        r.kind = GeocodeResult::Kind::Address;
        r.number = n;
        r.street = c.street->name;
        r.unit = unit;
        r.postcode = q.value(1).toString();
        r.point = {q.value(3).toDouble(), q.value(2).toDouble()};
        r.label = QStringLiteral("%1 %2").arg(n, c.street->name);
        if (!unit.isEmpty())
            r.label += QStringLiteral(" #%1").arg(unit.toUpper());
        r.score = c.score * (n == number ? 1.0 : 0.9);
        out.push_back(r);
    }
}

std::optional<GeocodeResult> Geocoder::interpolate(const Candidate &c, const QString &number) const
{
    bool ok = false;
    const int n = leadingNumber(number, &ok);
    if (!ok)
        return std::nullopt;
    const CityLayerStore store(m_db);
    for (const auto &s : store.streetsNamed(c.street->id)) {
        for (const auto &range : {std::pair{s.fromLeft, s.toLeft}, std::pair{s.fromRight, s.toRight}}) {
            if (!range.first || !range.second || s.geometry.parts.empty())
                continue;
            const int from = *range.first, to = *range.second;
            if (n < std::min(from, to) || n > std::max(from, to))
                continue;
            if ((from % 2) == (to % 2) && (n % 2) != (from % 2))
                continue; // odd numbers on one side, even on the other
            const double fraction = from == to ? 0.5 : static_cast<double>(n - from) / (to - from);
            GeocodeResult r;
            r.kind = GeocodeResult::Kind::Interpolated;
            r.number = number;
            r.street = c.street->name;
            r.point = geometry::interpolate(s.geometry.parts.front().front(), fraction);
            r.label = QStringLiteral("%1 %2").arg(number, c.street->name);
            r.score = c.score * 0.85;
            return r;
        }
    }
    return std::nullopt;
}

std::optional<GeocodeResult> Geocoder::streetMiddle(const Candidate &c) const
{
    const CityLayerStore store(m_db);
    const auto streets = store.streetsNamed(c.street->id);
    GeoRing longest;
    double longestLength = -1;
    for (const auto &s : streets) {
        for (const auto &part : s.geometry.parts) {
            const double len = geometry::lengthMetres(part.front());
            if (len > longestLength)
                longestLength = len, longest = part.front();
        }
    }
    GeocodeResult r;
    r.kind = GeocodeResult::Kind::Street;
    r.street = c.street->name;
    r.label = c.street->name;
    r.score = c.score * 0.9;
    if (!longest.empty()) {
        r.point = geometry::interpolate(longest, 0.5);
        return r;
    }
    // A name known only from address points: their middle one.
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT lat, lon FROM geo_addresses WHERE name_id = ? ORDER BY number LIMIT 1"));
    q.bind(0, c.street->id).exec();
    if (!q.next())
        return std::nullopt;
    r.point = {q.value(1).toDouble(), q.value(0).toDouble()};
    return r;
}

std::optional<GeocodeResult> Geocoder::intersection(const Snapshot &s, const QString &a, const QString &b) const
{
    const CityLayerStore store(m_db);
    const auto first = matchStreets(s, a, false, 3);
    const auto second = matchStreets(s, b, false, 3);
    for (const Candidate &ca : first) {
        const auto linesA = store.streetsNamed(ca.street->id);
        for (const Candidate &cb : second) {
            if (ca.street->id == cb.street->id)
                continue;
            const auto linesB = store.streetsNamed(cb.street->id);
            // Where the centre lines cross or come closest (within 30 m: dual carriageways).
            double bestDistance = 30.0;
            std::optional<GeoPoint> best;
            for (const auto &sa : linesA)
                for (const auto &pa : sa.geometry.parts)
                    for (const auto &sb : linesB)
                        for (const auto &pb : sb.geometry.parts) {
                            const GeoRing &la = pa.front();
                            const GeoRing &lb = pb.front();
                            for (const GeoPoint &v : la) {
                                const auto proj = geometry::projectOntoLine(lb, v);
                                if (proj.distanceMetres < bestDistance)
                                    bestDistance = proj.distanceMetres, best = proj.point;
                            }
                            for (size_t i = 0; i + 1 < la.size(); ++i)
                                for (size_t j = 0; j + 1 < lb.size(); ++j)
                                    if (geometry::segmentsCross(la[i], la[i + 1], lb[j], lb[j + 1])) {
                                        // The crossing itself: solve the two lines.
                                        bestDistance = 0;
                                        const double x1 = la[i].lon, y1 = la[i].lat, x2 = la[i + 1].lon, y2 = la[i + 1].lat;
                                        const double x3 = lb[j].lon, y3 = lb[j].lat, x4 = lb[j + 1].lon, y4 = lb[j + 1].lat;
                                        const double den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
                                        if (den != 0) {
                                            const double t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den;
                                            best = GeoPoint{x1 + t * (x2 - x1), y1 + t * (y2 - y1)};
                                        }
                                    }
                        }
            if (best) {
                GeocodeResult r;
                r.kind = GeocodeResult::Kind::Intersection;
                r.street = ca.street->name;
                r.label = QStringLiteral("%1 & %2").arg(ca.street->name, cb.street->name);
                r.point = *best;
                r.score = ca.score * cb.score;
                return r;
            }
        }
    }
    return std::nullopt;
}

std::vector<GeocodeResult> Geocoder::search(const QString &text, int limit, bool prefix) const
{
    std::vector<GeocodeResult> results;
    if (limit <= 0 || text.trimmed().isEmpty())
        return results;
    const auto s = snapshot();
    const QStringList crossing = AddressNormalizer::splitIntersection(text);
    if (crossing.size() == 2) {
        if (auto r = intersection(*s, crossing.at(0), crossing.at(1)))
            results.push_back(*r);
    } else {
        const AddressNormalizer::Parsed parsed = AddressNormalizer::parse(text);
        const auto candidates = matchStreets(*s, parsed.street, prefix, std::max(limit * 2, 10));
        int tried = 0;
        for (const Candidate &c : candidates) {
            if (static_cast<int>(results.size()) >= limit)
                break;
            const size_t before = results.size();
            if (!parsed.number.isEmpty()) {
                addressesOn(c, parsed.number, parsed.unit, prefix, limit - static_cast<int>(results.size()), results);
                // Interpolation reads street geometry: only for the few best street matches.
                if (results.size() == before && ++tried <= 3) {
                    if (auto r = interpolate(c, parsed.number)) {
                        r->unit = parsed.unit;
                        results.push_back(*r);
                    }
                }
            } else if (auto r = streetMiddle(c)) {
                results.push_back(*r);
            }
        }
        std::stable_sort(results.begin(), results.end(),
                         [](const GeocodeResult &a, const GeocodeResult &b) { return a.score > b.score; });
    }
    for (auto &r : results)
        r.insideJurisdiction = inside(*s, r.point);
    if (static_cast<int>(results.size()) > limit)
        results.resize(limit);
    return results;
}

std::vector<GeocodeResult> Geocoder::geocode(const QString &text, int limit) const
{
    return search(text, limit, false);
}

std::vector<GeocodeResult> Geocoder::autocomplete(const QString &text, int limit) const
{
    return search(text, limit, true);
}

std::optional<GeocodeResult> Geocoder::reverse(GeoPoint p, double maxDistanceMetres) const
{
    const auto s = snapshot();
    const GeoBox box = boxAround(p, maxDistanceMetres);
    std::optional<GeocodeResult> address;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT a.number, n.name, a.postcode, a.lat, a.lon FROM geo_addresses_rtree r "
                              "JOIN geo_addresses a ON a.id = r.id JOIN geo_street_names n ON n.id = a.name_id "
                              "WHERE r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?"));
    q.bind(0, box.minLon).bind(1, box.maxLon).bind(2, box.minLat).bind(3, box.maxLat).exec();
    while (q.next()) {
        const GeoPoint at{q.value(4).toDouble(), q.value(3).toDouble()};
        const double d = geometry::distanceMetres(p, at);
        if (d > maxDistanceMetres || (address && address->distanceMetres <= d))
            continue;
        GeocodeResult r;
        r.kind = GeocodeResult::Kind::Address;
        r.number = q.value(0).toString();
        r.street = q.value(1).toString();
        r.postcode = q.value(2).toString();
        r.point = at;
        r.distanceMetres = d;
        r.label = QStringLiteral("%1 %2").arg(r.number, r.street);
        r.score = 1.0;
        address = r;
    }

    std::optional<GeocodeResult> street;
    const CityLayerStore store(m_db);
    store.forEachStreet(box, [&](const CityLayerStore::Street &st) {
        if (st.name.isEmpty())
            return;
        for (const auto &part : st.geometry.parts) {
            const GeoRing &line = part.front();
            const auto proj = geometry::projectOntoLine(line, p);
            if (proj.segment < 0 || proj.distanceMetres > maxDistanceMetres
                || (street && street->distanceMetres <= proj.distanceMetres))
                continue;
            GeocodeResult r;
            r.kind = GeocodeResult::Kind::Street;
            r.street = st.name;
            r.label = st.name;
            r.point = proj.point;
            r.distanceMetres = proj.distanceMetres;
            r.score = 0.8;
            // Which side of the line: the sign of the cross product of its direction and p.
            if (line.size() >= 2) {
                const GeoPoint a = line[proj.segment], b = line[proj.segment + 1];
                const bool left = (b.lon - a.lon) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lon - a.lon) > 0;
                const auto from = left ? st.fromLeft : st.fromRight;
                const auto to = left ? st.toLeft : st.toRight;
                if (from && to) {
                    int n = static_cast<int>(std::lround(*from + (*to - *from) * proj.fraction));
                    if ((*from % 2) == (*to % 2) && (n % 2) != (*from % 2))
                        n += (*to >= *from) ? 1 : -1;
                    n = std::clamp(n, std::min(*from, *to), std::max(*from, *to));
                    r.kind = GeocodeResult::Kind::Interpolated;
                    r.number = QString::number(n);
                    r.label = QStringLiteral("%1 %2").arg(r.number, st.name);
                    r.score = 0.9;
                }
            }
            street = r;
        }
    });

    std::optional<GeocodeResult> best;
    // An address point wins unless a street is clearly nearer (the point may be a building's middle).
    if (address && (!street || address->distanceMetres <= std::max(30.0, street->distanceMetres + 15.0)))
        best = address;
    else
        best = street;
    if (best)
        best->insideJurisdiction = inside(*s, p);
    return best;
}

} // namespace civicdesk::core

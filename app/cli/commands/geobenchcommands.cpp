// Benchmarks of the geography features: generated data at a chosen size, JSON figures out.
#include "cli/benchstats.h"
#include "cli/command.h"

#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/geo/geocoder.h"
#include "core/store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::cli {
namespace {

using core::Error;


void printFigures(Context &c, const QJsonObject &figures)
{
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Indented));
        return;
    }
    for (auto it = figures.begin(); it != figures.end(); ++it)
        c.out << it.key() << ": " << it.value().toVariant().toString() << "\n";
}

// Pronounceable made-up names, so the street names spread over the alphabet like real ones.
QString streetWord(QRandomGenerator &rng)
{
    static const char *const syllables[] = {"ma", "ple", "oak", "ri", "ver", "ce", "dar", "lin", "col", "wood",
                                            "ash", "ton", "bel", "mont", "har", "bor", "glen", "wil", "low", "pine",
                                            "sum", "mit", "fair", "view", "lake", "side", "hill", "crest", "elm", "ford"};
    QString word;
    const int n = 2 + static_cast<int>(rng.bounded(2));
    for (int i = 0; i < n; ++i)
        word += QLatin1String(syllables[rng.bounded(static_cast<int>(std::size(syllables)))]);
    word[0] = word.at(0).toUpper();
    return word;
}

int runBenchGeocode(Context &c)
{
    const int points = c.args.intOption(QStringLiteral("points"), 1000000);
    const int queries = std::max(1, c.args.intOption(QStringLiteral("queries"), 2000));
    const int perStreet = 500;
    const int streetCount = std::max(1, points / perStreet);
    QRandomGenerator rng(20261128);
    static const char *const suffixes[] = {"Street", "Avenue", "Boulevard", "Road", "Drive", "Lane", "Place", "Court"};
    static const char *const directions[] = {"", "", "", "North ", "South ", "East ", "West "};
    QStringList names;
    QSet<QString> seen;
    while (names.size() < streetCount) {
        const QString name = QLatin1String(directions[rng.bounded(static_cast<int>(std::size(directions)))]) + streetWord(rng)
            + u' ' + QLatin1String(suffixes[rng.bounded(static_cast<int>(std::size(suffixes)))]);
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    std::vector<core::AddressRecord> records;
    records.reserve(points);
    for (int i = 0; i < points; ++i) {
        const int s = i % streetCount;
        const int number = 1 + 2 * (i / streetCount);
        // Streets on a grid of about 10 km, numbers along each street.
        const double lat = 40.6 + 0.09 * (s % 100) / 100.0 + 0.00001 * (i / streetCount);
        const double lon = -74.0 + 0.12 * (s / 100) / std::max(1.0, streetCount / 100.0) + 0.00001 * (i / streetCount);
        records.push_back({QString::number(number), names.at(s), {}, {}, {lon, lat}});
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(QStringLiteral("cannot create a temporary folder"));
    core::Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    QElapsedTimer timer;
    timer.start();
    core::CityLayerStore(db).importAddresses(records, QStringLiteral("generated"));
    const double importSeconds = timer.nsecsElapsed() / 1e9;

    const core::Geocoder geocoder(db);
    timer.restart();
    geocoder.autocomplete(QStringLiteral("1 A"));
    const double firstMs = timer.nsecsElapsed() / 1e6;

    std::vector<double> latencies;
    latencies.reserve(queries);
    // CPU time too: on a shared machine the wall clock also counts other processes' turns.
    std::vector<double> cpuLatencies;
    cpuLatencies.reserve(queries);
    std::vector<std::pair<double, QString>> slowest; // the five slowest, to see what costs
    int empty = 0;
    for (int q = 0; q < queries; ++q) {
        const core::AddressRecord &r = records[rng.bounded(static_cast<int>(records.size()))];
        // What a call taker has typed so far: part of the number, part of the street, maybe a typo.
        QString typed = r.street.left(1 + rng.bounded(static_cast<int>(r.street.size())));
        if (rng.bounded(10) == 0 && typed.size() > 6)
            typed[3] = QChar(u'a' + static_cast<char16_t>(rng.bounded(26)));
        if (rng.bounded(4) != 0)
            typed = r.number.left(1 + rng.bounded(static_cast<int>(r.number.size()))) + u' ' + typed;
        const double cpuStart = benchstats::processCpuSeconds();
        timer.restart();
        const auto results = geocoder.autocomplete(typed, 8);
        latencies.push_back(timer.nsecsElapsed() / 1e6);
        cpuLatencies.push_back(1000.0 * (benchstats::processCpuSeconds() - cpuStart));
        slowest.push_back({latencies.back(), typed});
        std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        if (slowest.size() > 5)
            slowest.pop_back();
        if (results.empty())
            ++empty;
    }
    const double p95 = benchstats::percentile(latencies, 0.95);
    QJsonArray slow;
    for (const auto &[ms, text] : slowest)
        slow.append(QJsonObject{{QStringLiteral("typed"), text}, {QStringLiteral("ms"), ms}});
    printFigures(c, QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("geocode")},
                                {QStringLiteral("slowest"), slow},
                                {QStringLiteral("address_points"), points},
                                {QStringLiteral("streets"), streetCount},
                                {QStringLiteral("import_s"), importSeconds},
                                {QStringLiteral("first_query_ms"), firstMs},
                                {QStringLiteral("queries"), queries},
                                {QStringLiteral("queries_without_result"), empty},
                                {QStringLiteral("autocomplete_p50_ms"), benchstats::percentile(latencies, 0.5)},
                                {QStringLiteral("autocomplete_p95_ms"), p95},
                                {QStringLiteral("autocomplete_max_ms"), benchstats::percentile(latencies, 1.0)},
                                {QStringLiteral("autocomplete_cpu_p50_ms"), benchstats::percentile(cpuLatencies, 0.5)},
                                {QStringLiteral("autocomplete_cpu_p95_ms"), benchstats::percentile(cpuLatencies, 0.95)},
                                {QStringLiteral("budget_p95_ms"), 10.0},
                                {QStringLiteral("within_budget"), p95 < 10.0}});
    return 0;
}

// A wavy ring around (cx, cy), with about `vertices` points.
core::GeoRing wavyRing(double cx, double cy, double radius, int vertices, double phase, bool clockwise)
{
    core::GeoRing ring;
    for (int i = 0; i < vertices; ++i) {
        const double t = 2 * std::numbers::pi * i / vertices * (clockwise ? -1 : 1);
        const double r = radius * (1.0 + 0.12 * std::sin(7 * t + phase));
        ring.push_back({cx + r * std::cos(t), cy + r * std::sin(t)});
    }
    ring.push_back(ring.front());
    return ring;
}

int runBenchDistrict(Context &c)
{
    const int polygons = std::max(1, c.args.intOption(QStringLiteral("polygons"), 100));
    const int lookups = std::max(1, c.args.intOption(QStringLiteral("lookups"), 5000000));
    const int vertices = std::max(8, c.args.intOption(QStringLiteral("vertices"), 500));
    const int side = static_cast<int>(std::ceil(std::sqrt(polygons)));
    const double cell = 0.02; // about 2 km
    core::DistrictIndex index;
    std::vector<core::Geometry> shapes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < polygons; ++i) {
        const double cx = -118.5 + (i % side + 0.5) * cell;
        const double cy = 33.9 + (i / side + 0.5) * cell;
        core::Geometry g;
        g.kind = core::Geometry::Kind::Polygon;
        std::vector<core::GeoRing> polygon{wavyRing(cx, cy, cell * 0.44, vertices, i, false)};
        if (i % 3 == 0) // every third district has a hole (a park or an enclave)
            polygon.push_back(wavyRing(cx, cy, cell * 0.12, vertices / 4, i, true));
        g.parts.push_back(polygon);
        index.add(i + 1, QStringLiteral("District %1").arg(i + 1), {}, g);
        shapes.push_back(g);
    }
    index.build();
    const double buildMs = timer.nsecsElapsed() / 1e6;

    QRandomGenerator rng(4);
    const core::GeoBox b = index.bounds();
    std::vector<core::GeoPoint> points(static_cast<size_t>(std::min(lookups, 1 << 20)));
    for (auto &p : points)
        p = {b.minLon + rng.generateDouble() * (b.maxLon - b.minLon), b.minLat + rng.generateDouble() * (b.maxLat - b.minLat)};
    timer.restart();
    qint64 hits = 0;
    for (int i = 0; i < lookups; ++i)
        hits += index.indexAt(points[static_cast<size_t>(i) % points.size()]) >= 0 ? 1 : 0;
    const double seconds = std::max(timer.nsecsElapsed() / 1e9, 1e-9);

    // The index must agree with a plain point-in-polygon test.
    int mismatches = 0;
    const int checks = std::min<int>(20000, static_cast<int>(points.size()));
    for (int i = 0; i < checks; ++i) {
        int expected = -1;
        for (int s = 0; s < polygons && expected < 0; ++s)
            if (core::geometry::contains(shapes[s], points[i]))
                expected = s;
        if (expected != index.indexAt(points[i]))
            ++mismatches;
    }
    const double rate = lookups / seconds;
    printFigures(c, QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("district")},
                                {QStringLiteral("polygons"), polygons},
                                {QStringLiteral("vertices_per_polygon"), vertices},
                                {QStringLiteral("build_ms"), buildMs},
                                {QStringLiteral("lookups"), lookups},
                                {QStringLiteral("inside_share"), static_cast<double>(hits) / lookups},
                                {QStringLiteral("lookups_per_s"), rate},
                                {QStringLiteral("checked_against_brute_force"), checks},
                                {QStringLiteral("mismatches"), mismatches},
                                {QStringLiteral("budget_lookups_per_s"), 1000000},
                                {QStringLiteral("within_budget"), rate >= 1e6 && mismatches == 0}});
    return mismatches == 0 ? 0 : 1;
}

const CommandRegistrar benchGeocode({{QStringLiteral("bench"), QStringLiteral("geocode")},
                                     QStringLiteral("bench geocode [--points N] [--queries N] [--json]"),
                                     QStringLiteral("Autocomplete latency over N generated address points (budget p95 < 10 ms at 1,000,000)"),
                                     {QStringLiteral("points"), QStringLiteral("queries")},
                                     {QStringLiteral("json")},
                                     runBenchGeocode});
const CommandRegistrar benchDistrict({{QStringLiteral("bench"), QStringLiteral("district")},
                                      QStringLiteral("bench district [--polygons N] [--lookups N] [--vertices N] [--json]"),
                                      QStringLiteral("Point-in-district lookups per second (budget 1,000,000/s over 100 polygons)"),
                                      {QStringLiteral("polygons"), QStringLiteral("lookups"), QStringLiteral("vertices")},
                                      {QStringLiteral("json")},
                                      runBenchDistrict});

} // namespace
} // namespace civicdesk::cli

#include "core/demo/democitygenerator.h"

#include "core/catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>
#include <numbers>

namespace civicdesk::core {

namespace {

// The city is laid out in metres on a local plane, then placed near the catalogue's time zone
// (America/New_York) so that local times read right.
constexpr double kOriginLat = 41.262;
constexpr double kOriginLon = -72.684;
constexpr double kMetresPerDegreeLat = 111320.0;
constexpr int kColumns = 50; // blocks west to east
constexpr int kRows = 50;    // blocks south to north
constexpr double kBlockWidth = 140.0;
constexpr double kBlockHeight = 110.0;
constexpr double kWidth = kColumns * kBlockWidth;
constexpr double kHeight = kRows * kBlockHeight;
constexpr double kRiverWidth = 90.0;
constexpr double kSetback = 14.0;
constexpr int kBridgeEvery = 7; // every 7th north-south street crosses the river

const char *const kEastWestNames[] = {
    "Maple",    "Oak",       "Cedar",    "Birch",    "Willow",   "Chestnut",   "Walnut",  "Spruce",
    "Hawthorn", "Juniper",   "Magnolia", "Sycamore", "Poplar",   "Linden",     "Alder",   "Aspen",
    "Hemlock",  "Laurel",    "Cypress",  "Hickory",  "Beech",    "Elm",        "Ash",     "Holly",
    "Rowan",    "Sassafras", "Tamarack", "Harbor",   "Beacon",   "Lighthouse", "Anchor",  "Pier",
    "Ferry",    "Wharf",     "Mariner",  "Schooner", "Franklin", "Jefferson",  "Madison", "Monroe",
    "Adams",    "Lincoln",   "Grant",    "Garfield", "Hamilton", "Putnam",     "Sherman", "Whitney",
    "Winthrop", "Bradford",  "Endicott", "Prescott", "Thornton", "Gilbert",
};
const char *const kParkNames[] = {"Heron",   "Founders", "Meadowbrook", "Kingfisher", "Old Mill", "Lantern",
                                  "Bayview", "Orchard",  "Cobblestone", "Riverside",  "Foxglove", "Tidewater",
                                  "Sparrow", "Granite",  "Pinecrest",   "Willowmere"};
const char *const kSchoolNames[] = {"Harriet Tubman", "Lakeside",  "Samuel Slater", "Clara Barton",
                                    "North Ridge",    "Eastfield", "Westbrook",     "Frederick Douglass",
                                    "Amelia Earhart", "Southgate"};
const char *const kCouncilMembers[] = {
    "Rosa Delgado", "Marcus Webb",   "Priya Natarajan", "Tom O'Leary", "Aisha Bello", "Henry Lindqvist",
    "Mei Chen",     "Daniel Okafor", "Sofia Marchetti", "Grace Kim",   "Luis Ortega", "Hannah Brooks"};

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1String(suffix);
}

class Plane
{
public:
    GeoPoint toGeo(double x, double y) const
    {
        return {kOriginLon + x / (kMetresPerDegreeLat * std::cos(kOriginLat * std::numbers::pi / 180.0)),
                kOriginLat + y / kMetresPerDegreeLat};
    }
};

struct River
{
    double base = 0;
    double amplitude = 0;
    double wavelength = 1;
    double phase = 0;
    double centreY(double x) const
    {
        return base + amplitude * std::sin(2 * std::numbers::pi * x / wavelength + phase);
    }
    // True when y lies within the river (plus a margin) anywhere between x0 and x1.
    bool touches(double x0, double x1, double y0, double y1, double margin) const
    {
        for (double x = x0; x <= x1 + 0.1; x += 10.0) {
            const double c = centreY(x);
            if (y1 >= c - kRiverWidth / 2 - margin && y0 <= c + kRiverWidth / 2 + margin)
                return true;
        }
        return false;
    }
};

GeoFeature lineFeature(const Plane &plane, const std::vector<std::pair<double, double>> &xy,
                       QJsonObject properties)
{
    GeoFeature f;
    f.geometry.kind = Geometry::Kind::Line;
    GeoRing ring;
    for (const auto &[x, y] : xy)
        ring.push_back(plane.toGeo(x, y));
    f.geometry.parts = {{ring}};
    f.properties = std::move(properties);
    return f;
}

GeoFeature polygonFeature(const Plane &plane, const std::vector<std::pair<double, double>> &xy,
                          QJsonObject properties)
{
    GeoFeature f;
    f.geometry.kind = Geometry::Kind::Polygon;
    GeoRing ring;
    for (const auto &[x, y] : xy)
        ring.push_back(plane.toGeo(x, y));
    ring.push_back(ring.front());
    f.geometry.parts = {{ring}};
    f.properties = std::move(properties);
    return f;
}

std::vector<std::pair<double, double>> rectangle(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

QJsonObject streetProperties(const QString &name, const char *streetClass, int fromLeft, int toLeft,
                             int fromRight, int toRight)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("class"), QLatin1String(streetClass)},
            {QStringLiteral("from_left"), fromLeft},
            {QStringLiteral("to_left"), toLeft},
            {QStringLiteral("from_right"), fromRight},
            {QStringLiteral("to_right"), toRight}};
}

// A rectangle of blocks kept free of houses (a park, or a landmark's grounds).
struct BlockArea
{
    int col0, row0, col1, row1; // inclusive
    bool contains(int c, int r) const { return c >= col0 && c <= col1 && r >= row0 && r <= row1; }
};

} // namespace

DemoCity DemoCityGenerator::generate(quint64 seed, const QString &cityName, const Catalog &catalog)
{
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)) ^ 0x5eed0c17u);
    const Plane plane;
    DemoCity city;
    city.name = cityName.trimmed().isEmpty() ? QString::fromLatin1(kDefaultCityName) : cityName.trimmed();
    city.seed = seed;
    city.centre = plane.toGeo(kWidth / 2, kHeight / 2);

    River river;
    river.base = kHeight * (0.38 + rng.bounded(20) / 100.0);
    river.amplitude = 180.0 + rng.bounded(200);
    river.wavelength = 3600.0 + rng.bounded(2400);
    river.phase = rng.bounded(628) / 100.0;
    const QString riverName = QStringLiteral("%1 River").arg(QLatin1String(kParkNames[rng.bounded(16)]));

    // Street names: the east-west streets take shuffled names, so each seed has its own map.
    QStringList eastWest;
    for (const char *n : kEastWestNames)
        eastWest.append(QLatin1String(n));
    for (qsizetype i = eastWest.size() - 1; i > 0; --i)
        eastWest.swapItemsAt(i, rng.bounded(static_cast<int>(i + 1)));
    std::vector<QString> rowStreet(kRows + 1);
    for (int r = 0; r <= kRows; ++r)
        rowStreet[r] = eastWest.at(r % eastWest.size()) +
                       (r % 5 == 0 ? QStringLiteral(" Avenue") : QStringLiteral(" Street"));
    std::vector<QString> columnStreet(kColumns + 1);
    for (int c = 0; c <= kColumns; ++c)
        columnStreet[c] = ordinal(c + 1) + QStringLiteral(" Street");

    // Parks and landmark grounds: blocks without houses, never on the river.
    std::vector<BlockArea> parks;
    std::vector<QString> parkNames;
    const auto blockTouchesRiver = [&](int c, int r) {
        return river.touches(c * kBlockWidth, (c + 1) * kBlockWidth, r * kBlockHeight, (r + 1) * kBlockHeight,
                             20);
    };
    const auto overlapsAny = [](const std::vector<BlockArea> &areas, const BlockArea &a) {
        for (const BlockArea &b : areas)
            if (a.col0 <= b.col1 + 1 && a.col1 + 1 >= b.col0 && a.row0 <= b.row1 + 1 && a.row1 + 1 >= b.row0)
                return true;
        return false;
    };
    for (int attempt = 0; parks.size() < 12 && attempt < 400; ++attempt) {
        BlockArea a;
        a.col0 = 1 + rng.bounded(kColumns - 4);
        a.row0 = 1 + rng.bounded(kRows - 4);
        a.col1 = a.col0 + rng.bounded(3);
        a.row1 = a.row0 + rng.bounded(2);
        bool wet = false;
        for (int c = a.col0; c <= a.col1; ++c)
            for (int r = a.row0; r <= a.row1; ++r)
                wet = wet || blockTouchesRiver(c, r);
        if (wet || overlapsAny(parks, a))
            continue;
        parks.push_back(a);
        parkNames.push_back(QStringLiteral("%1 Park").arg(QLatin1String(kParkNames[parks.size() - 1])));
    }
    const auto inPark = [&](int c, int r) {
        for (const BlockArea &p : parks)
            if (p.contains(c, r))
                return true;
        return false;
    };

    // Streets, one feature per block so each carries its own house-number range.
    // East-west: numbers grow eastwards, 100 per block; odd on the north (left) side.
    for (int r = 0; r <= kRows; ++r) {
        const double y = r * kBlockHeight;
        const char *cls = r % 5 == 0 ? "secondary" : "residential";
        for (int c = 0; c < kColumns; ++c) {
            const double x0 = c * kBlockWidth;
            if (river.touches(x0, x0 + kBlockWidth, y, y, 2))
                continue;
            const int base = (c + 1) * 100;
            city.streets.push_back(
                lineFeature(plane, {{x0, y}, {x0 + kBlockWidth, y}},
                            streetProperties(rowStreet[r], cls, base + 1, base + 99, base, base + 98)));
        }
    }
    // North-south: numbers grow northwards; odd on the west (left) side. Only the bridge
    // streets cross the river.
    for (int c = 0; c <= kColumns; ++c) {
        const double x = c * kBlockWidth;
        const bool bridge = c % kBridgeEvery == 3;
        const char *cls = bridge ? "primary" : (c % 5 == 0 ? "tertiary" : "residential");
        for (int r = 0; r < kRows; ++r) {
            const double y0 = r * kBlockHeight;
            if (!bridge && river.touches(x, x, y0, y0 + kBlockHeight, 2))
                continue;
            const int base = (r + 1) * 100;
            city.streets.push_back(
                lineFeature(plane, {{x, y0}, {x, y0 + kBlockHeight}},
                            streetProperties(columnStreet[c], cls, base + 1, base + 99, base, base + 98)));
        }
    }
    // Two diagonal avenues and a curved parkway across the grid (their bridges included).
    const auto avenue = [&](const QString &name, const char *cls,
                            const std::vector<std::pair<double, double>> &path) {
        for (size_t i = 0; i + 1 < path.size(); ++i) {
            const int base = static_cast<int>(i + 1) * 100;
            city.streets.push_back(
                lineFeature(plane, {path[i], path[i + 1]},
                            streetProperties(name, cls, base + 1, base + 99, base, base + 98)));
        }
    };
    const auto straight = [](double x0, double y0, double x1, double y1, int steps) {
        std::vector<std::pair<double, double>> path;
        for (int i = 0; i <= steps; ++i)
            path.emplace_back(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
        return path;
    };
    const double tilt = rng.bounded(600);
    avenue(QStringLiteral("Liberty Avenue"), "primary",
           straight(600 + tilt, 0, kWidth - 900 + tilt, kHeight, 24));
    avenue(QStringLiteral("Commonwealth Avenue"), "primary",
           straight(0, kHeight - 700 - tilt, kWidth, 900 + tilt, 24));
    {
        std::vector<std::pair<double, double>> arc;
        const double radius = 1500 + rng.bounded(500);
        for (int deg = 200; deg <= 340; deg += 7) {
            const double a = deg * std::numbers::pi / 180.0;
            arc.emplace_back(kWidth / 2 + radius * std::cos(a), kHeight * 0.72 + radius * std::sin(a));
        }
        avenue(QStringLiteral("Crescent Parkway"), "secondary", arc);
    }

    // The river as water, wider than the city so it runs off the map's edges.
    {
        std::vector<std::pair<double, double>> outline;
        for (double x = -600; x <= kWidth + 600; x += 50)
            outline.emplace_back(x, river.centreY(x) - kRiverWidth / 2);
        for (double x = kWidth + 600; x >= -600; x -= 50)
            outline.emplace_back(x, river.centreY(x) + kRiverWidth / 2);
        city.areas.push_back(polygonFeature(
            plane, outline,
            {{QStringLiteral("kind"), QStringLiteral("water")}, {QStringLiteral("name"), riverName}}));
    }
    for (size_t i = 0; i < parks.size(); ++i) {
        const BlockArea &p = parks[i];
        city.areas.push_back(polygonFeature(
            plane,
            rectangle(p.col0 * kBlockWidth + 8, p.row0 * kBlockHeight + 8, (p.col1 + 1) * kBlockWidth - 8,
                      (p.row1 + 1) * kBlockHeight - 8),
            {{QStringLiteral("kind"), QStringLiteral("park")}, {QStringLiteral("name"), parkNames[i]}}));
    }

    // Council districts: columns of the city, each split in a north and a south half.
    const int columns = 4 + rng.bounded(3); // 8, 10 or 12 districts
    std::vector<int> columnEdges{0};
    for (int i = 1; i < columns; ++i)
        columnEdges.push_back(i * kColumns / columns + rng.bounded(3) - 1);
    columnEdges.push_back(kColumns);
    std::vector<int> splitRow;
    for (int i = 0; i < columns; ++i)
        splitRow.push_back(kRows * 2 / 5 + rng.bounded(kRows / 5));
    const auto districtOf = [&](double x, double y) {
        int col = 0;
        while (col + 1 < columns && x >= columnEdges[col + 1] * kBlockWidth)
            ++col;
        return col * 2 + (y >= splitRow[col] * kBlockHeight ? 1 : 0);
    };
    for (int col = 0; col < columns; ++col) {
        const double x0 = col == 0 ? -400 : columnEdges[col] * kBlockWidth;
        const double x1 = col == columns - 1 ? kWidth + 400 : columnEdges[col + 1] * kBlockWidth;
        const double ySplit = splitRow[col] * kBlockHeight;
        for (int half = 0; half < 2; ++half) {
            const int number = col * 2 + half + 1;
            const QString name = QStringLiteral("District %1").arg(number);
            city.districtNames.push_back(name);
            city.districts.push_back(polygonFeature(
                plane, half == 0 ? rectangle(x0, -400, x1, ySplit) : rectangle(x0, ySplit, x1, kHeight + 400),
                {{QStringLiteral("name"), name},
                 {QStringLiteral("code"), QStringLiteral("D%1").arg(number)},
                 {QStringLiteral("council_member"),
                  QLatin1String(kCouncilMembers[(number - 1 + seed) % 12])}}));
        }
    }
    city.addressesByDistrict.resize(city.districts.size());

    // Address points: ten lots on each east-west face of a block and three on each north-south
    // face, set back from the street, none in parks or the river.
    const auto addAddress = [&](const QString &number, const QString &street, double x, double y) {
        if (river.touches(x, x, y, y, 12))
            return;
        const int district = districtOf(x, y);
        AddressRecord a;
        a.number = number;
        a.street = street;
        a.postcode = QStringLiteral("06%1").arg(410 + district);
        a.point = plane.toGeo(x, y);
        city.addressesByDistrict[district].push_back(static_cast<int>(city.addresses.size()));
        city.addresses.push_back(a);
    };
    for (int c = 0; c < kColumns; ++c) {
        for (int r = 0; r < kRows; ++r) {
            if (inPark(c, r))
                continue;
            const double x0 = c * kBlockWidth;
            const double y0 = r * kBlockHeight;
            for (int k = 0; k < 10; ++k) {
                const double x = x0 + 14 + k * (kBlockWidth - 28) / 9.0;
                // South face: the north side of street r (odd numbers).
                addAddress(QString::number((c + 1) * 100 + 1 + 2 * k), rowStreet[r], x, y0 + kSetback);
                // North face: the south side of street r + 1 (even numbers).
                addAddress(QString::number((c + 1) * 100 + 2 * k), rowStreet[r + 1], x,
                           y0 + kBlockHeight - kSetback);
            }
            for (int k = 0; k < 3; ++k) {
                const double y = y0 + 30 + k * 25.0;
                // West face: the east side of street c (even numbers).
                addAddress(QString::number((r + 1) * 100 + 2 * (k + 1)), columnStreet[c], x0 + kSetback, y);
                // East face: the west side of street c + 1 (odd numbers).
                addAddress(QString::number((r + 1) * 100 + 1 + 2 * (k + 1)), columnStreet[c + 1],
                           x0 + kBlockWidth - kSetback, y);
            }
        }
    }

    // Landmarks stand on a lot of a block: city hall near the centre, a main library and
    // branches, schools, a fire station; parks are landmarks too.
    const auto landmarkAt = [&](const QString &name, const QString &kind, int c, int r) {
        const double x = c * kBlockWidth + kBlockWidth / 2;
        const double y = r * kBlockHeight + kSetback;
        DemoLandmark l;
        l.name = name;
        l.kind = kind;
        l.address = QStringLiteral("%1 %2").arg((c + 1) * 100 + 11).arg(rowStreet[r]);
        l.point = plane.toGeo(x, y);
        city.landmarks.push_back(l);
        city.areas.push_back(polygonFeature(
            plane, rectangle(x - 30, y + 4, x + 30, y + 40),
            {{QStringLiteral("kind"), QStringLiteral("building")}, {QStringLiteral("name"), name}}));
    };
    const auto dryBlock = [&](int c, int r) {
        for (int tries = 0; tries < 40 && (blockTouchesRiver(c, r) || inPark(c, r)); ++tries) {
            c = 2 + rng.bounded(kColumns - 4);
            r = 2 + rng.bounded(kRows - 4);
        }
        return std::pair{c, r};
    };
    {
        auto [c, r] = dryBlock(kColumns / 2, kRows / 2 + 6);
        landmarkAt(QStringLiteral("%1 City Hall").arg(city.name), QStringLiteral("city_hall"), c, r);
        std::tie(c, r) = dryBlock(kColumns / 2 + 2, kRows / 2 + 8);
        landmarkAt(QStringLiteral("%1 Public Library").arg(city.name), QStringLiteral("library"), c, r);
        for (int i = 0; i < 3; ++i) {
            std::tie(c, r) = dryBlock(3 + rng.bounded(kColumns - 6), 3 + rng.bounded(kRows - 6));
            landmarkAt(QStringLiteral("%1 Branch Library").arg(rowStreet[r].section(u' ', 0, 0)),
                       QStringLiteral("library"), c, r);
        }
        for (int i = 0; i < 8; ++i) {
            std::tie(c, r) = dryBlock(3 + rng.bounded(kColumns - 6), 3 + rng.bounded(kRows - 6));
            landmarkAt(QStringLiteral("%1 %2 School")
                           .arg(QLatin1String(kSchoolNames[i]),
                                i < 5 ? QStringLiteral("Elementary") : QStringLiteral("Middle")),
                       QStringLiteral("school"), c, r);
        }
        std::tie(c, r) = dryBlock(kColumns / 3, kRows / 3);
        landmarkAt(QStringLiteral("Fire Station 1"), QStringLiteral("fire_station"), c, r);
        std::tie(c, r) = dryBlock(2 * kColumns / 3, 2 * kRows / 3);
        landmarkAt(QStringLiteral("%1 Community Centre")
                       .arg(parkNames.empty() ? city.name : parkNames.front().section(u' ', 0, 0)),
                   QStringLiteral("community_centre"), c, r);
    }
    for (size_t i = 0; i < parks.size(); ++i) {
        const BlockArea &p = parks[i];
        DemoLandmark l;
        l.name = parkNames[i];
        l.kind = QStringLiteral("park");
        l.address = QStringLiteral("%1 %2").arg((p.col0 + 1) * 100 + 1).arg(rowStreet[p.row0]);
        l.point =
            plane.toGeo((p.col0 + p.col1 + 1) * kBlockWidth / 2, (p.row0 + p.row1 + 1) * kBlockHeight / 2);
        city.landmarks.push_back(l);
    }

    // Routing: each service to its agency, in that agency's queue for the district; anything
    // else to the 311 centre's general queue.
    QJsonArray rules;
    rules.append(QJsonObject{{QStringLiteral("agency"), QStringLiteral("CS311")},
                             {QStringLiteral("queue"), QStringLiteral("311 General")}});
    for (const Service &s : catalog.services()) {
        for (size_t d = 0; d < city.districtNames.size(); ++d) {
            rules.append(QJsonObject{
                {QStringLiteral("service_code"), s.code},
                {QStringLiteral("district"), city.districtNames[d]},
                {QStringLiteral("agency"), s.agencyId},
                {QStringLiteral("queue"),
                 QStringLiteral("%1 %2 D%3").arg(s.agencyId, s.group.section(u' ', 0, 0)).arg(d + 1)}});
        }
    }
    city.routingRulesJson =
        QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson(QJsonDocument::Compact);
    return city;
}

} // namespace civicdesk::core

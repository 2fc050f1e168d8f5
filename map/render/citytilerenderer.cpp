#include "map/render/citytilerenderer.h"

#include "core/geo/citylayerstore.h"
#include "map/projection/webmercator.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::map {

namespace {

using core::CityLayerStore;

// Land: the colour under everything, and of a tile with nothing on it.
const QColor kLand(0xf2, 0xef, 0xe9);
using core::GeoPoint;

// Web Mercator without building a QGeoCoordinate per vertex: this runs for every vertex drawn.
struct Projector
{
    double worldSize;
    QPointF origin;
    QPointF operator()(GeoPoint p) const
    {
        const double lat = std::clamp(p.lat, -webmercator::kMaxLatitude, webmercator::kMaxLatitude) *
                           std::numbers::pi / 180.0;
        const double x = (p.lon + 180.0) / 360.0 * worldSize;
        const double y =
            (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0 * worldSize;
        return QPointF(x, y) - origin;
    }
};

struct AreaStyle
{
    const char *kind;
    QColor fill;
    QColor outline;
    int order;
};

const AreaStyle kAreaStyles[] = {
    {"land", QColor(0xf2, 0xef, 0xe9), QColor(), 0},
    {"landuse", QColor(0xe4, 0xe0, 0xd8), QColor(), 1},
    {"beach", QColor(0xff, 0xf1, 0xba), QColor(), 2},
    {"wood", QColor(0xad, 0xd1, 0x9e), QColor(), 3},
    {"park", QColor(0xc8, 0xfa, 0xcc), QColor(0xa3, 0xd9, 0xa8), 4},
    {"pitch", QColor(0xaa, 0xe0, 0xcb), QColor(0x88, 0xc4, 0xad), 5},
    {"water", QColor(0xaa, 0xd3, 0xdf), QColor(0x8c, 0xbc, 0xcc), 6},
    {"building", QColor(0xd9, 0xd0, 0xc9), QColor(0xc4, 0xb6, 0xab), 7},
};

const AreaStyle *areaStyle(const QString &kind)
{
    for (const AreaStyle &s : kAreaStyles)
        if (kind == QLatin1String(s.kind))
            return &s;
    return nullptr;
}

struct StreetStyle
{
    QColor fill;
    QColor casing;
    double widthAt16; // pixels at zoom 16
    int rank;         // drawing order, higher on top
    int minZoom;
    bool dashed;
};

StreetStyle streetStyle(const QString &cls)
{
    const QString c = cls.endsWith(QStringLiteral("_link")) ? cls.left(cls.size() - 5) : cls;
    if (c == QLatin1String("motorway"))
        return {QColor(0xe8, 0x92, 0xa2), QColor(0xc2, 0x4e, 0x6b), 9, 9, 5, false};
    if (c == QLatin1String("trunk"))
        return {QColor(0xf9, 0xb2, 0x9c), QColor(0xc8, 0x4e, 0x2f), 8.5, 8, 5, false};
    if (c == QLatin1String("primary"))
        return {QColor(0xfc, 0xd6, 0xa4), QColor(0xa0, 0x6b, 0x00), 7.5, 7, 8, false};
    if (c == QLatin1String("secondary"))
        return {QColor(0xf7, 0xfa, 0xbf), QColor(0x70, 0x7d, 0x05), 7, 6, 9, false};
    if (c == QLatin1String("tertiary"))
        return {QColor(0xff, 0xff, 0xff), QColor(0x8f, 0x8f, 0x8f), 6.5, 5, 10, false};
    if (c == QLatin1String("residential") || c == QLatin1String("unclassified") ||
        c == QLatin1String("living_street") || c == QLatin1String("road"))
        return {QColor(0xff, 0xff, 0xff), QColor(0xb0, 0xb0, 0xb0), 5.5, 4, 12, false};
    if (c == QLatin1String("pedestrian"))
        return {QColor(0xdd, 0xdd, 0xe8), QColor(0xa9, 0xa9, 0xb8), 4.5, 3, 13, false};
    if (c == QLatin1String("service"))
        return {QColor(0xff, 0xff, 0xff), QColor(0xbb, 0xbb, 0xbb), 3, 2, 14, false};
    if (c == QLatin1String("construction") || c == QLatin1String("proposed"))
        return {QColor(0xff, 0xff, 0xff), QColor(), 3, 1, 15, true};
    // footway, path, steps, cycleway, track, corridor...
    return {QColor(0xfa, 0x80, 0x72), QColor(), 1.6, 0, 15, true};
}

double scaledWidth(double widthAt16, double zoom)
{
    // Roads grow with zoom but never vanish nor swamp the map.
    return std::clamp(widthAt16 * std::pow(2.0, (zoom - 16.0) * 0.75), 0.6, widthAt16 * 2.5);
}

QPainterPath ringPath(const core::GeoRing &ring, const Projector &project)
{
    QPainterPath path;
    for (size_t i = 0; i < ring.size(); ++i) {
        const QPointF p = project(ring[i]);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath polygonPath(const core::Geometry &g, const Projector &project)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &part : g.parts)
        for (const auto &ring : part)
            path.addPath(ringPath(ring, project));
    return path;
}

QPolygonF linePolygon(const core::GeoRing &line, const Projector &project)
{
    QPolygonF poly;
    poly.reserve(static_cast<qsizetype>(line.size()));
    for (const GeoPoint &p : line)
        poly.append(project(p));
    return poly;
}

void drawHaloText(QPainter &painter, const QPointF &at, double angleDeg, const QString &text,
                  const QFont &font, const QColor &color)
{
    QPainterPath path;
    const QFontMetricsF metrics(font);
    path.addText(-metrics.horizontalAdvance(text) / 2, metrics.ascent() / 2 - 1, font, text);
    painter.save();
    painter.translate(at);
    painter.rotate(angleDeg);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
    painter.restore();
}

// Places text along a polyline; returns false (drawing nothing) when it does not fit.
bool drawLabelAlong(QPainter &painter, const QPolygonF &line, const QString &text, const QFont &font,
                    const QRectF &frame, QList<QRectF> &placed)
{
    QPainterPath path;
    path.addPolygon(line);
    const double length = path.length();
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    if (length < width + 16)
        return false;
    double start = (length - width) / 2;
    // Text reads left to right: walk the line backwards when it runs westward.
    const double midAngle = path.angleAtPercent(path.percentAtLength(length / 2));
    const bool reversed = midAngle > 90 && midAngle < 270;
    std::vector<std::pair<QPointF, double>> glyphs;
    QRectF bounds;
    double previousAngle = 0;
    double turned = 0;
    double offset = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const double advance = metrics.horizontalAdvance(text.at(i));
        double at = start + offset + advance / 2;
        if (reversed)
            at = length - at;
        const qreal percent = path.percentAtLength(at);
        double angle = -path.angleAtPercent(percent);
        if (reversed)
            angle += 180;
        if (i > 0) {
            double delta = std::fmod(angle - previousAngle + 540.0, 360.0) - 180.0;
            turned += std::abs(delta);
            if (std::abs(delta) > 35 || turned > 70)
                return false;
        }
        previousAngle = angle;
        const QPointF point = path.pointAtPercent(percent);
        glyphs.push_back({point, angle});
        const double r = metrics.height() / 2 + 1;
        bounds |= QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r);
        offset += advance;
    }
    if (!frame.contains(bounds))
        return false;
    for (const QRectF &other : placed)
        if (other.intersects(bounds))
            return false;
    placed.append(bounds);
    // Halo first for every glyph, then the glyphs, so neighbours' halos do not cover letters.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            QPainterPath glyph;
            const double advance = metrics.horizontalAdvance(text.at(i));
            glyph.addText(-advance / 2, metrics.ascent() / 2 - 1, font, QString(text.at(i)));
            painter.save();
            painter.translate(glyphs[i].first);
            painter.rotate(glyphs[i].second);
            if (pass == 0) {
                painter.setPen(
                    QPen(QColor(255, 255, 255, 230), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.setBrush(Qt::NoBrush);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0x33, 0x33, 0x33));
            }
            painter.drawPath(glyph);
            painter.restore();
        }
    }
    return true;
}

} // namespace

CityTileRenderer::CityTileRenderer(const core::Database &db) : m_db(db) {}

QString CityTileRenderer::name() const
{
    return QStringLiteral("City layers");
}

QString CityTileRenderer::attribution() const
{
    return CityLayerStore(m_db).attributions().join(QStringLiteral(" | "));
}

QColor CityTileRenderer::background() const
{
    return kLand;
}

QRectF CityTileRenderer::coverage() const
{
    QMutexLocker lock(&m_coverageMutex);
    if (!m_coverage) {
        // Streets and districts outline the city; areas add parks and water at its edge.
        const core::GeoBox box = CityLayerStore(m_db).extent(
            {CityLayerStore::Layer::Streets, CityLayerStore::Layer::Districts, CityLayerStore::Layer::Areas});
        if (!box.isValid()) {
            m_coverage = QRectF();
        } else {
            // Units of the whole world; a little margin for strokes and labels at the edge.
            const QPointF nw =
                webmercator::toWorld(QGeoCoordinate(box.maxLat, box.minLon), 0) / webmercator::kTileSize;
            const QPointF se =
                webmercator::toWorld(QGeoCoordinate(box.minLat, box.maxLon), 0) / webmercator::kTileSize;
            constexpr double kMargin = 1e-5; // about 400 m at the equator
            m_coverage = QRectF(nw, se).normalized().adjusted(-kMargin, -kMargin, kMargin, kMargin);
        }
    }
    return *m_coverage;
}

QImage CityTileRenderer::tile(const TileId &id, qreal devicePixelRatio)
{
    if (!id.isValid() || !covers(id))
        return {};
    const qreal dpr = std::clamp(devicePixelRatio, 1.0, 4.0);
    const int px = static_cast<int>(std::lround(webmercator::kTileSize * dpr));
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    const bool drawn = paint(painter, QPointF(id.x * webmercator::kTileSize, id.y * webmercator::kTileSize),
                             QSizeF(webmercator::kTileSize, webmercator::kTileSize), id.z);
    painter.end();
    return drawn ? image : QImage();
}

bool CityTileRenderer::paint(QPainter &painter, const QPointF &worldTopLeft, const QSizeF &size,
                             double zoom) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF frame(QPointF(0, 0), size);
    painter.fillRect(frame, kLand);
    painter.setClipRect(frame);

    const Projector project{webmercator::worldSize(zoom), worldTopLeft};
    // Fetch a margin around the frame: wide strokes and labels of features just outside.
    const double margin = 24.0;
    const QGeoCoordinate nw = webmercator::toCoordinate(worldTopLeft - QPointF(margin, margin), zoom);
    const QGeoCoordinate se = webmercator::toCoordinate(
        worldTopLeft + QPointF(size.width() + margin, size.height() + margin), zoom);
    const core::GeoBox box{nw.longitude(), se.latitude(), se.longitude(), nw.latitude()};
    const CityLayerStore store(m_db);

    // Areas, in a fixed order (land use under parks under water under buildings).
    std::vector<CityLayerStore::Area> areas;
    store.forEachArea(box, [&](const CityLayerStore::Area &a) {
        if (areaStyle(a.kind) && (a.kind != QLatin1String("building") || zoom >= 14))
            areas.push_back(a);
    });
    std::stable_sort(areas.begin(), areas.end(), [](const auto &a, const auto &b) {
        return areaStyle(a.kind)->order < areaStyle(b.kind)->order;
    });
    for (const auto &a : areas) {
        const AreaStyle *s = areaStyle(a.kind);
        painter.setBrush(s->fill);
        painter.setPen(s->outline.isValid() && zoom >= 14 ? QPen(s->outline, 0.8) : QPen(Qt::NoPen));
        painter.drawPath(polygonPath(a.geometry, project));
    }

    // District boundaries: a soft wide band under a dashed line, as on printed city maps.
    const auto districts = store.districts(box);
    for (const auto &d : districts) {
        const QPainterPath path = polygonPath(d.geometry, project);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0xb0, 0x8a, 0xc0, 90), 6.0));
        painter.drawPath(path);
        painter.setPen(QPen(QColor(0x8e, 0x5a, 0x9e), 1.3, Qt::DashLine));
        painter.drawPath(path);
    }

    // Streets: all casings first, then fills by rank, so crossings join cleanly.
    struct Line
    {
        QPolygonF points;
        StreetStyle style;
        QString name;
        QString cls;
    };
    std::vector<Line> lines;
    store.forEachStreet(box, [&](const CityLayerStore::Street &s) {
        const StreetStyle style = streetStyle(s.streetClass);
        if (zoom < style.minZoom)
            return;
        for (const auto &part : s.geometry.parts)
            lines.push_back({linePolygon(part.front(), project), style, s.name, s.streetClass});
    });
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.style.rank < b.style.rank; });
    painter.setBrush(Qt::NoBrush);
    for (const Line &l : lines) {
        if (!l.style.casing.isValid())
            continue;
        const double w = scaledWidth(l.style.widthAt16, zoom);
        painter.setPen(
            QPen(l.style.casing, w + (zoom >= 15 ? 1.6 : 1.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(l.points);
    }
    for (const Line &l : lines) {
        const double w = scaledWidth(l.style.widthAt16, zoom);
        QPen pen(l.style.fill, w, Qt::SolidLine, l.style.dashed ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin);
        if (l.style.dashed)
            pen.setDashPattern({2.0, 1.5});
        painter.setPen(pen);
        painter.drawPolyline(l.points);
    }

    // Street names follow the street, glyph by glyph, centred on the line's middle. A label is
    // drawn only when it fits wholly inside the frame (never cut at tile edges), does not
    // overlap another, and its stretch of street does not bend sharply.
    if (zoom >= 14) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(zoom >= 17 ? 12 : 10);
        const QFontMetricsF metrics(font);
        QList<QRectF> placed;
        QSet<QString> named;
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            const Line &l = *it;
            if (l.name.isEmpty() || l.style.rank < 2 || named.contains(l.name) ||
                (zoom < 15 && l.style.rank < 6))
                continue;
            if (drawLabelAlong(painter, l.points, l.name, font, frame, placed))
                named.insert(l.name);
        }
    }

    // District names at low and middle zooms, centred in the district's box when it lies inside.
    if (zoom <= 16) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(zoom >= 15 ? 15 : 13);
        font.setBold(true);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
        const QFontMetricsF metrics(font);
        for (const auto &d : districts) {
            const core::GeoBox b = d.geometry.bounds();
            const GeoPoint centre{(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2};
            if (!core::geometry::contains(d.geometry, centre))
                continue;
            const QPointF at = project(centre);
            const QString label = d.name.toUpper();
            const QRectF bounds(at.x() - metrics.horizontalAdvance(label) / 2 - 3,
                                at.y() - metrics.height() / 2, metrics.horizontalAdvance(label) + 6,
                                metrics.height());
            if (frame.contains(bounds))
                drawHaloText(painter, at, 0, label, font, QColor(0x7a, 0x4a, 0x8a));
        }
    }
    painter.setClipping(false);
    return !areas.empty() || !districts.empty() || !lines.empty();
}

} // namespace civicdesk::map

#include "core/geo/geojsonreader.h"

#include "core/domain/error.h"
#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace civicdesk::core {

namespace {

// Thrown inside one feature; the feature is skipped and counted under reason.
struct SkipFeature
{
    QString reason;
    QString detail;
};

GeoPoint position(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "invalid position"), QCoreApplication::translate("GeoJsonReader", "a position must be [longitude, latitude]")};
    const GeoPoint p{a.at(0).toDouble(), a.at(1).toDouble()};
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "invalid position"), QCoreApplication::translate("GeoJsonReader", "a coordinate is not a finite number")};
    if (std::abs(p.lon) > 180.0 || std::abs(p.lat) > 90.0)
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "looks projected (EPSG:3857?)"),
                          QCoreApplication::translate("GeoJsonReader", "%1, %2 are not degrees of longitude and latitude").arg(p.lon, 0, 'f', 1).arg(p.lat, 0, 'f', 1)};
    return p;
}

GeoRing positions(const QJsonValue &value)
{
    if (!value.isArray())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "invalid coordinates"), QCoreApplication::translate("GeoJsonReader", "expected an array of positions")};
    GeoRing ring;
    const QJsonArray a = value.toArray();
    ring.reserve(a.size());
    for (const QJsonValue &v : a)
        ring.push_back(position(v));
    return ring;
}

std::vector<GeoRing> polygon(const QJsonValue &value)
{
    if (!value.isArray())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "invalid coordinates"), QCoreApplication::translate("GeoJsonReader", "expected an array of rings")};
    std::vector<GeoRing> rings;
    for (const QJsonValue &r : value.toArray()) {
        GeoRing ring = positions(r);
        if (ring.empty() && rings.empty())
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), {}};
        if (!geometry::isClosed(ring))
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "unclosed ring"), QCoreApplication::translate("GeoJsonReader", "the first and last positions of ring %1 differ").arg(rings.size())};
        if (ring.size() < 4)
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "ring has fewer than 4 positions"), {}};
        if (geometry::selfIntersects(ring))
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "self-intersecting ring"), QCoreApplication::translate("GeoJsonReader", "two edges of ring %1 cross").arg(rings.size())};
        rings.push_back(std::move(ring));
    }
    if (rings.empty())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), {}};
    return rings;
}

QJsonArray array(const QJsonObject &geometry)
{
    const QJsonValue c = geometry.value(QStringLiteral("coordinates"));
    if (!c.isArray())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), QCoreApplication::translate("GeoJsonReader", "no \"coordinates\" array")};
    const QJsonArray a = c.toArray();
    if (a.isEmpty())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), {}};
    return a;
}

} // namespace

GeoJsonReader::GeoJsonReader(QString sourceName)
    : m_source(std::move(sourceName))
{
    m_report.source = m_source;
}

std::vector<GeoFeature> GeoJsonReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QCoreApplication::translate("GeoJsonReader", "%1: no such file").arg(path));
    if (info.size() > m_maxBytes)
        throw Error(QCoreApplication::translate("GeoJsonReader", "%1: the file is %2; CivicDesk reads GeoJSON of at most %3 at once. Split it into smaller "
                       "files (for example with ogr2ogr -spat) and import them one by one.")
                        .arg(path, QLocale::c().formattedDataSize(info.size()), QLocale::c().formattedDataSize(m_maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return read(file.readAll());
}

std::vector<GeoFeature> GeoJsonReader::read(const QByteArray &json)
{
    m_report = GeoImportReport{};
    m_report.source = m_source;
    if (json.size() > m_maxBytes)
        throw Error(QCoreApplication::translate("GeoJsonReader", "%1: the document is larger than %2").arg(m_source, QLocale::c().formattedDataSize(m_maxBytes)));
    const QJsonObject root = jsontext::parseObject(json, m_source);
    const QString type = root.value(QStringLiteral("type")).toString();

    QJsonArray features;
    if (type == QLatin1String("FeatureCollection")) {
        const QJsonValue f = root.value(QStringLiteral("features"));
        if (!f.isArray())
            throw Error(QCoreApplication::translate("GeoJsonReader", "%1: features: a FeatureCollection needs a \"features\" array").arg(m_source),
                        {{QStringLiteral("features"), QCoreApplication::translate("GeoJsonReader", "missing or not an array")}});
        features = f.toArray();
    } else if (type == QLatin1String("Feature")) {
        features.append(root);
    } else if (!type.isEmpty() && root.contains(QStringLiteral("coordinates"))) {
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), root}});
    } else {
        throw Error(QCoreApplication::translate("GeoJsonReader", "%1: type: expected \"FeatureCollection\", \"Feature\" or a geometry, found \"%2\"")
                        .arg(m_source, type),
                    {{QStringLiteral("type"), QCoreApplication::translate("GeoJsonReader", "not GeoJSON")}});
    }

    std::vector<GeoFeature> result;
    result.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        ++m_report.read;
        const QString where = QStringLiteral("features[%1]").arg(i);
        const QJsonValue fv = features.at(i);
        try {
            if (!fv.isObject())
                throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "not a Feature object"), {}};
            const QJsonObject feature = fv.toObject();
            const QJsonValue g = feature.value(QStringLiteral("geometry"));
            if (!g.isObject())
                throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), QCoreApplication::translate("GeoJsonReader", "\"geometry\" is missing or null")};
            GeoFeature out;
            out.geometry = parseGeometry(g.toObject());
            out.properties = feature.value(QStringLiteral("properties")).toObject();
            out.index = static_cast<int>(i);
            result.push_back(std::move(out));
            ++m_report.imported;
        } catch (const SkipFeature &skip) {
            m_report.skip(skip.detail.isEmpty() ? where : QStringLiteral("%1.geometry (%2)").arg(where, skip.detail),
                          skip.reason);
        }
    }
    if (result.empty() && m_report.read > 0) {
        QString reason;
        int most = 0;
        for (auto it = m_report.skippedByReason.cbegin(); it != m_report.skippedByReason.cend(); ++it)
            if (it.value() > most)
                most = it.value(), reason = it.key();
        throw Error(QCoreApplication::translate("GeoJsonReader", "%1: no usable feature among %2: %3 (%4)")
                        .arg(m_source)
                        .arg(m_report.read)
                        .arg(reason, m_report.messages.value(0)),
                    {{QStringLiteral("features"), reason}});
    }
    return result;
}

Geometry GeoJsonReader::parseGeometry(const QJsonObject &g) const
{
    const QString type = g.value(QStringLiteral("type")).toString();
    Geometry out;
    if (type == QLatin1String("Point")) {
        out.kind = Geometry::Kind::Point;
        if (g.value(QStringLiteral("coordinates")).toArray().isEmpty())
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), {}};
        out.parts.push_back({GeoRing{position(g.value(QStringLiteral("coordinates")))}});
    } else if (type == QLatin1String("MultiPoint")) {
        out.kind = Geometry::Kind::Point;
        for (const QJsonValue &p : array(g))
            out.parts.push_back({GeoRing{position(p)}});
    } else if (type == QLatin1String("LineString")) {
        out.kind = Geometry::Kind::Line;
        GeoRing line = positions(array(g));
        if (line.size() < 2)
            throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "line has fewer than 2 positions"), {}};
        out.parts.push_back({std::move(line)});
    } else if (type == QLatin1String("MultiLineString")) {
        out.kind = Geometry::Kind::Line;
        for (const QJsonValue &l : array(g)) {
            GeoRing line = positions(l);
            if (line.size() < 2)
                throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "line has fewer than 2 positions"), {}};
            out.parts.push_back({std::move(line)});
        }
    } else if (type == QLatin1String("Polygon")) {
        out.kind = Geometry::Kind::Polygon;
        out.parts.push_back(polygon(array(g)));
    } else if (type == QLatin1String("MultiPolygon")) {
        out.kind = Geometry::Kind::Polygon;
        for (const QJsonValue &p : array(g))
            out.parts.push_back(polygon(p));
    } else if (type == QLatin1String("GeometryCollection")) {
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "GeometryCollection is not supported"), {}};
    } else {
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "unknown geometry type"), QCoreApplication::translate("GeoJsonReader", "\"%1\"").arg(type)};
    }
    if (out.isEmpty())
        throw SkipFeature{QCoreApplication::translate("GeoJsonReader", "empty geometry"), {}};
    return out;
}

} // namespace civicdesk::core

#include "core/geo/citylayerstore.h"

#include "core/domain/error.h"
#include "core/geo/addressnormalizer.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace civicdesk::core {

namespace {

const char *const kOsmAttribution = "\u00a9 OpenStreetMap contributors";

std::optional<int> intProperty(const QJsonObject &p, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = p.value(QLatin1String(k));
        if (v.isDouble())
            return static_cast<int>(v.toDouble());
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString stringProperty(const QJsonObject &p, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = p.value(QLatin1String(k));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
    }
    return {};
}

// OSM-derived files carry OSM's tag names; their data needs OSM's attribution.
bool looksLikeOsm(const std::vector<GeoFeature> &features)
{
    for (const auto &f : features) {
        const QJsonObject &p = f.properties;
        if (p.contains(QStringLiteral("osm_id")) || p.contains(QStringLiteral("highway")) ||
            p.contains(QStringLiteral("other_tags")) || p.contains(QStringLiteral("admin_level")) ||
            p.contains(QStringLiteral("leisure")) || p.contains(QStringLiteral("natural")))
            return true;
    }
    return false;
}

void insertBox(const QSqlDatabase &db, const QString &table, qint64 id, const GeoBox &b)
{
    SqlQuery(db,
             QStringLiteral("INSERT INTO %1 (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)")
                 .arg(table))
        .bind(0, id)
        .bind(1, b.minLon)
        .bind(2, b.maxLon)
        .bind(3, b.minLat)
        .bind(4, b.maxLat)
        .exec();
}

// Columns: id, name, class, from_left, to_left, from_right, to_right, geometry.
CityLayerStore::Street streetFromRow(SqlQuery &q)
{
    const auto optional = [&q](int c) {
        return q.value(c).isNull() ? std::nullopt : std::optional<int>(q.value(c).toInt());
    };
    CityLayerStore::Street s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.streetClass = q.value(2).toString();
    s.fromLeft = optional(3);
    s.toLeft = optional(4);
    s.fromRight = optional(5);
    s.toRight = optional(6);
    s.geometry = Geometry::fromBlob(q.value(7).toByteArray());
    return s;
}

} // namespace

CityLayerStore::CityLayerStore(const Database &db) : m_db(db) {}

QString CityLayerStore::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Districts:
        return QStringLiteral("districts");
    case Layer::Streets:
        return QStringLiteral("streets");
    case Layer::Areas:
        return QStringLiteral("areas");
    case Layer::Addresses:
        return QStringLiteral("addresses");
    }
    return {};
}

std::optional<CityLayerStore::Layer> CityLayerStore::layerFromName(const QString &name)
{
    for (Layer l : {Layer::Districts, Layer::Streets, Layer::Areas, Layer::Addresses})
        if (layerName(l) == name)
            return l;
    return std::nullopt;
}

QString CityLayerStore::otherTag(const QString &otherTags, const QString &key)
{
    // ogr2ogr writes unmapped OSM tags as "key"=>"value" pairs, quotes escaped with a backslash.
    const QString needle = QStringLiteral("\"%1\"=>\"").arg(key);
    const qsizetype start = otherTags.indexOf(needle);
    if (start < 0)
        return {};
    QString value;
    for (qsizetype i = start + needle.size(); i < otherTags.size(); ++i) {
        const QChar c = otherTags.at(i);
        if (c == u'\\' && i + 1 < otherTags.size()) {
            value.append(otherTags.at(++i));
        } else if (c == u'"') {
            return value;
        } else {
            value.append(c);
        }
    }
    return value;
}

QString CityLayerStore::areaKind(const QJsonObject &p)
{
    const QString kind = p.value(QStringLiteral("kind")).toString();
    if (!kind.isEmpty())
        return kind.toLower();
    const QString leisure = p.value(QStringLiteral("leisure")).toString();
    const QString natural = p.value(QStringLiteral("natural")).toString();
    const QString landuse = p.value(QStringLiteral("landuse")).toString();
    const QString building = p.value(QStringLiteral("building")).toString();
    const QString water = p.value(QStringLiteral("water")).toString();
    if (natural == QLatin1String("water") || natural == QLatin1String("bay") || !water.isEmpty() ||
        leisure == QLatin1String("marina") || leisure == QLatin1String("swimming_pool") ||
        landuse == QLatin1String("reservoir") || landuse == QLatin1String("basin"))
        return QStringLiteral("water");
    if (!building.isEmpty() && building != QLatin1String("no"))
        return QStringLiteral("building");
    if (leisure == QLatin1String("park") || leisure == QLatin1String("garden") ||
        leisure == QLatin1String("dog_park") || leisure == QLatin1String("playground") ||
        leisure == QLatin1String("miniature_golf") || landuse == QLatin1String("grass") ||
        landuse == QLatin1String("recreation_ground") || landuse == QLatin1String("cemetery") ||
        landuse == QLatin1String("village_green"))
        return QStringLiteral("park");
    if (natural == QLatin1String("wood") || landuse == QLatin1String("forest") ||
        natural == QLatin1String("scrub"))
        return QStringLiteral("wood");
    if (natural == QLatin1String("beach") || natural == QLatin1String("sand"))
        return QStringLiteral("beach");
    if (leisure == QLatin1String("pitch") || leisure == QLatin1String("stadium") ||
        leisure == QLatin1String("sports_centre") || leisure == QLatin1String("track"))
        return QStringLiteral("pitch");
    if (natural == QLatin1String("coastline"))
        return QStringLiteral("land");
    if (!landuse.isEmpty())
        return QStringLiteral("landuse");
    return {};
}

void CityLayerStore::clear(Layer layer) const
{
    const QSqlDatabase db = m_db.connection();
    switch (layer) {
    case Layer::Districts:
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_districts"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_districts_rtree"));
        break;
    case Layer::Streets:
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_streets"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_streets_rtree"));
        break;
    case Layer::Areas:
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_areas"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_areas_rtree"));
        break;
    case Layer::Addresses:
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_addresses"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM geo_addresses_rtree"));
        break;
    }
    // Names no street or address uses any more go too.
    SqlQuery::execute(
        db, QStringLiteral("DELETE FROM geo_street_names WHERE id NOT IN (SELECT name_id FROM geo_streets "
                           "WHERE name_id IS NOT NULL) AND id NOT IN (SELECT name_id FROM geo_addresses)"));
}

void CityLayerStore::bumpGeneration() const
{
    m_db.setMeta(QStringLiteral("geo.generation"), QString::number(generation() + 1));
}

qint64 CityLayerStore::generation() const
{
    return m_db.meta(QStringLiteral("geo.generation"), QStringLiteral("0")).toLongLong();
}

void CityLayerStore::setAttribution(Layer layer, const QString &attribution) const
{
    m_db.setMeta(QStringLiteral("geo.attribution.%1").arg(layerName(layer)), attribution);
}

QStringList CityLayerStore::attributions() const
{
    QStringList result;
    for (Layer l : {Layer::Streets, Layer::Areas, Layer::Districts, Layer::Addresses}) {
        if (count(l) == 0)
            continue;
        const QString a = m_db.meta(QStringLiteral("geo.attribution.%1").arg(layerName(l)));
        if (!a.isEmpty() && !result.contains(a))
            result.append(a);
    }
    return result;
}

qint64 CityLayerStore::streetNameId(const QString &name) const
{
    const QSqlDatabase db = m_db.connection();
    const QString normalized = AddressNormalizer::normalizeStreet(name);
    SqlQuery find(db, QStringLiteral("SELECT id FROM geo_street_names WHERE normalized = ?"));
    find.bind(0, normalized).exec();
    if (find.next())
        return find.value(0).toLongLong();
    SqlQuery insert(db, QStringLiteral("INSERT INTO geo_street_names (name, normalized) VALUES (?, ?)"));
    insert.bind(0, name).bind(1, normalized).exec();
    return insert.raw().lastInsertId().toLongLong();
}

GeoImportReport CityLayerStore::importFeatures(Layer layer, const std::vector<GeoFeature> &features,
                                               const QString &source, const ImportOne &insertOne)
{
    static const char *const rtrees[] = {"geo_districts_rtree", "geo_streets_rtree", "geo_areas_rtree",
                                         "geo_addresses_rtree"};
    const Geometry::Kind wanted = layer == Layer::Streets ? Geometry::Kind::Line : Geometry::Kind::Polygon;
    GeoImportReport report;
    report.source = source;
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    clear(layer);
    for (const auto &f : features) {
        ++report.read;
        const QString where = QStringLiteral("features[%1]").arg(f.index);
        if (f.geometry.kind != wanted) {
            report.skip(where, wanted == Geometry::Kind::Line
                                   ? QCoreApplication::translate("CityLayerStore", "not a line")
                                   : QCoreApplication::translate("CityLayerStore", "not a polygon"));
            continue;
        }
        const std::optional<qint64> id = insertOne(f, where, report);
        if (!id)
            continue;
        insertBox(db, QLatin1String(rtrees[static_cast<int>(layer)]), *id, f.geometry.bounds());
        ++report.imported;
    }
    if (report.imported == 0)
        throw Error(QCoreApplication::translate("CityLayerStore", "%1: nothing to import into the %2 layer")
                        .arg(source, layerName(layer)));
    setAttribution(layer, looksLikeOsm(features) ? QString::fromUtf8(kOsmAttribution) : QString());
    bumpGeneration();
    tx.commit();
    return report;
}

GeoImportReport CityLayerStore::importDistricts(const std::vector<GeoFeature> &features,
                                                const QString &source, const QString &nameProperty)
{
    SqlQuery insert(
        m_db.connection(),
        QStringLiteral("INSERT INTO geo_districts (name, properties, geometry) VALUES (?, ?, ?)"));
    return importFeatures(
        Layer::Districts, features, source,
        [&](const GeoFeature &f, const QString &where, GeoImportReport &report) -> std::optional<qint64> {
            QString name;
            if (!nameProperty.isEmpty()) {
                const QJsonValue v = f.properties.value(nameProperty);
                name = v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString().trimmed();
                if (name.isEmpty()) {
                    report.skip(where, QCoreApplication::translate("CityLayerStore", "no \"%1\" property")
                                           .arg(nameProperty));
                    return std::nullopt;
                }
            } else {
                name = stringProperty(f.properties,
                                      {"name", "NAME", "Name", "district", "DISTRICT", "id", "ID"});
                if (name.isEmpty())
                    name = QString::number(f.index + 1);
            }
            insert.bind(0, name)
                .bind(1, QString::fromUtf8(QJsonDocument(f.properties).toJson(QJsonDocument::Compact)))
                .bind(2, f.geometry.toBlob())
                .exec();
            return insert.raw().lastInsertId().toLongLong();
        });
}

GeoImportReport CityLayerStore::importStreets(const std::vector<GeoFeature> &features, const QString &source)
{
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT INTO geo_streets (name_id, class, from_left, to_left, from_right, "
                                   "to_right, geometry) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto optional = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    return importFeatures(
        Layer::Streets, features, source,
        [&](const GeoFeature &f, const QString &, GeoImportReport &) -> std::optional<qint64> {
            const QJsonObject &p = f.properties;
            const QString name =
                stringProperty(p, {"name", "NAME", "street", "STREET", "FULLNAME", "fullname"});
            insert.bind(0, name.isEmpty() ? QVariant() : QVariant(streetNameId(name)))
                .bind(1, stringProperty(p, {"highway", "class", "CLASS", "type"}))
                .bind(2, optional(intProperty(p, {"from_left", "LFROMADD", "l_f_add", "fromleft"})))
                .bind(3, optional(intProperty(p, {"to_left", "LTOADD", "l_t_add", "toleft"})))
                .bind(4, optional(intProperty(p, {"from_right", "RFROMADD", "r_f_add", "fromright"})))
                .bind(5, optional(intProperty(p, {"to_right", "RTOADD", "r_t_add", "toright"})))
                .bind(6, f.geometry.toBlob())
                .exec();
            return insert.raw().lastInsertId().toLongLong();
        });
}

GeoImportReport CityLayerStore::importAreas(const std::vector<GeoFeature> &features, const QString &source)
{
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT INTO geo_areas (kind, name, geometry) VALUES (?, ?, ?)"));
    return importFeatures(
        Layer::Areas, features, source,
        [&](const GeoFeature &f, const QString &where, GeoImportReport &report) -> std::optional<qint64> {
            const QString kind = areaKind(f.properties);
            if (kind.isEmpty()) {
                report.skip(where, QCoreApplication::translate(
                                       "CityLayerStore",
                                       "no known area kind (kind, leisure, natural, landuse or building)"));
                return std::nullopt;
            }
            insert.bind(0, kind)
                .bind(1, stringProperty(f.properties, {"name", "NAME"}))
                .bind(2, f.geometry.toBlob())
                .exec();
            return insert.raw().lastInsertId().toLongLong();
        });
}

GeoImportReport CityLayerStore::importAddressFeatures(const std::vector<GeoFeature> &features,
                                                      const QString &source)
{
    std::vector<AddressRecord> records;
    GeoImportReport pre;
    pre.source = source;
    for (const auto &f : features) {
        const QString where = QStringLiteral("features[%1]").arg(f.index);
        if (f.geometry.kind != Geometry::Kind::Point || f.geometry.parts.size() != 1) {
            ++pre.read;
            pre.skip(where, QCoreApplication::translate("CityLayerStore", "not a point"));
            continue;
        }
        const QJsonObject &p = f.properties;
        const QString tags = p.value(QStringLiteral("other_tags")).toString();
        AddressRecord r;
        r.number = stringProperty(p, {"addr:housenumber", "housenumber", "number", "NUMBER", "house_number"});
        if (r.number.isEmpty())
            r.number = otherTag(tags, QStringLiteral("addr:housenumber"));
        r.street = stringProperty(p, {"addr:street", "street", "STREET"});
        if (r.street.isEmpty())
            r.street = otherTag(tags, QStringLiteral("addr:street"));
        r.unit = stringProperty(p, {"addr:unit", "unit", "UNIT"});
        if (r.unit.isEmpty())
            r.unit = otherTag(tags, QStringLiteral("addr:unit"));
        r.postcode = stringProperty(p, {"addr:postcode", "postcode", "zip", "ZIP"});
        if (r.postcode.isEmpty())
            r.postcode = otherTag(tags, QStringLiteral("addr:postcode"));
        r.point = f.geometry.parts.front().front().front();
        r.where = where;
        records.push_back(r);
    }
    GeoImportReport report = importAddresses(records, source);
    report.read += pre.read;
    for (auto it = pre.skippedByReason.cbegin(); it != pre.skippedByReason.cend(); ++it)
        report.skippedByReason[it.key()] += it.value();
    report.messages = pre.messages + report.messages;
    setAttribution(Layer::Addresses, looksLikeOsm(features) ? QString::fromUtf8(kOsmAttribution) : QString());
    return report;
}

GeoImportReport CityLayerStore::importAddresses(const std::vector<AddressRecord> &records,
                                                const QString &source)
{
    GeoImportReport report;
    report.source = source;
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    clear(Layer::Addresses);
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO geo_addresses (number, name_id, unit, postcode, lat, lon) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery box(db,
                 QStringLiteral("INSERT INTO geo_addresses_rtree (id, min_lon, max_lon, min_lat, max_lat) "
                                "VALUES (?, ?, ?, ?, ?)"));
    QHash<QString, qint64> nameIds;
    for (size_t i = 0; i < records.size(); ++i) {
        const AddressRecord &r = records[i];
        ++report.read;
        const QString where = r.where.isEmpty() ? QStringLiteral("record %1").arg(i + 1) : r.where;
        if (r.number.trimmed().isEmpty()) {
            report.skip(where, QCoreApplication::translate("CityLayerStore", "no house number"));
            continue;
        }
        if (r.street.trimmed().isEmpty()) {
            report.skip(where, QCoreApplication::translate("CityLayerStore", "no street name"));
            continue;
        }
        if (std::abs(r.point.lon) > 180 || std::abs(r.point.lat) > 90) {
            report.skip(where, QCoreApplication::translate("CityLayerStore", "looks projected (EPSG:3857?)"));
            continue;
        }
        auto it = nameIds.find(r.street);
        if (it == nameIds.end())
            it = nameIds.insert(r.street, streetNameId(r.street));
        insert
            .bind(0, AddressNormalizer::parse(r.number).number.isEmpty()
                         ? r.number.trimmed().toLower()
                         : AddressNormalizer::parse(r.number).number)
            .bind(1, it.value())
            .bind(2, r.unit)
            .bind(3, r.postcode)
            .bind(4, r.point.lat)
            .bind(5, r.point.lon)
            .exec();
        box.bind(0, insert.raw().lastInsertId())
            .bind(1, r.point.lon)
            .bind(2, r.point.lon)
            .bind(3, r.point.lat)
            .bind(4, r.point.lat)
            .exec();
        ++report.imported;
    }
    if (report.imported == 0)
        throw Error(
            QCoreApplication::translate(
                "CityLayerStore", "%1: no address point to import (each needs a house number and a street)")
                .arg(source));
    bumpGeneration();
    tx.commit();
    return report;
}

int CityLayerStore::count(Layer layer) const
{
    static const char *const tables[] = {"geo_districts", "geo_streets", "geo_areas", "geo_addresses"};
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(tables[static_cast<int>(layer)])));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

GeoBox CityLayerStore::extent(const QList<Layer> &layers) const
{
    GeoBox box;
    static const char *const tables[] = {"geo_districts_rtree", "geo_streets_rtree", "geo_areas_rtree",
                                         "geo_addresses_rtree"};
    for (Layer layer : {Layer::Districts, Layer::Streets, Layer::Areas, Layer::Addresses}) {
        if (!layers.isEmpty() && !layers.contains(layer))
            continue;
        const char *table = tables[static_cast<int>(layer)];
        SqlQuery q(m_db.connection(),
                   QStringLiteral("SELECT MIN(min_lon), MIN(min_lat), MAX(max_lon), MAX(max_lat) "
                                  "FROM %1")
                       .arg(QLatin1String(table)));
        q.exec();
        if (q.next() && !q.value(0).isNull())
            box.extend(GeoBox{q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(),
                              q.value(3).toDouble()});
    }
    return box;
}

std::vector<CityLayerStore::District> CityLayerStore::districts(const std::optional<GeoBox> &within) const
{
    std::vector<District> result;
    QString sql = QStringLiteral("SELECT d.id, d.name, d.properties, d.geometry FROM geo_districts d");
    if (within)
        sql += QStringLiteral(
            " JOIN geo_districts_rtree r ON r.id = d.id WHERE r.max_lon >= ? AND r.min_lon <= ? "
            "AND r.max_lat >= ? AND r.min_lat <= ?");
    sql += QStringLiteral(" ORDER BY d.id");
    SqlQuery q(m_db.connection(), sql);
    if (within)
        q.bind(0, within->minLon).bind(1, within->maxLon).bind(2, within->minLat).bind(3, within->maxLat);
    q.exec();
    while (q.next()) {
        District d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.properties = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        d.geometry = Geometry::fromBlob(q.value(3).toByteArray());
        result.push_back(std::move(d));
    }
    return result;
}

void CityLayerStore::forEachStreet(const GeoBox &box, const std::function<void(const Street &)> &visit) const
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral(
            "SELECT s.id, n.name, s.class, s.from_left, s.to_left, s.from_right, s.to_right, s.geometry "
            "FROM geo_streets_rtree r JOIN geo_streets s ON s.id = r.id "
            "LEFT JOIN geo_street_names n ON n.id = s.name_id "
            "WHERE r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?"));
    q.bind(0, box.minLon).bind(1, box.maxLon).bind(2, box.minLat).bind(3, box.maxLat).exec();
    while (q.next()) {
        const Street s = streetFromRow(q);
        visit(s);
    }
}

std::vector<CityLayerStore::Street> CityLayerStore::streetsNamed(qint64 nameId) const
{
    std::vector<Street> result;
    SqlQuery q(
        m_db.connection(),
        QStringLiteral(
            "SELECT s.id, n.name, s.class, s.from_left, s.to_left, s.from_right, s.to_right, s.geometry "
            "FROM geo_streets s JOIN geo_street_names n ON n.id = s.name_id WHERE s.name_id = ?"));
    q.bind(0, nameId).exec();
    while (q.next()) {
        const Street s = streetFromRow(q);
        result.push_back(s);
    }
    return result;
}

void CityLayerStore::forEachArea(const GeoBox &box, const std::function<void(const Area &)> &visit) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT a.id, a.kind, a.name, a.geometry FROM geo_areas_rtree r "
                              "JOIN geo_areas a ON a.id = r.id WHERE r.max_lon >= ? AND r.min_lon <= ? "
                              "AND r.max_lat >= ? AND r.min_lat <= ? ORDER BY a.id"));
    q.bind(0, box.minLon).bind(1, box.maxLon).bind(2, box.minLat).bind(3, box.maxLat).exec();
    while (q.next()) {
        Area a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.name = q.value(2).toString();
        a.geometry = Geometry::fromBlob(q.value(3).toByteArray());
        visit(a);
    }
}

} // namespace civicdesk::core

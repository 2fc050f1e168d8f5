#pragma once

#include "core/geo/addressrecord.h"
#include "core/geo/geoimportreport.h"
#include "core/geo/geojsonreader.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace civicdesk::core {

class Database;

// The city's geographic layers in the local store: districts, street centre lines (class,
// name, house-number ranges), areas (parks, water, buildings...) and address points, each
// with an R*Tree of bounding boxes; street names are searchable through FTS5. Importing a
// layer replaces it in one transaction, so a rejected import changes nothing.
class CityLayerStore
{
public:
    enum class Layer { Districts, Streets, Areas, Addresses };

    struct District
    {
        qint64 id = 0;
        QString name;
        QJsonObject properties;
        Geometry geometry;
    };
    struct Street
    {
        qint64 id = 0;
        QString name;
        QString streetClass; // OSM highway value or the file's "class"
        std::optional<int> fromLeft, toLeft, fromRight, toRight;
        Geometry geometry;
    };
    struct Area
    {
        qint64 id = 0;
        QString kind; // park, water, building, beach, wood, pitch, landuse
        QString name;
        Geometry geometry;
    };

    explicit CityLayerStore(const Database &db);

    // nameProperty chooses the district's name ("name" when empty; falls back to the first of
    // name, NAME, district, DISTRICT, id that is present).
    GeoImportReport importDistricts(const std::vector<GeoFeature> &features, const QString &source,
                                    const QString &nameProperty = {});
    GeoImportReport importStreets(const std::vector<GeoFeature> &features, const QString &source);
    GeoImportReport importAreas(const std::vector<GeoFeature> &features, const QString &source);
    // Address points from GeoJSON: addr:housenumber/addr:street (also inside OSM "other_tags"),
    // or housenumber/number and street.
    GeoImportReport importAddressFeatures(const std::vector<GeoFeature> &features, const QString &source);
    GeoImportReport importAddresses(const std::vector<AddressRecord> &records, const QString &source);

    int count(Layer layer) const;
    // The bounds of the given layers (all when empty).
    GeoBox extent(const QList<Layer> &layers = {}) const;
    // Distinct attributions of the imported layers ("© OpenStreetMap contributors").
    QStringList attributions() const;
    void setAttribution(Layer layer, const QString &attribution) const;
    // Bumped by every import, so in-memory indexes know to rebuild.
    qint64 generation() const;

    std::vector<District> districts(const std::optional<GeoBox> &within = std::nullopt) const;
    void forEachStreet(const GeoBox &box, const std::function<void(const Street &)> &visit) const;
    void forEachArea(const GeoBox &box, const std::function<void(const Area &)> &visit) const;
    std::vector<Street> streetsNamed(qint64 nameId) const;

    static QString layerName(Layer layer);
    static std::optional<Layer> layerFromName(const QString &name);
    // The area kind for OSM-style tags or an explicit "kind" property; empty = not drawn.
    static QString areaKind(const QJsonObject &properties);
    // Values of OSM's hstore-style "other_tags" ("\"addr:street\"=>\"Rue Grimaldi\",...").
    static QString otherTag(const QString &otherTags, const QString &key);

private:
    // Inserts one feature's row and returns its id, or skips it (noting why) and returns nothing.
    using ImportOne = std::function<std::optional<qint64>(const GeoFeature &, const QString &where, GeoImportReport &)>;
    GeoImportReport importFeatures(Layer layer, const std::vector<GeoFeature> &features, const QString &source,
                                   const ImportOne &insertOne);
    qint64 streetNameId(const QString &name) const;
    void clear(Layer layer) const;
    void bumpGeneration() const;

    const Database &m_db;
};

} // namespace civicdesk::core

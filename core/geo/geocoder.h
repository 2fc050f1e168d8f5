#pragma once

#include "core/geo/geocoderesult.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace civicdesk::core {

class Database;
class DistrictIndex;

// Forward, autocomplete and reverse geocoding over the imported address points and street
// centre lines. Queries are normalised (AddressNormalizer), street names are found through
// FTS5 prefix search and, failing that, by edit distance (typos). Every result says whether it
// lies inside the jurisdiction: inside a district, or within 100 m of an imported street or
// address point (district layers do not always cover a whole city). Thread-safe; each thread reads through its own connection.
class Geocoder
{
public:
    explicit Geocoder(const Database &db);
    ~Geocoder();
    Q_DISABLE_COPY_MOVE(Geocoder)

    // "12 Main St Apt 4B", "Main St & 3rd Ave", "main street": best first.
    std::vector<GeocodeResult> geocode(const QString &text, int limit = 5) const;
    // For the intake address field: the text as typed so far, prefixes allowed in the last word
    // and the house number ("12 Ma" -> "12 Main St", "120 Main St"...).
    std::vector<GeocodeResult> autocomplete(const QString &text, int limit = 8) const;
    // The nearest address point, else a number interpolated along the nearest street segment,
    // else the nearest street's name; nothing beyond maxDistanceMetres.
    std::optional<GeocodeResult> reverse(GeoPoint p, double maxDistanceMetres = 250.0) const;
    bool isInsideJurisdiction(GeoPoint p) const;

private:
    struct StreetName
    {
        qint64 id;
        QString name;
        QString normalized;
    };
    // What the geocoder keeps in memory, rebuilt when an import changes the layers.
    struct Snapshot
    {
        qint64 generation = -1;
        std::vector<StreetName> names;
        QHash<qint64, size_t> nameById;
        std::shared_ptr<const DistrictIndex> districts;
        GeoBox extent;
    };
    struct Candidate
    {
        const StreetName *street;
        double score;
    };

    std::shared_ptr<const Snapshot> snapshot() const;
    std::vector<Candidate> matchStreets(const Snapshot &s, const QString &normalized, bool prefix, int maxCount) const;
    void addressesOn(const Candidate &c, const QString &number, const QString &unit, bool prefix, int limit,
                     std::vector<GeocodeResult> &out) const;
    std::optional<GeocodeResult> interpolate(const Candidate &c, const QString &number) const;
    std::optional<GeocodeResult> streetMiddle(const Candidate &c) const;
    std::optional<GeocodeResult> intersection(const Snapshot &s, const QString &a, const QString &b) const;
    std::vector<GeocodeResult> search(const QString &text, int limit, bool prefix) const;
    bool inside(const Snapshot &s, GeoPoint p) const;

    const Database &m_db;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace civicdesk::core

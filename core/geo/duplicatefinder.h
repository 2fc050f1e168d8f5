#pragma once

#include "core/geo/geometry.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace civicdesk::core {

class Catalog;
class Database;

// Open tickets of the same or a related service near a point and recent enough to be the same
// problem, nearest first, through the tickets' (lat, lon) index.
class DuplicateFinder
{
public:
    struct Candidate
    {
        QUuid id;
        QString reference;
        QString serviceCode;
        QString status;
        QString address;
        QDateTime requestedAt;
        double distanceMetres = 0.0;
        double ageDays = 0.0;
    };
    struct Options
    {
        double radiusMetres = 75.0;
        int days = 30;
        QStringList relatedServiceCodes; // besides the ticket's own service
        QUuid excludeId;                 // the ticket being edited
        int limit = 20;
    };

    explicit DuplicateFinder(const Database &db);
    std::vector<Candidate> find(GeoPoint point, const QString &serviceCode, const Options &options) const;
    std::vector<Candidate> find(GeoPoint point, const QString &serviceCode) const { return find(point, serviceCode, Options{}); }

    // Services in the same catalogue group count as related ("Pothole" and "Street cave-in").
    static QStringList relatedServices(const Catalog &catalog, const QString &serviceCode);

private:
    const Database &m_db;
};

} // namespace civicdesk::core

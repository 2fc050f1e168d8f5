#include "core/geo/duplicatefinder.h"

#include "core/catalog/catalog.h"
#include "core/domain/clock.h"
#include "core/domain/ticketstatus.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace civicdesk::core {

DuplicateFinder::DuplicateFinder(const Database &db) : m_db(db) {}

QStringList DuplicateFinder::relatedServices(const Catalog &catalog, const QString &serviceCode)
{
    QStringList result;
    const Service *own = catalog.service(serviceCode);
    if (!own || own->group.isEmpty())
        return result;
    for (const Service &s : catalog.services())
        if (s.code != serviceCode && s.group == own->group)
            result.append(s.code);
    return result;
}

std::vector<DuplicateFinder::Candidate> DuplicateFinder::find(GeoPoint point, const QString &serviceCode,
                                                              const Options &options) const
{
    QStringList services = options.relatedServiceCodes;
    services.prepend(serviceCode);
    QStringList open;
    for (TicketStatus s : ticketstatus::all())
        if (ticketstatus::isOpen(s))
            open.append(ticketstatus::toKey(s));
    const auto placeholders = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(u','); };

    const double dLat = options.radiusMetres / 111320.0;
    const double dLon = dLat / std::max(0.01, std::cos(point.lat * std::numbers::pi / 180.0));
    const QDateTime now = Clock::current().nowUtc();
    SqlQuery q(
        m_db.connection(),
        QStringLiteral(
            "SELECT t.id, t.reference, t.service_code, t.status, t.address, t.requested_at, t.lat, t.lon "
            "FROM tickets t INDEXED BY tickets_by_position "
            "WHERE t.lon <= ? AND t.lon >= ? AND t.lat <= ? AND t.lat >= ? "
            "AND t.requested_at >= ? AND t.service_code IN (%1) AND t.status IN (%2)")
            .arg(placeholders(services.size()), placeholders(open.size())));
    q.bind(0, point.lon + dLon).bind(1, point.lon - dLon).bind(2, point.lat + dLat).bind(3, point.lat - dLat);
    q.bind(4, now.addDays(-options.days).toMSecsSinceEpoch());
    int i = 5;
    for (const QString &s : services)
        q.bind(i++, s);
    for (const QString &s : open)
        q.bind(i++, s);
    q.exec();
    std::vector<Candidate> result;
    while (q.next()) {
        Candidate c;
        c.id = QUuid(q.value(0).toString());
        if (!options.excludeId.isNull() && c.id == options.excludeId)
            continue;
        if (q.value(6).isNull() || q.value(7).isNull())
            continue;
        c.distanceMetres =
            geometry::distanceMetres(point, GeoPoint{q.value(7).toDouble(), q.value(6).toDouble()});
        if (c.distanceMetres > options.radiusMetres)
            continue; // the box's corners lie outside the circle
        c.reference = q.value(1).toString();
        c.serviceCode = q.value(2).toString();
        c.status = q.value(3).toString();
        c.address = q.value(4).toString();
        c.requestedAt = timestamps::fromDb(q.value(5));
        // A clock set back makes a ticket of the last minutes look "future": it is new, not negative.
        c.ageDays = std::max<qint64>(0, c.requestedAt.msecsTo(now)) / 86400000.0;
        result.push_back(c);
    }
    std::sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) {
        return a.distanceMetres != b.distanceMetres ? a.distanceMetres < b.distanceMetres
                                                    : a.requestedAt > b.requestedAt;
    });
    if (static_cast<int>(result.size()) > options.limit)
        result.resize(options.limit);
    return result;
}

} // namespace civicdesk::core

#include "core/pins/ticketpinset.h"

#include "core/store/database.h"
#include "core/store/sqlquery.h"

namespace civicdesk::core {

TicketPinSet TicketPinSet::load(const Database &db)
{
    TicketPinSet set;
    SqlQuery q(db.connection(), QStringLiteral("SELECT id, lat, lon, status, service_code, requested_at FROM tickets "
                                               "WHERE lat IS NOT NULL AND lon IS NOT NULL"));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next()) {
        // An unknown status (from a newer build) still shows, as New, rather than vanishing.
        const TicketStatus status = ticketstatus::fromKey(q.value(3).toString()).value_or(TicketStatus::New);
        set.append(QUuid::fromString(q.value(0).toString()), q.value(1).toDouble(), q.value(2).toDouble(), status,
                   q.value(4).toString(), q.value(5).toLongLong());
    }
    return set;
}

QString TicketPinSet::referenceOf(const Database &db, const QUuid &id)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT reference FROM tickets WHERE id = ?"));
    q.bind(0, id.toString(QUuid::WithoutBraces)).exec();
    return q.next() ? q.value(0).toString() : QString();
}

void TicketPinSet::append(const QUuid &id, double lat, double lon, TicketStatus status, const QString &serviceCode,
                          qint64 requestedMs)
{
    qsizetype service = m_serviceCodes.indexOf(serviceCode);
    if (service < 0) {
        service = m_serviceCodes.size();
        m_serviceCodes.append(serviceCode);
    }
    m_ids.push_back(id);
    m_positions.push_back({lon, lat});
    m_statuses.push_back(status);
    m_services.push_back(static_cast<quint16>(service));
    m_requested.push_back(requestedMs);
}

std::vector<quint32> TicketPinSet::select(const PinFilter &filter) const
{
    // Service codes become a lookup table by index, so the loop compares small integers.
    std::vector<bool> serviceAllowed(size_t(m_serviceCodes.size()), filter.serviceCodes.isEmpty());
    for (qsizetype s = 0; s < m_serviceCodes.size(); ++s)
        if (filter.serviceCodes.contains(m_serviceCodes.at(s)))
            serviceAllowed[size_t(s)] = true;
    std::vector<quint32> out;
    out.reserve(m_ids.size());
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (!serviceAllowed[m_services[i]])
            continue;
        if (!filter.allows(m_statuses[i]))
            continue;
        if (filter.requestedFromMs && m_requested[i] < filter.requestedFromMs)
            continue;
        if (filter.requestedToMs && m_requested[i] > filter.requestedToMs)
            continue;
        out.push_back(quint32(i));
    }
    return out;
}

} // namespace civicdesk::core

#pragma once

#include "core/domain/ticketstatus.h"
#include "core/pins/clusterindex.h"
#include "core/pins/pinfilter.h"

#include <QStringList>
#include <QUuid>

#include <vector>

namespace civicdesk::core {

class Database;

// Every located ticket as the map needs it, in flat arrays: at a million tickets a struct
// with QStrings per ticket would cost several times the memory.
class TicketPinSet
{
public:
    // Reads id, lat, lon, status, service_code and requested_at of every ticket with a
    // position, on the calling thread's connection.
    static TicketPinSet load(const Database &db);
    // The reference number of one ticket (for opening it); empty when it is gone.
    static QString referenceOf(const Database &db, const QUuid &id);

    void append(const QUuid &id, double lat, double lon, TicketStatus status, const QString &serviceCode,
                qint64 requestedMs);

    qsizetype size() const { return qsizetype(m_ids.size()); }
    const QUuid &id(qsizetype i) const { return m_ids[size_t(i)]; }
    const ClusterIndex::LonLat &position(qsizetype i) const { return m_positions[size_t(i)]; }
    TicketStatus status(qsizetype i) const { return m_statuses[size_t(i)]; }
    QString serviceCode(qsizetype i) const { return m_serviceCodes.at(m_services[size_t(i)]); }
    qint64 requestedMs(qsizetype i) const { return m_requested[size_t(i)]; }
    // The distinct service codes present, in first-seen order.
    const QStringList &serviceCodes() const { return m_serviceCodes; }

    // Indices of the tickets the filter lets through, in order.
    std::vector<quint32> select(const PinFilter &filter) const;

private:
    std::vector<QUuid> m_ids;
    std::vector<ClusterIndex::LonLat> m_positions;
    std::vector<TicketStatus> m_statuses;
    std::vector<quint16> m_services;
    std::vector<qint64> m_requested;
    QStringList m_serviceCodes;
};

} // namespace civicdesk::core

#pragma once

#include "core/catalog/businesscalendar.h"
#include "core/catalog/service.h"

#include <QHash>
#include <QList>
#include <QString>

namespace civicdesk::core {

// The service catalogue: which requests the city takes, what to ask, who does the work and
// how soon. Loaded from CivicDesk's catalogue JSON (catalogjson.h) or from the local store.
class Catalog
{
public:
    QString jurisdictionId;
    QString jurisdictionName;
    BusinessCalendar calendar;

    const QList<Service> &services() const { return m_services; }
    const QList<Agency> &agencies() const { return m_agencies; }

    void setServices(QList<Service> services);
    void setAgencies(QList<Agency> agencies);
    void addService(Service service); // replaces one with the same code

    const Service *service(const QString &code) const;
    const Agency *agency(const QString &id) const;
    bool isEmpty() const { return m_services.isEmpty(); }

    // Whether a request of this service can only be saved with a place (address or pin): the
    // service's own location_required when the catalogue sets it, otherwise true for field
    // services, i.e. unless the service's agency is a desk agency.
    bool needsLocation(const Service &service) const;

    // When a request of this service, made at requestedUtc, is expected to be done.
    // Invalid when the service has no SLA target.
    QDateTime expectedBy(const Service &service, const QDateTime &requestedUtc) const;

private:
    void reindex();

    QList<Service> m_services;
    QList<Agency> m_agencies;
    QHash<QString, qsizetype> m_serviceIndex;
    QHash<QString, qsizetype> m_agencyIndex;
};

} // namespace civicdesk::core

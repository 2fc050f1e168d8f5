#include "core/catalog/catalog.h"

#include <algorithm>

namespace civicdesk::core {

void Catalog::setServices(QList<Service> services)
{
    m_services = std::move(services);
    for (auto &s : m_services)
        std::stable_sort(s.attributes.begin(), s.attributes.end(),
                         [](const auto &a, const auto &b) { return a.order < b.order; });
    reindex();
}

void Catalog::setAgencies(QList<Agency> agencies)
{
    m_agencies = std::move(agencies);
    reindex();
}

void Catalog::addService(Service service)
{
    std::stable_sort(service.attributes.begin(), service.attributes.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    const auto it = m_serviceIndex.constFind(service.code);
    if (it != m_serviceIndex.cend())
        m_services[*it] = std::move(service);
    else
        m_services.append(std::move(service));
    reindex();
}

const Service *Catalog::service(const QString &code) const
{
    const auto it = m_serviceIndex.constFind(code);
    return it == m_serviceIndex.cend() ? nullptr : &m_services.at(*it);
}

const Agency *Catalog::agency(const QString &id) const
{
    const auto it = m_agencyIndex.constFind(id);
    return it == m_agencyIndex.cend() ? nullptr : &m_agencies.at(*it);
}

bool Catalog::needsLocation(const Service &service) const
{
    if (service.locationRequired)
        return *service.locationRequired;
    const Agency *a = agency(service.agencyId);
    return !a || a->field;
}

QDateTime Catalog::expectedBy(const Service &service, const QDateTime &requestedUtc) const
{
    if (service.sla.hours <= 0 || !requestedUtc.isValid())
        return {};
    return service.sla.clock == SlaPolicy::Clock::Business
               ? calendar.addBusinessHours(requestedUtc, service.sla.hours)
               : calendar.addCalendarHours(requestedUtc, service.sla.hours);
}

void Catalog::reindex()
{
    m_serviceIndex.clear();
    for (qsizetype i = 0; i < m_services.size(); ++i)
        m_serviceIndex.insert(m_services.at(i).code, i);
    m_agencyIndex.clear();
    for (qsizetype i = 0; i < m_agencies.size(); ++i)
        m_agencyIndex.insert(m_agencies.at(i).id, i);
}

} // namespace civicdesk::core

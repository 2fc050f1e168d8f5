#include "core/intake/locationadvisor.h"

#include "core/catalog/catalog.h"
#include "core/domain/ticket.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"

namespace civicdesk::core {

LocationAdvisor::LocationAdvisor(LocalStore &store)
    : m_store(store), m_geocoder(store.database()), m_rules(store.database()), m_duplicates(store.database())
{
}

LocationAdvisor::~LocationAdvisor() = default;

bool LocationAdvisor::hasCityLayers() const
{
    // EXISTS stops at the first row; a COUNT(*) over a million address points would not.
    SqlQuery q(
        m_store.database().connection(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM geo_streets) OR EXISTS (SELECT 1 FROM geo_addresses) "
                       "OR EXISTS (SELECT 1 FROM geo_districts)"));
    q.exec();
    return q.next() && q.value(0).toBool();
}

GeoBox LocationAdvisor::cityExtent() const
{
    const CityLayerStore layers(m_store.database());
    // Offshore rocks and stray areas would widen the view; streets and districts outline the city.
    const GeoBox box = layers.extent({CityLayerStore::Layer::Streets, CityLayerStore::Layer::Districts});
    return box.isValid() ? box : layers.extent();
}

std::shared_ptr<const DistrictIndex> LocationAdvisor::districts() const
{
    const CityLayerStore layers(m_store.database());
    const qint64 generation = layers.generation();
    QMutexLocker lock(&m_mutex);
    if (!m_districts || generation != m_generation) {
        m_districts = std::make_shared<DistrictIndex>(layers);
        m_generation = generation;
    }
    return m_districts;
}

LocationRouting LocationAdvisor::route(const QString &serviceCode, std::optional<GeoPoint> point) const
{
    Ticket t;
    t.serviceCode = serviceCode;
    if (point) {
        t.latitude = point->lat;
        t.longitude = point->lon;
    }
    const bool byRule = applyRules(t);
    return {t.district, t.agencyResponsible, t.queue, byRule};
}

void LocationAdvisor::applyTo(Ticket &ticket) const
{
    applyRules(ticket);
}

bool LocationAdvisor::applyRules(Ticket &ticket) const
{
    const auto rule = m_rules.applyTo(ticket, *districts());
    ticket.queue = rule ? rule->queue : QString();
    if (!rule) {
        // No rule: the catalogue's agency for the service, as a ticket made elsewhere gets.
        if (const Service *service = m_store.catalog().service(ticket.serviceCode))
            ticket.agencyResponsible = service->agencyId;
    }
    return rule.has_value();
}

DuplicateFinder::Options LocationAdvisor::duplicateOptions(const QString &serviceCode) const
{
    DuplicateFinder::Options o;
    o.relatedServiceCodes = DuplicateFinder::relatedServices(m_store.catalog(), serviceCode);
    return o;
}

std::optional<DuplicateFinder::Candidate> LocationAdvisor::likelyDuplicate(GeoPoint point,
                                                                           const QString &serviceCode) const
{
    if (serviceCode.isEmpty())
        return std::nullopt;
    DuplicateFinder::Options o; // same service only, the usual 30 days
    o.radiusMetres = kLikelyDuplicateMetres;
    o.limit = 1;
    const std::vector<DuplicateFinder::Candidate> found = m_duplicates.find(point, serviceCode, o);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<DuplicateFinder::Candidate> LocationAdvisor::duplicates(GeoPoint point,
                                                                    const QString &serviceCode) const
{
    if (serviceCode.isEmpty())
        return {};
    return m_duplicates.find(point, serviceCode, duplicateOptions(serviceCode));
}

} // namespace civicdesk::core

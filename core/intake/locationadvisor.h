#pragma once

#include "core/geo/duplicatefinder.h"
#include "core/geo/geocoder.h"
#include "core/geo/routingrules.h"
#include "core/intake/locationrouting.h"

#include <QMutex>
#include <memory>
#include <optional>

namespace civicdesk::core {

class DistrictIndex;
class LocalStore;
struct Ticket;

// The geography the intake needs about one location: geocoding, the district, the agency and
// queue from the routing rules, and open tickets nearby that may be the same problem. The
// district index is rebuilt only when an import changed the city layers.
class LocationAdvisor
{
public:
    explicit LocationAdvisor(LocalStore &store);
    ~LocationAdvisor();
    Q_DISABLE_COPY_MOVE(LocationAdvisor)

    const Geocoder &geocoder() const { return m_geocoder; }
    // True when the profile holds imported city layers (streets, addresses or districts).
    bool hasCityLayers() const;
    // The streets' and districts' bounds (all layers when those are missing); invalid when empty.
    GeoBox cityExtent() const;

    LocationRouting route(const QString &serviceCode, std::optional<GeoPoint> point) const;
    // Sets the district, agency and queue of a ticket about to be saved from its position and service.
    void applyTo(Ticket &ticket) const;

    // Defaults of the issue: 75 m and 30 days; same service or one of its catalogue group.
    DuplicateFinder::Options duplicateOptions(const QString &serviceCode) const;
    std::vector<DuplicateFinder::Candidate> duplicates(GeoPoint point, const QString &serviceCode) const;
    // The open ticket so close (kLikelyDuplicateMetres) and of the very same service that a
    // save should ask first whether the call is about it; the nearest, or nullopt.
    std::optional<DuplicateFinder::Candidate> likelyDuplicate(GeoPoint point,
                                                              const QString &serviceCode) const;
    static constexpr double kLikelyDuplicateMetres = 25.0;

private:
    std::shared_ptr<const DistrictIndex> districts() const;
    // True when a rule applied (else the service's default agency and no queue).
    bool applyRules(Ticket &ticket) const;

    LocalStore &m_store;
    Geocoder m_geocoder;
    RoutingRules m_rules;
    DuplicateFinder m_duplicates;
    mutable QMutex m_mutex;
    mutable qint64 m_generation = -1;
    mutable std::shared_ptr<const DistrictIndex> m_districts;
};

} // namespace civicdesk::core

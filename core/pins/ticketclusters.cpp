#include "core/pins/ticketclusters.h"

#include <algorithm>

namespace civicdesk::core {

std::shared_ptr<const TicketClusters> TicketClusters::build(std::shared_ptr<const TicketPinSet> pins,
                                                            const PinFilter &filter, ClusterIndex::Options options)
{
    auto result = std::make_shared<TicketClusters>();
    result->m_pins = pins ? std::move(pins) : std::make_shared<const TicketPinSet>();
    result->m_filter = filter;
    result->m_selected = result->m_pins->select(filter);
    std::vector<ClusterIndex::LonLat> positions;
    positions.reserve(result->m_selected.size());
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (quint32 i : result->m_selected) {
        const ClusterIndex::LonLat &p = result->m_pins->position(i);
        positions.push_back(p);
        const double x = ClusterIndex::lonToX(p.lon);
        const double y = ClusterIndex::latToY(p.lat);
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    if (!positions.empty())
        result->m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    result->m_index = ClusterIndex(options);
    result->m_index.load(positions);
    return result;
}

} // namespace civicdesk::core

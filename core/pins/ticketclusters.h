#pragma once

#include "core/pins/clusterindex.h"
#include "core/pins/pinfilter.h"
#include "core/pins/ticketpinset.h"

#include <QRectF>

#include <memory>
#include <vector>

namespace civicdesk::core {

// The clustered pins of one filter over one TicketPinSet. Immutable once built, so a map
// can build the next one on a worker thread and swap it in when ready.
class TicketClusters
{
public:
    static std::shared_ptr<const TicketClusters> build(std::shared_ptr<const TicketPinSet> pins,
                                                        const PinFilter &filter,
                                                        ClusterIndex::Options options = {});

    const ClusterIndex &index() const { return m_index; }
    const TicketPinSet &pins() const { return *m_pins; }
    std::shared_ptr<const TicketPinSet> sharedPins() const { return m_pins; }
    const PinFilter &filter() const { return m_filter; }
    // How many tickets passed the filter.
    qsizetype size() const { return qsizetype(m_selected.size()); }
    // The pin-set index of a query item's pointIndex.
    qsizetype pinOf(qint32 pointIndex) const { return m_selected[size_t(pointIndex)]; }
    // The box around the selected pins in Mercator units (null when there are none).
    QRectF bounds() const { return m_bounds; }

private:
    std::shared_ptr<const TicketPinSet> m_pins;
    PinFilter m_filter;
    std::vector<quint32> m_selected;
    ClusterIndex m_index;
    QRectF m_bounds;
};

} // namespace civicdesk::core

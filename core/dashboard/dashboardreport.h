#pragma once

#include "core/dashboard/dashboarddata.h"
#include "core/store/database.h"

namespace civicdesk::core {

class Catalog;

// Builds the dashboard from the local store with a handful of grouped queries, each one pass
// over the range's tickets by the request-time index; never a row per ticket.
class DashboardReport
{
public:
    DashboardReport(const Database &db, const Catalog &catalog) : m_db(db), m_catalog(catalog) {}

    // Throws Error for an empty or reversed range.
    DashboardData build(const DateRange &range, const QDateTime &nowUtc) const;

    // The median and the p90 of a histogram of whole hours (hour -> tickets), nearest rank.
    static double percentileHours(const QMap<qint64, qint64> &histogram, double p);

private:
    const Database &m_db;
    const Catalog &m_catalog;
};

} // namespace civicdesk::core

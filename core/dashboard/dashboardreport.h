#pragma once

#include "core/dashboard/dashboarddata.h"
#include "core/store/database.h"

namespace civicdesk::core {

class Catalog;

// Builds the dashboard from the local store: every ticket figure comes from the sums of the
// range's days (DashboardDays, stored per UTC day and kept current by triggers); the call log
// adds two grouped queries.
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

#pragma once

#include "core/dashboard/dashboardfigure.h"
#include "core/dashboard/daterange.h"

#include <QList>

namespace civicdesk::core {

// Everything the supervisor's dashboard shows for one date range. Tickets count by their
// request time; "closed within SLA" and the times to close are over the tickets of the range
// that are closed now.
struct DashboardData
{
    struct BacklogSample
    {
        QDate day;
        qint64 bands[4] = {0, 0, 0, 0}; // open at the end of that day, aged 0-2, 3-7, 8-30, >30 days
    };
    struct CallTaker
    {
        QString agent;
        qint64 calls = 0;
        double averageHandleSeconds = 0.0;
    };

    DateRange range;
    qint64 tickets = 0;
    QList<DashboardFigure> volumeByHourOfDay; // 24 entries
    QList<DashboardFigure> volumeByDay;
    QList<DashboardFigure> volumeByWeek; // by the Monday that starts it
    QList<DashboardFigure> volumeByGroup;
    QList<DashboardFigure> volumeByChannel;
    // "% closed within SLA": closed on time / closed, with an SLA target.
    double closedWithinSlaPercent = -1.0;
    QList<DashboardFigure> closedWithinSlaByAgency;
    QList<DashboardFigure> closedWithinSlaByService;
    // "SLA consumed %": for open tickets with a target, elapsed / allowed, averaged.
    double slaConsumedPercent = -1.0;
    QList<DashboardFigure> medianHoursToCloseByService;
    QList<DashboardFigure> p90HoursToCloseByService;
    QList<BacklogSample> backlog;
    QList<DashboardFigure> backlogNow; // the four bands today, each drilling to its tickets
    QList<CallTaker> callTakers;
    QList<DashboardFigure> wrapUpCodes;
};

} // namespace civicdesk::core

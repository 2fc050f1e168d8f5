#pragma once

#include "core/demo/democity.h"
#include "core/domain/ticket.h"

#include <QDate>
#include <functional>

namespace civicdesk::core {

class Catalog;

// A year of a demo city's service requests, made up but shaped like real 311 data: seasonal
// (potholes in spring, noise on summer nights, leaves in autumn, snow in winter), clustered
// around a few problem spots per service, with statuses, assignees, notes and SLA outcomes
// that fit each ticket's age, and callers of whom some call again and again.
// Deterministic: the same seed, city and last day give the same tickets, ids included.
class DemoTicketHistory
{
public:
    struct Options
    {
        quint64 seed = 1;
        int tickets = 50000;
        QDate lastDay;           // the history ends on this day (UTC)
        QString workstationCode; // for the reference numbers
    };

    // Calls visit once per ticket, oldest first.
    static void generate(const DemoCity &city, const Catalog &catalog, const Options &options,
                         const std::function<void(const Ticket &)> &visit);

    // How strongly a service is asked for in a month (1-12); 1.0 is an ordinary month.
    static double seasonalWeight(const QString &serviceCode, int month);
};

} // namespace civicdesk::core

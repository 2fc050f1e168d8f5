#pragma once

#include "core/queue/queuequery.h"

#include <QString>

namespace civicdesk::core {

// One number of the dashboard and the queue behind it: a click on it opens drill. exact is
// false where a queue view cannot say exactly "these tickets" (an hour of the day across many
// days), and the drill-down then opens the wider view it can express.
struct DashboardFigure
{
    QString key;   // machine key: a day, a service code, an agency id, a band
    QString label; // for people
    double value = 0.0;
    qint64 tickets = 0; // how many tickets the value is about
    QueueQuery drill;
    bool exact = true;
};

} // namespace civicdesk::core

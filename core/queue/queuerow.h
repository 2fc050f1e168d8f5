#pragma once

#include "core/domain/ticketstatus.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace civicdesk::core {

// One ticket as a queue view reads it: what every row needs (identity, version, SLA inputs)
// plus the chosen columns' raw values, in column order.
struct QueueRow
{
    QString id;
    QString reference;
    int version = 0;
    TicketStatus status = TicketStatus::New;
    QDateTime requestedAt;
    QDateTime expectedAt;
    QDateTime closedAt;
    QDateTime holdStartedAt;
    QVariantList values;
};

} // namespace civicdesk::core

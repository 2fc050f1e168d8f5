#pragma once

#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

namespace civicdesk::core {

// The columns a list shows, without notes, audit or attributes: what a page of a million-row
// queue reads.
struct TicketSummary
{
    QUuid id;
    QString reference;
    TicketStatus status = TicketStatus::New;
    QString serviceCode;
    QString serviceName;
    QString address;
    QDateTime requestedAt;
    QDateTime expectedAt;
    Priority priority = Priority::Normal;
    QString assignee;
    QString callerPhone;
};

struct TicketFilter
{
    std::optional<TicketStatus> status;
    QString callerPhone;
};

// Where the previous page ended, for keyset paging (newest first).
struct TicketPageKey
{
    qint64 requestedMs = 0;
    QString id;
};

} // namespace civicdesk::core

#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace civicdesk::core {

// One answered call in the call log, whether or not it produced a ticket. Supervisors'
// handle-time figures come from here.
struct CallRecord
{
    QUuid id;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; invalid while the call is open
    qint64 handleSeconds = 0;
    QString agent;
    QString callerPhone; // E.164
    QString wrapUp;      // wrap-up code key, e.g. "ticket_created", "information_only"
    QString reason;
    QString transferTo;
    QUuid ticketId;
    QString kbArticle;
    bool emergencyTransfer = false;

    bool operator==(const CallRecord &) const = default;
};

} // namespace civicdesk::core

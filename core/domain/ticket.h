#pragma once

#include "core/domain/auditevent.h"
#include "core/domain/caller.h"
#include "core/domain/channel.h"
#include "core/domain/note.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace civicdesk::core {

// A service request. The first block is exactly Open311 GeoReport v2; the rest is what a call
// centre needs beyond it. All datetimes are UTC.
struct Ticket
{
    // Open311 GeoReport v2
    QString referenceNumber; // service_request_id, read back to the caller
    TicketStatus status = TicketStatus::New;
    QString statusNotes;
    QString serviceCode;
    QString serviceName;
    QString description; // plain text, at most 4,000 characters
    QString agencyResponsible;
    QString serviceNotice;
    QDateTime requestedAt;
    QDateTime updatedAt;
    QDateTime expectedAt;
    QString address;
    QString addressId;
    QString zipcode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString mediaUrl;

    // CivicDesk
    QUuid id;
    Caller caller;
    Channel channel = Channel::Phone;
    Priority priority = Priority::Normal;
    QString assignee;
    QString district;
    QString queue; // the work queue the routing rules chose at intake
    QUuid duplicateOf;
    // Attribute answers by attribute code; multivaluelist answers hold several values.
    QMap<QString, QStringList> attributes;
    QList<Note> notes;
    QList<AuditEvent> audit;
    int version = 0; // bumped on every local change; the base version for sync merges

    bool operator==(const Ticket &) const = default;
};

} // namespace civicdesk::core

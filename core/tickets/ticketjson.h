#pragma once

#include "core/domain/ticket.h"

#include <QJsonObject>
#include <QString>

namespace civicdesk::core::ticketjson {

// CivicDesk's ticket JSON: Open311 GeoReport v2 keys (service_request_id, requested_datetime,
// lat, long, ...) plus CivicDesk's own (id, caller, channel, notes, audit, ...). toJson() and
// fromJson() round-trip exactly. fromJson() throws Error naming the field, e.g.
// "ticket.json: caller.phone: \"12\" is not a phone number"; it normalises phones to E.164.
QJsonObject toJson(const Ticket &ticket);
Ticket fromJson(const QJsonObject &json, const QString &sourceName);

QString formatDateTime(const QDateTime &utc);

} // namespace civicdesk::core::ticketjson

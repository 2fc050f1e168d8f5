#pragma once

#include "core/catalog/catalog.h"
#include "core/domain/caller.h"
#include "core/domain/channel.h"
#include "core/domain/error.h"
#include "core/domain/ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace civicdesk::core {

// Everything typed during one call, as typed: raw phone and coordinate text are kept so a
// restored draft shows exactly what the call taker saw, half-typed numbers included.
struct CallSession
{
    QUuid id;            // also the call log id
    QDateTime startedAt; // UTC; the call timer runs from here, across a restore
    QString agent;

    QString phoneText;
    QString firstName;
    QString lastName;
    QString email;
    bool anonymous = false;
    QString preferredLanguage;
    Channel channel = Channel::Phone;

    QString serviceQuery; // what was typed into the service picker
    QString serviceCode;
    QMap<QString, QStringList> attributes;
    QString description;

    QString address;
    QString latitudeText;
    QString longitudeText;
    // "Link as duplicate": the existing ticket this call's ticket repeats (null when none).
    QUuid duplicateOf;

    // Wrap-up and what happened during the call.
    QString wrapUp; // wrap-up code key
    QString reason;
    QString transferTo;
    QString duplicateReference;
    QString kbArticle;
    bool emergencyTransfer = false;

    bool operator==(const CallSession &) const = default;

    bool isOpen() const { return !id.isNull(); }
    // The E.164 number, or empty when the phone field is empty or not a number.
    QString phoneE164() const;

    QJsonObject toJson() const;
    // Throws Error naming the field when the draft cannot be read.
    static CallSession fromJson(const QJsonObject &json, const QString &source);

    // The ticket this call would create (no id, reference or dates yet).
    Ticket toTicket(const Catalog &catalog) const;
    // Every reason the call cannot be saved as a ticket yet, each naming its field
    // (caller.phone, caller.email, service_code, attributes.CODE, description, address, lat,
    // long). A service that needs a place (Catalog::needsLocation) needs an address or a pin.
    QList<FieldError> problems(const Catalog &catalog) const;
};

} // namespace civicdesk::core

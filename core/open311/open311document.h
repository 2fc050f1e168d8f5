#pragma once

#include "core/catalog/service.h"
#include "core/domain/ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// The reply to a POST of a request, or to a token lookup: only ids and a notice.
struct Open311RequestReply
{
    QString serviceRequestId;
    QString token;
    QString serviceNotice;
    QString accountId;
    bool operator==(const Open311RequestReply &) const = default;
};

struct Open311ErrorEntry
{
    QString code;
    QString description;
    bool operator==(const Open311ErrorEntry &) const = default;
};

struct Open311Endpoint
{
    QString specification;
    QString url;
    QString changeset;
    QString type;
    QStringList formats;
    bool operator==(const Open311Endpoint &) const = default;
};

// Any one Open311 GeoReport v2 document, as read from JSON or XML. Only the list that matches
// kind is filled.
struct Open311Document
{
    enum class Kind { Services, ServiceDefinition, Requests, RequestReplies, Errors, Discovery };

    Kind kind = Kind::Services;
    int httpStatus = 0; // when the file starts with a saved HTTP status line
    QList<Service> services;  // Services; ServiceDefinition holds exactly one, with its attributes
    QList<Ticket> requests;
    QList<Open311RequestReply> replies;
    QList<Open311ErrorEntry> errors;
    // Discovery
    QString changeset;
    QString contact;
    QString keyService;
    QList<Open311Endpoint> endpoints;
    // What the lenient reader repaired, each with its position, e.g. "line 3, column 20: ...".
    QStringList repairs;

    static QString kindName(Kind kind);
    // Imported tickets get an id derived from their source id, so importing the same request
    // twice is recognised as the same ticket.
    static QUuid importedTicketId(const QString &serviceRequestId);
};

} // namespace civicdesk::core

#include "core/open311/open311document.h"

#include <QCoreApplication>

namespace civicdesk::core {

QString Open311Document::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Services:
        return QCoreApplication::translate("Open311Document", "a service list");
    case Kind::ServiceDefinition:
        return QCoreApplication::translate("Open311Document", "a service definition");
    case Kind::Requests:
        return QCoreApplication::translate("Open311Document", "a list of service requests");
    case Kind::RequestReplies:
        return QCoreApplication::translate("Open311Document", "a request reply (ids and tokens)");
    case Kind::Errors:
        return QCoreApplication::translate("Open311Document", "an error reply");
    case Kind::Discovery:
        return QCoreApplication::translate("Open311Document", "a discovery document");
    }
    return {};
}

QUuid Open311Document::importedTicketId(const QString &serviceRequestId)
{
    static const QUuid ns = QUuid::fromString(QLatin1String("{5b0c1a52-4b1f-4f0e-9d2a-0b6f0e0c3111}"));
    return QUuid::createUuidV5(ns, serviceRequestId);
}

} // namespace civicdesk::core

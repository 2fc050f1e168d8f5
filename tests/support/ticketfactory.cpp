#include "support/ticketfactory.h"

#include "core/demo/ticketgenerator.h"

namespace civicdesk::testsupport {

core::Ticket potholeTicket()
{
    core::Ticket t;
    t.serviceCode = QStringLiteral("POTHOLE");
    t.description = QStringLiteral("Deep pothole in the right lane, cars swerving around it.");
    t.address = QStringLiteral("120 Elm Street");
    t.latitude = 40.7128;
    t.longitude = -74.0060;
    t.caller.firstName = QStringLiteral("Dana");
    t.caller.lastName = QStringLiteral("Reyes");
    t.caller.phone = QStringLiteral("+15552340198");
    t.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    t.attributes.insert(QStringLiteral("POTHOLE_LOCATION"), {QStringLiteral("TRAVEL_LANE")});
    return t;
}

core::Ticket generatedTicket(qint64 index, const QString &workstationCode)
{
    return core::ticketgenerator::make(index, workstationCode);
}

} // namespace civicdesk::testsupport

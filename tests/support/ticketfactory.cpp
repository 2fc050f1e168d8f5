#include "support/ticketfactory.h"

#include "core/domain/referencenumber.h"

#include <QTimeZone>

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
    static const QString services[] = {QStringLiteral("POTHOLE"), QStringLiteral("MISSED_COLLECTION"),
                                       QStringLiteral("STREETLIGHT_OUT"), QStringLiteral("NOISE"),
                                       QStringLiteral("GRAFFITI")};
    static const QString streets[] = {QStringLiteral("Elm Street"), QStringLiteral("Harbor Road"),
                                      QStringLiteral("3rd Avenue"), QStringLiteral("Mill Lane"),
                                      QStringLiteral("Riverside Drive")};
    core::Ticket t;
    t.id = QUuid::createUuid();
    const QDate epoch(2025, 1, 1);
    const qint64 day = index / 20000;
    t.requestedAt = QDateTime(epoch.addDays(day), QTime(0, 0), QTimeZone::utc()).addSecs((index % 20000) * 4);
    t.updatedAt = t.requestedAt;
    t.expectedAt = t.requestedAt.addDays(3);
    t.referenceNumber = core::referencenumber::make(workstationCode, t.requestedAt.date(), static_cast<int>(index % 20000));
    t.serviceCode = services[index % 5];
    t.serviceName = t.serviceCode;
    t.status = static_cast<core::TicketStatus>(index % 10);
    t.description = QStringLiteral("Generated request %1 reported by a caller on the phone.").arg(index);
    t.address = QStringLiteral("%1 %2").arg(1 + index % 2000).arg(streets[index % 5]);
    t.latitude = 40.70 + static_cast<double>(index % 1000) / 10000.0;
    t.longitude = -74.00 + static_cast<double>(index % 997) / 10000.0;
    t.caller.phone = QStringLiteral("+1555%1").arg(2000000 + index % 7000000, 7, 10, QLatin1Char('0'));
    t.agencyResponsible = QStringLiteral("DPW");
    t.version = 1;
    return t;
}

} // namespace civicdesk::testsupport

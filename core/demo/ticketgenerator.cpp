#include "core/demo/ticketgenerator.h"

#include "core/domain/referencenumber.h"
#include "core/domain/timeordereduuid.h"

#include <QTimeZone>

namespace civicdesk::core::ticketgenerator {

Ticket make(qint64 index, const QString &workstationCode)
{
    static const QString services[] = {QStringLiteral("POTHOLE"), QStringLiteral("MISSED_COLLECTION"),
                                       QStringLiteral("STREETLIGHT_OUT"), QStringLiteral("NOISE"),
                                       QStringLiteral("GRAFFITI")};
    static const QString names[] = {QStringLiteral("Pothole"), QStringLiteral("Missed Collection"),
                                    QStringLiteral("Streetlight Out"), QStringLiteral("Noise Complaint"),
                                    QStringLiteral("Graffiti")};
    static const QString streets[] = {QStringLiteral("Elm Street"), QStringLiteral("Harbor Road"),
                                      QStringLiteral("3rd Avenue"), QStringLiteral("Mill Lane"),
                                      QStringLiteral("Riverside Drive")};
    constexpr qint64 perDay = 20000;
    Ticket t;
    t.id = timeOrderedUuid();
    const QDate epoch(2025, 1, 1);
    t.requestedAt = QDateTime(epoch.addDays(index / perDay), QTime(0, 0), QTimeZone::utc()).addSecs((index % perDay) * 4);
    t.updatedAt = t.requestedAt;
    t.expectedAt = t.requestedAt.addDays(3);
    t.referenceNumber = referencenumber::make(workstationCode, t.requestedAt.date(), static_cast<int>(index % perDay));
    t.serviceCode = services[index % 5];
    t.serviceName = names[index % 5];
    t.status = static_cast<TicketStatus>(index % 10);
    t.description = QStringLiteral("Generated request %1 reported by a caller on the phone.").arg(index);
    t.address = QStringLiteral("%1 %2").arg(1 + index % 2000).arg(streets[index % 5]);
    t.latitude = 40.70 + static_cast<double>(index % 1000) / 10000.0;
    t.longitude = -74.00 + static_cast<double>(index % 997) / 10000.0;
    t.caller.phone = QStringLiteral("+1555%1").arg(2000000 + index % 7000000, 7, 10, QLatin1Char('0'));
    t.agencyResponsible = QStringLiteral("DPW");
    t.version = 1;
    return t;
}

} // namespace civicdesk::core::ticketgenerator

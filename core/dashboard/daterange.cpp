#include "core/dashboard/daterange.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

void DateRange::validate() const
{
    if (!from.isValid() || !to.isValid())
        throw Error(QCoreApplication::translate("DateRange", "date range: give both a first and a last day"),
                    {{from.isValid() ? QStringLiteral("to") : QStringLiteral("from"),
                      QCoreApplication::translate("DateRange", "is required")}});
    if (from > to)
        throw Error(
            QCoreApplication::translate("DateRange", "date range: %1 is after %2")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
            {{QStringLiteral("to"), QCoreApplication::translate("DateRange", "is before the first day")}});
}

qint64 DateRange::fromMs(const QTimeZone &zone) const
{
    return QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 DateRange::toMsExclusive(const QTimeZone &zone) const
{
    return QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace civicdesk::core

#include "core/intake/readback.h"

#include <QCoreApplication>

namespace civicdesk::core::readback {

QString expectedBy(const QDateTime &expectedUtc, const QTimeZone &cityZone, const QLocale &locale)
{
    if (!expectedUtc.isValid())
        return {};
    const QDate day = cityZone.isValid() ? expectedUtc.toTimeZone(cityZone).date() : expectedUtc.toLocalTime().date();
    return QCoreApplication::translate("Readback", "expected by %1").arg(locale.toString(day, QStringLiteral("ddd d MMM")));
}

} // namespace civicdesk::core::readback

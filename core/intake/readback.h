#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace civicdesk::core::readback {

// "expected by Tue 3 Dec" in the user's locale, the day as it falls in the city's time zone.
// Empty when there is no expected date.
QString expectedBy(const QDateTime &expectedUtc, const QTimeZone &cityZone, const QLocale &locale = QLocale());

} // namespace civicdesk::core::readback

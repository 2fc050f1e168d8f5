#pragma once

#include <QDate>
#include <QTimeZone>

namespace civicdesk::core {

// Whole days, both ends included, in the city's time zone: what a report covers.
struct DateRange
{
    QDate from;
    QDate to;

    // Refuses an empty range (a missing end) and a reversed one; throws Error naming "from"/"to".
    void validate() const;
    qint64 fromMs(const QTimeZone &zone) const;
    qint64 toMsExclusive(const QTimeZone &zone) const;
};

} // namespace civicdesk::core

#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace civicdesk::core {

// The city's working week, in the city's own time zone, for SLA clocks that only run during
// business hours. Datetimes go in and out in UTC.
class BusinessCalendar
{
public:
    BusinessCalendar();

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setWorkingDays(const QList<int> &isoDays); // 1 = Monday .. 7 = Sunday
    void setHours(QTime start, QTime end);
    void setHolidays(const QSet<QDate> &holidays) { m_holidays = holidays; }

    QTimeZone timeZone() const { return m_zone; }
    QList<int> workingDays() const;
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    QSet<QDate> holidays() const { return m_holidays; }

    bool isWorkingDay(QDate day) const;
    QDateTime addBusinessHours(const QDateTime &fromUtc, double hours) const;
    QDateTime addCalendarHours(const QDateTime &fromUtc, double hours) const;
    // Working seconds from one instant to a later one (0 when to <= from): what is left of a
    // business-hours SLA when its clock pauses.
    qint64 businessSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // True when the calendar has working hours at all (else business clocks run on calendar time).
    bool hasWorkingHours() const;

private:
    QTimeZone m_zone;
    bool m_days[8] = {false, true, true, true, true, true, false, false};
    QTime m_start{8, 0};
    QTime m_end{17, 0};
    QSet<QDate> m_holidays;
};

} // namespace civicdesk::core

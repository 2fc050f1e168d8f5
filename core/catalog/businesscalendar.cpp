#include "core/catalog/businesscalendar.h"

#include <algorithm>

namespace civicdesk::core {

BusinessCalendar::BusinessCalendar() : m_zone(QTimeZone::utc()) {}

void BusinessCalendar::setWorkingDays(const QList<int> &isoDays)
{
    for (bool &d : m_days)
        d = false;
    for (int d : isoDays) {
        if (d >= 1 && d <= 7)
            m_days[d] = true;
    }
}

void BusinessCalendar::setHours(QTime start, QTime end)
{
    m_start = start;
    m_end = end;
}

QList<int> BusinessCalendar::workingDays() const
{
    QList<int> days;
    for (int d = 1; d <= 7; ++d) {
        if (m_days[d])
            days.append(d);
    }
    return days;
}

bool BusinessCalendar::isWorkingDay(QDate day) const
{
    return m_days[day.dayOfWeek()] && !m_holidays.contains(day);
}

QDateTime BusinessCalendar::addCalendarHours(const QDateTime &fromUtc, double hours) const
{
    return fromUtc.toUTC().addSecs(qRound64(hours * 3600.0));
}

bool BusinessCalendar::hasWorkingHours() const
{
    bool anyDay = false;
    for (int d = 1; d <= 7; ++d)
        anyDay = anyDay || m_days[d];
    return anyDay && m_start.secsTo(m_end) > 0;
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return 0;
    if (!hasWorkingHours())
        return fromUtc.secsTo(toUtc);
    const QDateTime end = toUtc.toTimeZone(m_zone);
    QDateTime local = fromUtc.toTimeZone(m_zone);
    qint64 total = 0;
    // Day by day in local time, so a DST change shortens or lengthens nothing but that night.
    for (int guard = 0; guard < 36600 && local < end; ++guard) {
        const QDate day = local.date();
        if (isWorkingDay(day)) {
            const QDateTime open(day, m_start, m_zone);
            const QDateTime close(day, m_end, m_zone);
            const QDateTime from = std::max(local, open);
            const QDateTime to = std::min(end, close);
            if (from < to)
                total += from.secsTo(to);
        }
        local = QDateTime(day.addDays(1), QTime(0, 0), m_zone);
    }
    return total;
}

QDateTime BusinessCalendar::addBusinessHours(const QDateTime &fromUtc, double hours) const
{
    if (!hasWorkingHours())
        return addCalendarHours(fromUtc, hours);

    qint64 remaining = qRound64(hours * 3600.0);
    QDateTime local = fromUtc.toTimeZone(m_zone);
    // Walk day by day in local time; at most a few years of holidays could stop a plain loop,
    // so it is bounded.
    for (int guard = 0; guard < 3660; ++guard) {
        const QDate day = local.date();
        if (isWorkingDay(day)) {
            const QDateTime open(day, m_start, m_zone);
            const QDateTime close(day, m_end, m_zone);
            const QDateTime from = local < open ? open : local;
            if (from < close) {
                const qint64 available = from.secsTo(close);
                if (remaining <= available)
                    return from.addSecs(remaining).toUTC();
                remaining -= available;
            }
        }
        local = QDateTime(day.addDays(1), QTime(0, 0), m_zone);
    }
    return addCalendarHours(fromUtc, hours);
}

} // namespace civicdesk::core

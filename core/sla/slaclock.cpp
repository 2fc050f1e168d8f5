#include "core/sla/slaclock.h"

#include <QCoreApplication>

namespace civicdesk::core {

QDateTime SlaClock::due(const QString &serviceCode, const QDateTime &requestedUtc) const
{
    const Service *service = m_catalog.service(serviceCode);
    return service ? m_catalog.expectedBy(*service, requestedUtc) : QDateTime();
}

QDateTime SlaClock::resumedDue(const QString &serviceCode, const QDateTime &dueUtc,
                               const QDateTime &holdStartUtc, const QDateTime &resumeUtc) const
{
    if (!dueUtc.isValid() || !holdStartUtc.isValid() || !resumeUtc.isValid() || resumeUtc <= holdStartUtc)
        return dueUtc;
    if (dueUtc <= holdStartUtc) // already late when held: the lateness carries over
        return resumeUtc.addSecs(holdStartUtc.secsTo(dueUtc));
    const Service *service = m_catalog.service(serviceCode);
    const bool business = service && service->sla.clock == SlaPolicy::Clock::Business;
    if (!business)
        return dueUtc.addSecs(holdStartUtc.secsTo(resumeUtc));
    const qint64 left = m_catalog.calendar.businessSecondsBetween(holdStartUtc, dueUtc);
    return m_catalog.calendar.addBusinessHours(resumeUtc, left / 3600.0);
}

SlaReading SlaClock::read(TicketStatus status, const QDateTime &dueUtc, const QDateTime &closedAtUtc,
                          const QDateTime &holdStartUtc, const QDateTime &nowUtc, qint64 dueSoonSeconds) const
{
    if (!dueUtc.isValid())
        return {};
    if (!ticketstatus::isOpen(status)) {
        const QDateTime closed = closedAtUtc.isValid() ? closedAtUtc : nowUtc;
        const qint64 spare = closed.secsTo(dueUtc);
        return spare >= 0 ? SlaReading{SlaReading::State::Met, spare}
                          : SlaReading{SlaReading::State::Missed, -spare};
    }
    if (status == TicketStatus::OnHold) {
        // The time left is what was left when the hold began.
        const QDateTime at = holdStartUtc.isValid() ? holdStartUtc : nowUtc;
        const qint64 left = at.secsTo(dueUtc);
        return left >= 0 ? SlaReading{SlaReading::State::Paused, left}
                         : SlaReading{SlaReading::State::Overdue, -left};
    }
    const qint64 left = nowUtc.secsTo(dueUtc);
    if (left < 0)
        return {SlaReading::State::Overdue, -left};
    return {left <= dueSoonSeconds ? SlaReading::State::DueSoon : SlaReading::State::Running, left};
}

double SlaClock::consumedPercent(const QDateTime &requestedUtc, const QDateTime &dueUtc,
                                 const QDateTime &atUtc)
{
    if (!requestedUtc.isValid() || !dueUtc.isValid())
        return -1.0;
    const qint64 allowed = requestedUtc.secsTo(dueUtc);
    if (allowed <= 0)
        return 100.0;
    return 100.0 * static_cast<double>(requestedUtc.secsTo(atUtc)) / static_cast<double>(allowed);
}

QString SlaClock::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0) {
        return hours > 0 ? QCoreApplication::translate("SlaClock", "%1 d %2 h").arg(days).arg(hours)
                         : QCoreApplication::translate("SlaClock", "%1 d").arg(days);
    }
    if (hours > 0) {
        return minutes > 0 ? QCoreApplication::translate("SlaClock", "%1 h %2 min").arg(hours).arg(minutes)
                           : QCoreApplication::translate("SlaClock", "%1 h").arg(hours);
    }
    return QCoreApplication::translate("SlaClock", "%1 min").arg(minutes);
}

QString SlaClock::describe(const SlaReading &r)
{
    switch (r.state) {
    case SlaReading::State::None:
        return {};
    case SlaReading::State::Running:
    case SlaReading::State::DueSoon:
        return QCoreApplication::translate("SlaClock", "%1 left").arg(duration(r.seconds));
    case SlaReading::State::Overdue:
        return QCoreApplication::translate("SlaClock", "overdue by %1").arg(duration(r.seconds));
    case SlaReading::State::Paused:
        return QCoreApplication::translate("SlaClock", "paused, %1 left").arg(duration(r.seconds));
    case SlaReading::State::Met:
        return QCoreApplication::translate("SlaClock", "met");
    case SlaReading::State::Missed:
        return QCoreApplication::translate("SlaClock", "missed by %1").arg(duration(r.seconds));
    }
    return {};
}

} // namespace civicdesk::core

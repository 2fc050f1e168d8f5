#include "core/dashboard/dashboardreport.h"

#include "core/catalog/catalog.h"
#include "core/dashboard/dashboarddays.h"
#include "core/domain/channel.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuesql.h"
#include "core/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <vector>

namespace civicdesk::core {

namespace {
QStringList closedStatusKeys()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (!ticketstatus::isOpen(s))
            keys.append(ticketstatus::toKey(s));
    }
    return keys;
}

QueueQuery rangeQuery(QDate from, QDate to)
{
    QueueQuery q;
    q.createdFrom = from;
    q.createdTo = to;
    return q;
}

using SlaCounts = DashboardSums::Counts;

DashboardFigure slaFigure(const QString &key, const QString &label, const SlaCounts &c, QueueQuery drill)
{
    drill.statuses = closedStatusKeys();
    return {key,          label, c.withTarget > 0 ? 100.0 * double(c.onTime) / double(c.withTarget) : -1.0,
            c.withTarget, drill, true};
}
} // namespace

double DashboardReport::percentileHours(const QMap<qint64, qint64> &histogram, double p)
{
    qint64 total = 0;
    for (qint64 n : histogram)
        total += n;
    if (total == 0)
        return -1.0;
    const qint64 rank = std::max<qint64>(1, static_cast<qint64>(std::ceil(p * double(total))));
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return double(it.key());
    }
    return double(histogram.lastKey());
}

DashboardData DashboardReport::build(const DateRange &range, const QDateTime &nowUtc) const
{
    range.validate();
    const QTimeZone zone = m_catalog.calendar.timeZone();
    const qint64 from = range.fromMs(zone);
    const qint64 to = range.toMsExclusive(zone);
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const QSqlDatabase db = m_db.connection();
    DashboardData d;
    d.range = range;

    // Every ticket figure (sections 1 to 5) comes from the day sums: the stored sums of the
    // range's whole UTC days and the tickets of its two edge days (DashboardDays).
    const DashboardSums sums = DashboardDays(m_db).sums(from, to);

    // 1. Volume by UTC hour, folded into local hours of the day, days and weeks.
    {
        QMap<int, qint64> hours;
        QMap<QDate, qint64> days;
        QMap<QDate, qint64> weeks;
        for (auto it = sums.utcHours().cbegin(); it != sums.utcHours().cend(); ++it) {
            const QDateTime local =
                QDateTime::fromMSecsSinceEpoch(it.key() * 3600000, QTimeZone::utc()).toTimeZone(zone);
            const qint64 n = it.value();
            hours[local.time().hour()] += n;
            days[local.date()] += n;
            weeks[local.date().addDays(1 - local.date().dayOfWeek())] += n;
            d.tickets += n;
        }
        for (int h = 0; h < 24; ++h)
            d.volumeByHourOfDay.append(
                {QString::number(h), QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')),
                 double(hours.value(h)), hours.value(h), rangeQuery(range.from, range.to), false});
        for (QDate day = range.from; day <= range.to; day = day.addDays(1))
            d.volumeByDay.append({day.toString(Qt::ISODate), day.toString(Qt::ISODate),
                                  double(days.value(day)), days.value(day), rangeQuery(day, day), true});
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
            const QDate first = std::max(it.key(), range.from);
            const QDate last = std::min(it.key().addDays(6), range.to);
            d.volumeByWeek.append({it.key().toString(Qt::ISODate),
                                   QCoreApplication::translate("DashboardReport", "week of %1")
                                       .arg(it.key().toString(Qt::ISODate)),
                                   double(it.value()), it.value(), rangeQuery(first, last), true});
        }
    }

    // 2. By service and channel: volume, and closed on time for the SLA percentages.
    QMap<QString, SlaCounts> byService;
    QMap<QString, SlaCounts> byAgency;
    QMap<QString, qint64> byChannel;
    QMap<QString, qint64> byGroup;
    SlaCounts all;
    for (auto it = sums.combinations().cbegin(); it != sums.combinations().cend(); ++it) {
        const std::vector<QByteArray> parts = DashboardSums::combinationParts(it.key());
        const QString service = QString::fromUtf8(parts[0]);
        const DashboardSums::Counts &c = it.value();
        for (SlaCounts *target : {&byService[service], &byAgency[QString::fromUtf8(parts[1])], &all}) {
            target->tickets += c.tickets;
            target->closed += c.closed;
            target->onTime += c.onTime;
            target->withTarget += c.withTarget;
        }
        byChannel[QString::fromUtf8(parts[2])] += c.tickets;
        const Service *s = m_catalog.service(service);
        byGroup[s ? s->group : QCoreApplication::translate("DashboardReport", "(unknown service)")] +=
            c.tickets;
    }
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        QueueQuery drill = rangeQuery(range.from, range.to);
        drill.serviceGroups = {it.key()};
        d.volumeByGroup.append({it.key(), it.key(), double(it.value()), it.value(), drill, true});
    }
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        QueueQuery drill = rangeQuery(range.from, range.to);
        drill.channels = {it.key()};
        const auto ch = channel::fromKey(it.key());
        d.volumeByChannel.append({it.key(), ch ? channel::displayName(*ch) : it.key(), double(it.value()),
                                  it.value(), drill, true});
    }
    d.closedWithinSlaPercent =
        all.withTarget > 0 ? 100.0 * double(all.onTime) / double(all.withTarget) : -1.0;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        QueueQuery drill = rangeQuery(range.from, range.to);
        drill.agencies = {it.key()};
        const Agency *a = m_catalog.agency(it.key());
        d.closedWithinSlaByAgency.append(slaFigure(it.key(), a ? a->name : it.key(), it.value(), drill));
    }
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        QueueQuery drill = rangeQuery(range.from, range.to);
        drill.services = {it.key()};
        const Service *s = m_catalog.service(it.key());
        d.closedWithinSlaByService.append(slaFigure(it.key(), s ? s->name : it.key(), it.value(), drill));
    }

    // 3. Time to close by service, from the whole-hour histograms.
    {
        QMap<QString, QMap<qint64, qint64>> histograms;
        const QMap<QByteArray, QMap<qint64, qint64>> byCode = sums.hoursToClose();
        for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
            histograms.insert(QString::fromUtf8(it.key()), it.value());
        for (auto it = histograms.cbegin(); it != histograms.cend(); ++it) {
            QueueQuery drill = rangeQuery(range.from, range.to);
            drill.services = {it.key()};
            drill.statuses = closedStatusKeys();
            const Service *s = m_catalog.service(it.key());
            const QString label = s ? s->name : it.key();
            qint64 n = 0;
            for (qint64 c : it.value())
                n += c;
            d.medianHoursToCloseByService.append(
                {it.key(), label, percentileHours(it.value(), 0.5), n, drill, true});
            d.p90HoursToCloseByService.append(
                {it.key(), label, percentileHours(it.value(), 0.9), n, drill, true});
        }
    }

    // 4. SLA consumed % of the open tickets of the range (wall clock, see SlaClock::consumedPercent).
    if (sums.consumedCount() > 0)
        d.slaConsumedPercent = sums.consumedSum(now) / double(sums.consumedCount());

    // 5. The open backlog at the end of each day (each week for long ranges), by age: from the
    // pairs (day requested, day closed), which are few, not from the tickets.
    {
        const QMap<DashboardSums::DayPair, qint64> &pairs = sums.backlogPairs();
        const qint64 days = range.from.daysTo(range.to) + 1;
        const int step = days > 92 ? 7 : 1;
        const auto bandOf = [](qint64 age) { return age <= 2 ? 0 : age <= 7 ? 1 : age <= 30 ? 2 : 3; };
        for (QDate day = range.to; day >= range.from; day = day.addDays(-step)) {
            DashboardData::BacklogSample sample;
            sample.day = day;
            const qint64 epochDay = QDate(1970, 1, 1).daysTo(day);
            for (auto p = pairs.cbegin(); p != pairs.cend(); ++p) {
                const auto [requested, closed] = p.key();
                if (requested <= epochDay && (closed < 0 || closed > epochDay))
                    sample.bands[bandOf(epochDay - requested)] += p.value();
            }
            d.backlog.prepend(sample);
        }
        // Today's bands drill down exactly: open tickets requested in the band's days.
        const QDate today = nowUtc.toTimeZone(zone).date();
        const struct
        {
            const char *label;
            int newest;
            int oldest; // -1: no limit
        } bands[] = {{QT_TRANSLATE_NOOP("DashboardReport", "0-2 days"), 0, 2},
                     {QT_TRANSLATE_NOOP("DashboardReport", "3-7 days"), 3, 7},
                     {QT_TRANSLATE_NOOP("DashboardReport", "8-30 days"), 8, 30},
                     {QT_TRANSLATE_NOOP("DashboardReport", "over 30 days"), 31, -1}};
        const qint64 todayEpoch = QDate(1970, 1, 1).daysTo(today);
        for (int b = 0; b < 4; ++b) {
            qint64 n = 0;
            for (auto p = pairs.cbegin(); p != pairs.cend(); ++p) {
                const qint64 age = todayEpoch - p.key().first;
                if (p.key().second < 0 && age >= bands[b].newest &&
                    (bands[b].oldest < 0 || age <= bands[b].oldest))
                    n += p.value();
            }
            QueueQuery drill;
            drill.statuses = QueueSql::openStatusKeys();
            drill.createdTo = today.addDays(-bands[b].newest);
            if (bands[b].oldest >= 0)
                drill.createdFrom = today.addDays(-bands[b].oldest);
            // Days are UTC days in the pairs but local days in the drill; near midnight a ticket
            // can fall in the neighbouring band, so the band is exact only to the day.
            d.backlogNow.append({QString::number(b),
                                 QCoreApplication::translate("DashboardReport", bands[b].label), double(n), n,
                                 drill, false});
        }
    }

    // 6. Call takers and wrap-up codes from the call log.
    {
        SqliteStatement q(
            db, QStringLiteral("SELECT agent, COUNT(*), AVG(handle_seconds) FROM call_log "
                               "WHERE started_at >= ?1 AND started_at < ?2 GROUP BY 1 ORDER BY 2 DESC"));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        while (q.step())
            d.callTakers.append({q.text(0), q.int64(1), q.isNull(2) ? 0.0 : q.real(2)});
        SqliteStatement w(
            db, QStringLiteral("SELECT wrap_up, COUNT(*) FROM call_log "
                               "WHERE started_at >= ?1 AND started_at < ?2 GROUP BY 1 ORDER BY 2 DESC"));
        w.bindInt64(1, from);
        w.bindInt64(2, to);
        while (w.step())
            d.wrapUpCodes.append(
                {w.text(0),
                 w.text(0).isEmpty() ? QCoreApplication::translate("DashboardReport", "(none)") : w.text(0),
                 double(w.int64(1)), w.int64(1), rangeQuery(range.from, range.to), false});
    }
    return d;
}

} // namespace civicdesk::core

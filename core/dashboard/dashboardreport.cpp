#include "core/dashboard/dashboardreport.h"

#include "core/catalog/catalog.h"
#include "core/domain/channel.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuesql.h"
#include "core/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QMap>
#include <cmath>

namespace civicdesk::core {

namespace {
QString closedStatusesSql()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (!ticketstatus::isOpen(s))
            keys.append(u'\'' + ticketstatus::toKey(s) + u'\'');
    }
    return u'(' + keys.join(u',') + u')';
}

QStringList closedStatusKeys()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (!ticketstatus::isOpen(s))
            keys.append(ticketstatus::toKey(s));
    }
    return keys;
}

QStringList openStatusKeys()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (ticketstatus::isOpen(s))
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

struct SlaCounts
{
    qint64 tickets = 0;
    qint64 closed = 0;
    qint64 onTime = 0;
    qint64 withTarget = 0;
};

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

    // 1. Volume by UTC hour, folded into local hours of the day, days and weeks.
    {
        SqliteStatement q(db, QStringLiteral("SELECT requested_at / 3600000, COUNT(*) FROM tickets "
                                             "WHERE requested_at >= ?1 AND requested_at < ?2 GROUP BY 1"));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        QMap<int, qint64> hours;
        QMap<QDate, qint64> days;
        QMap<QDate, qint64> weeks;
        while (q.step()) {
            const QDateTime local =
                QDateTime::fromMSecsSinceEpoch(q.int64(0) * 3600000, QTimeZone::utc()).toTimeZone(zone);
            const qint64 n = q.int64(1);
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
    {
        SqliteStatement q(
            db, QStringLiteral("SELECT service_code, agency, channel, COUNT(*), "
                               "SUM(status IN %1), "
                               "SUM(status IN %1 AND expected_at IS NOT NULL), "
                               "SUM(status IN %1 AND COALESCE(closed_at, updated_at) <= expected_at) "
                               "FROM tickets WHERE requested_at >= ?1 AND requested_at < ?2 GROUP BY 1, 2, 3")
                    .arg(closedStatusesSql()));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        while (q.step()) {
            const QString service = q.text(0);
            const QString agency = q.text(1);
            const SlaCounts c{q.int64(3), q.int64(4), q.int64(6), q.int64(5)};
            for (SlaCounts *target : {&byService[service], &byAgency[agency], &all}) {
                target->tickets += c.tickets;
                target->closed += c.closed;
                target->onTime += c.onTime;
                target->withTarget += c.withTarget;
            }
            byChannel[q.text(2)] += c.tickets;
            const Service *s = m_catalog.service(service);
            byGroup[s ? s->group : QCoreApplication::translate("DashboardReport", "(unknown service)")] +=
                c.tickets;
        }
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

    // 3. Time to close by service, as whole-hour histograms.
    {
        SqliteStatement q(
            db,
            QStringLiteral(
                "SELECT service_code, (COALESCE(closed_at, updated_at) - requested_at) / 3600000, COUNT(*) "
                "FROM tickets WHERE requested_at >= ?1 AND requested_at < ?2 AND status IN %1 "
                "GROUP BY 1, 2")
                .arg(closedStatusesSql()));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        QMap<QString, QMap<qint64, qint64>> histograms;
        while (q.step())
            histograms[q.text(0)][std::max<qint64>(0, q.int64(1))] += q.int64(2);
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
    {
        SqliteStatement q(
            db, QStringLiteral(
                    "SELECT AVG((?3 - requested_at) * 100.0 / (expected_at - requested_at)) FROM tickets "
                    "WHERE requested_at >= ?1 AND requested_at < ?2 AND status IN %1 "
                    "AND expected_at > requested_at")
                    .arg(QueueSql::runningStatusesSql()));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        q.bindInt64(3, now);
        if (q.step() && !q.isNull(0))
            d.slaConsumedPercent = q.real(0);
    }

    // 5. The open backlog at the end of each day (each week for long ranges), by age: from the
    // pairs (day requested, day closed), which are few, not from the tickets.
    {
        SqliteStatement q(
            db, QStringLiteral(
                    "SELECT requested_at / 86400000, "
                    "CASE WHEN status IN %1 THEN COALESCE(closed_at, updated_at) / 86400000 END, COUNT(*) "
                    "FROM tickets WHERE requested_at < ?1 GROUP BY 1, 2")
                    .arg(closedStatusesSql()));
        q.bindInt64(1, to);
        struct Pair
        {
            qint64 requested;
            qint64 closed; // -1: still open
            qint64 count;
        };
        QList<Pair> pairs;
        while (q.step())
            pairs.append({q.int64(0), q.isNull(1) ? -1 : q.int64(1), q.int64(2)});
        const qint64 days = range.from.daysTo(range.to) + 1;
        const int step = days > 92 ? 7 : 1;
        const auto bandOf = [](qint64 age) { return age <= 2 ? 0 : age <= 7 ? 1 : age <= 30 ? 2 : 3; };
        for (QDate day = range.to; day >= range.from; day = day.addDays(-step)) {
            DashboardData::BacklogSample sample;
            sample.day = day;
            const qint64 epochDay = QDate(1970, 1, 1).daysTo(day);
            for (const Pair &p : std::as_const(pairs)) {
                if (p.requested <= epochDay && (p.closed < 0 || p.closed > epochDay))
                    sample.bands[bandOf(epochDay - p.requested)] += p.count;
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
            for (const Pair &p : std::as_const(pairs)) {
                const qint64 age = todayEpoch - p.requested;
                if (p.closed < 0 && age >= bands[b].newest && (bands[b].oldest < 0 || age <= bands[b].oldest))
                    n += p.count;
            }
            QueueQuery drill;
            drill.statuses = openStatusKeys();
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

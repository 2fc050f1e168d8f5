#include "core/dashboard/dashboardreport.h"

#include "core/catalog/catalog.h"
#include "core/domain/channel.h"
#include "core/domain/ticketstatus.h"
#include "core/store/sqlitestatement.h"

#include <QByteArray>
#include <QByteArrayView>
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

QStringList openStatusKeys()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (ticketstatus::isOpen(s))
            keys.append(ticketstatus::toKey(s));
    }
    return keys;
}

// Small integer ids for the few distinct codes of a column (statuses, services, agencies,
// channels) while the pass reads a million rows: sums are kept by id, and an id becomes text
// once per sum, not once per row. Local to the report, the only reader that needs it.
class TextIds final
{
public:
    // The id of these bytes, a new one (the next number from 0) the first time they are seen.
    int id(QByteArrayView text)
    {
        if (m_last >= 0 && m_texts[size_t(m_last)] == text)
            return m_last;
        // fromRawData: the lookup copies nothing; only a new code is stored.
        const auto found = m_ids.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != m_ids.cend()) {
            m_last = found.value();
            return m_last;
        }
        m_last = int(m_texts.size());
        m_texts.emplace_back(text.toByteArray());
        m_ids.insert(m_texts.back(), m_last);
        return m_last;
    }
    const QByteArray &text(int id) const { return m_texts.at(size_t(id)); }

private:
    std::vector<QByteArray> m_texts;
    QHash<QByteArray, int> m_ids;
    int m_last = -1; // rows in index order often repeat the previous code
};

// Past these, the pass counts in a hash rather than in a dense array.
constexpr qint64 kDenseHours = 24 * 400;
constexpr qint64 kDenseDays = 400;

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

    // One pass over the tickets requested before the end of the range, in requested_at order,
    // reading only the dashboard's covering index (migration 0015). It feeds sections 1 to 5;
    // five GROUP BY scans of the table took many seconds at a million tickets. The sums are the
    // ones the SQL computed: the same expressions, the same integer division.
    QMap<qint64, qint64> utcHours;
    // Dense by id, since a million rows make each hash lookup count: per service the few
    // (agency, channel) pairs it has, and its hours to close.
    std::vector<std::vector<std::pair<quint64, SlaCounts>>> byCombination;
    std::vector<std::vector<qint64>> hoursToClose;
    QHash<int, QMap<qint64, qint64>> longHoursToClose; // the rare hours past kDenseHours
    double consumedSum = 0.0;
    qint64 consumedCount = 0;
    // (day requested, day closed or -1) pairs. Rows come day by day: the current day's closed
    // days are counted as offsets from it, and the day's pairs are appended when it ends.
    struct Pair
    {
        qint64 requested;
        qint64 closed; // -1: still open
        qint64 count;
    };
    QList<Pair> pairs;
    qint64 pairDay = 0;
    qint64 pairOpen = 0;
    std::vector<qint64> pairOffsets;
    QHash<qint64, qint64> pairOthers; // closed before the request or long after it
    const auto flushPairs = [&] {
        if (pairOpen > 0)
            pairs.append({pairDay, -1, pairOpen});
        for (size_t i = 0; i < pairOffsets.size(); ++i) {
            if (pairOffsets[i] > 0)
                pairs.append({pairDay, pairDay + qint64(i), pairOffsets[i]});
        }
        for (auto it = pairOthers.cbegin(); it != pairOthers.cend(); ++it)
            pairs.append({pairDay, it.key(), it.value()});
        pairOpen = 0;
        std::fill(pairOffsets.begin(), pairOffsets.end(), 0);
        pairOthers.clear();
    };
    TextIds statuses;
    TextIds services;
    TextIds agencies;
    TextIds channels;
    std::vector<char> closedStatus;  // by status id: a closed status
    std::vector<char> runningStatus; // by status id: open and its SLA clock running
    {
        SqliteStatement q(db, QStringLiteral("SELECT requested_at, status, service_code, agency, channel, "
                                             "expected_at, COALESCE(closed_at, updated_at) FROM tickets "
                                             "INDEXED BY tickets_dashboard WHERE requested_at < ?1"));
        q.bindInt64(1, to);
        qint64 hour = -1;
        qint64 hourCount = 0;
        while (q.step()) {
            const qint64 requested = q.int64(0);
            const int status = statuses.id(q.utf8View(1));
            if (status == int(closedStatus.size())) {
                // An unknown key is neither, as it was for the SQL's IN lists.
                const auto known = ticketstatus::fromKey(QString::fromUtf8(statuses.text(status)));
                closedStatus.push_back(known && !ticketstatus::isOpen(*known));
                runningStatus.push_back(known && ticketstatus::isOpen(*known) &&
                                        *known != TicketStatus::OnHold);
            }
            const bool closed = closedStatus[size_t(status)];
            const bool hasExpected = !q.isNull(5);
            const qint64 expected = q.int64(5);
            const bool hasCloseTime = !q.isNull(6);
            const qint64 closeTime = q.int64(6);

            // 5. The backlog reads every ticket requested before the end of the range.
            if (requested / 86400000 != pairDay) {
                flushPairs();
                pairDay = requested / 86400000;
            }
            if (!closed || !hasCloseTime) {
                ++pairOpen;
            } else {
                const qint64 offset = closeTime / 86400000 - pairDay;
                if (offset >= 0 && offset < kDenseDays) {
                    if (size_t(offset) >= pairOffsets.size())
                        pairOffsets.resize(size_t(offset) + 1, 0);
                    ++pairOffsets[size_t(offset)];
                } else {
                    ++pairOthers[pairDay + offset];
                }
            }
            if (requested < from)
                continue;

            // 1. Volume by UTC hour; the rows come in requested_at order, so hours come in runs.
            if (requested / 3600000 != hour) {
                if (hourCount > 0)
                    utcHours[hour] += hourCount;
                hour = requested / 3600000;
                hourCount = 0;
            }
            ++hourCount;

            // 2. Volume and closed on time by service, agency and channel.
            const int service = services.id(q.utf8View(2));
            const quint64 combination =
                (quint64(agencies.id(q.utf8View(3))) << 32) | quint64(channels.id(q.utf8View(4)));
            if (size_t(service) >= byCombination.size()) {
                byCombination.resize(size_t(service) + 1);
                hoursToClose.resize(size_t(service) + 1);
            }
            auto &combinations = byCombination[size_t(service)];
            auto found = std::find_if(combinations.begin(), combinations.end(),
                                      [combination](const auto &e) { return e.first == combination; });
            if (found == combinations.end())
                found = combinations.insert(combinations.end(), {combination, SlaCounts{}});
            SlaCounts &c = found->second;
            ++c.tickets;
            if (closed) {
                ++c.closed;
                if (hasExpected) {
                    ++c.withTarget;
                    if (hasCloseTime && closeTime <= expected)
                        ++c.onTime;
                }
                // 3. Time to close in whole hours (a NULL close time counted as 0, as before).
                const qint64 hours =
                    std::max<qint64>(0, hasCloseTime ? (closeTime - requested) / 3600000 : 0);
                std::vector<qint64> &histogram = hoursToClose[size_t(service)];
                if (hours < kDenseHours) {
                    if (size_t(hours) >= histogram.size())
                        histogram.resize(size_t(hours) + 1, 0);
                    ++histogram[size_t(hours)];
                } else {
                    ++longHoursToClose[service][hours];
                }
            }

            // 4. SLA consumed % of the running tickets that have a target after their request.
            if (runningStatus[size_t(status)] && hasExpected && expected > requested) {
                consumedSum += double(now - requested) * 100.0 / double(expected - requested);
                ++consumedCount;
            }
        }
        if (hourCount > 0)
            utcHours[hour] += hourCount;
        flushPairs();
    }

    // 1. Volume by UTC hour, folded into local hours of the day, days and weeks.
    {
        QMap<int, qint64> hours;
        QMap<QDate, qint64> days;
        QMap<QDate, qint64> weeks;
        for (auto it = utcHours.cbegin(); it != utcHours.cend(); ++it) {
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
    for (size_t id = 0; id < byCombination.size(); ++id) {
        for (const auto &[combination, c] : byCombination[id]) {
            const QString service = QString::fromUtf8(services.text(int(id)));
            const QString agency = QString::fromUtf8(agencies.text(int(combination >> 32)));
            const QString channelKey = QString::fromUtf8(channels.text(int(combination & 0xffffffff)));
            for (SlaCounts *target : {&byService[service], &byAgency[agency], &all}) {
                target->tickets += c.tickets;
                target->closed += c.closed;
                target->onTime += c.onTime;
                target->withTarget += c.withTarget;
            }
            byChannel[channelKey] += c.tickets;
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

    // 3. Time to close by service, from the whole-hour histograms.
    {
        QMap<QString, QMap<qint64, qint64>> histograms;
        for (size_t id = 0; id < hoursToClose.size(); ++id) {
            QMap<qint64, qint64> histogram = longHoursToClose.value(int(id));
            for (size_t h = 0; h < hoursToClose[id].size(); ++h) {
                if (hoursToClose[id][h] > 0)
                    histogram.insert(qint64(h), hoursToClose[id][h]);
            }
            if (!histogram.isEmpty())
                histograms.insert(QString::fromUtf8(services.text(int(id))), histogram);
        }
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
    if (consumedCount > 0)
        d.slaConsumedPercent = consumedSum / double(consumedCount);

    // 5. The open backlog at the end of each day (each week for long ranges), by age: from the
    // pairs (day requested, day closed), which are few, not from the tickets.
    {
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

#include "core/catalog/catalog.h"
#include "core/commands/ticketcommands.h"
#include "core/dashboard/dashboardreport.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuesql.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QMap>

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

namespace {
const QDateTime kNow(QDate(2025, 7, 1), QTime(9, 30), QTimeZone::utc());
// The status lists of the two SLA metrics (docs/supervisor.md), as SQL.
const QString kRunning = QueueSql::runningStatusesSql();
const QString kClosed = [] {
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (!ticketstatus::isOpen(s))
            keys.append(u'\'' + ticketstatus::toKey(s) + u'\'');
    }
    return u'(' + keys.join(u',') + u')';
}();

// 1,500 tickets over the first half of 2025 at uneven hours: every service, every status, some
// without a target, some closed with and some without a recorded close time.
void fill(TempProfile &p)
{
    const Catalog &catalog = p.store().catalog();
    Transaction tx(p.store().database().connection());
    TicketRepository repo(p.store().database());
    for (int i = 0; i < 1500; ++i) {
        Ticket t = civicdesk::testsupport::generatedTicket(i, QStringLiteral("TST"));
        const Service &s = catalog.services().at(i % int(catalog.services().size()));
        t.serviceCode = s.code;
        t.serviceName = s.name;
        t.agencyResponsible = s.agencyId;
        t.channel = static_cast<Channel>(i % 5);
        t.requestedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc())
                            .addSecs(qint64(i) * 10333 + (i % 7) * 1777);
        t.updatedAt = t.requestedAt.addSecs((i % 97) * 3600 + (i % 13) * 60);
        t.expectedAt = i % 9 == 0 ? QDateTime() : t.requestedAt.addSecs((i % 11) * 7200 + 3600);
        repo.insert(t);
    }
    tx.commit();
    // Two closed tickets in three get a close time, as the status trigger sets it; the rest
    // count by their last change.
    SqlQuery::execute(p.store().database().connection(),
                      QStringLiteral("UPDATE tickets SET closed_at = updated_at - 1800000 WHERE status IN %1 "
                                     "AND rowid % 3 <> 0")
                          .arg(kClosed));
}

// Straight from the tickets, one aggregate per figure: what the single-pass report must equal.
QMap<QString, QList<qint64>> grouped(const QSqlDatabase &db, const QString &sql, qint64 from, qint64 to)
{
    SqliteStatement q(db, sql);
    q.bindInt64(1, from);
    q.bindInt64(2, to);
    QMap<QString, QList<qint64>> out;
    while (q.step())
        out.insert(q.text(0), {q.int64(1), q.int64(2), q.int64(3)});
    return out;
}

qint64 scalar(TempProfile &p, const char *sql)
{
    SqliteStatement q(p.store().database().connection(), QString::fromLatin1(sql));
    return q.step() ? q.int64(0) : -1;
}

QList<TicketTarget> targets(TempProfile &p, const QString &sql)
{
    SqliteStatement q(p.store().database().connection(), sql);
    QList<TicketTarget> out;
    while (q.step())
        out.append({q.text(0), 0});
    return out;
}

void compareRange(TempProfile &p, const DateRange &range)
{
    const Catalog &catalog = p.store().catalog();
    const QSqlDatabase db = p.store().database().connection();
    const QTimeZone zone = catalog.calendar.timeZone();
    const qint64 from = range.fromMs(zone);
    const qint64 to = range.toMsExclusive(zone);
    const DashboardData d = DashboardReport(p.store().database(), catalog).build(range, kNow);

    // Volumes, ticket by ticket in local time.
    QMap<int, qint64> hours;
    QMap<QDate, qint64> days;
    qint64 total = 0;
    {
        SqliteStatement q(db, QStringLiteral("SELECT requested_at FROM tickets NOT INDEXED"));
        while (q.step()) {
            if (q.int64(0) < from || q.int64(0) >= to)
                continue;
            const QDateTime local =
                QDateTime::fromMSecsSinceEpoch(q.int64(0), QTimeZone::utc()).toTimeZone(zone);
            ++hours[local.time().hour()];
            ++days[local.date()];
            ++total;
        }
    }
    QVERIFY(total > 100);
    QCOMPARE(d.tickets, total);
    QCOMPARE(d.volumeByHourOfDay.size(), 24);
    for (const DashboardFigure &f : d.volumeByHourOfDay)
        QCOMPARE(f.tickets, hours.value(f.key.toInt()));
    QCOMPARE(d.volumeByDay.size(), range.from.daysTo(range.to) + 1);
    for (const DashboardFigure &f : d.volumeByDay)
        QCOMPARE(f.tickets, days.value(QDate::fromString(f.key, Qt::ISODate)));
    qint64 weekly = 0;
    for (const DashboardFigure &f : d.volumeByWeek) {
        qint64 n = 0;
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            n += it.key() >= f.drill.createdFrom && it.key() <= f.drill.createdTo ? it.value() : 0;
        QCOMPARE(f.tickets, n);
        weekly += n;
    }
    QCOMPARE(weekly, total);

    // Channels and SLA: closed on time / closed with a target.
    const QString sla =
        QStringLiteral("SELECT %2, COUNT(*), SUM(status IN %1 AND expected_at IS NOT NULL), "
                       "SUM(status IN %1 AND COALESCE(closed_at, updated_at) <= expected_at) "
                       "FROM tickets NOT INDEXED WHERE requested_at >= ?1 AND requested_at < ?2 "
                       "GROUP BY 1")
            .arg(kClosed);
    const auto channels = grouped(db, sla.arg(QStringLiteral("channel")), from, to);
    QCOMPARE(d.volumeByChannel.size(), channels.size());
    for (const DashboardFigure &f : d.volumeByChannel)
        QCOMPARE(f.tickets, channels.value(f.key).value(0));
    const auto all = grouped(db, sla.arg(QStringLiteral("''")), from, to).value(QString());
    QVERIFY(all.value(1) > 0 && all.value(2) > 0 && all.value(2) < all.value(1));
    QCOMPARE(d.closedWithinSlaPercent, 100.0 * double(all.value(2)) / double(all.value(1)));
    for (const auto &[column, figures] :
         {std::pair{QStringLiteral("agency"), d.closedWithinSlaByAgency},
          std::pair{QStringLiteral("service_code"), d.closedWithinSlaByService}}) {
        const auto expected = grouped(db, sla.arg(column), from, to);
        QCOMPARE(figures.size(), expected.size());
        for (const DashboardFigure &f : figures) {
            const QList<qint64> e = expected.value(f.key);
            QCOMPARE(f.tickets, e.value(1));
            QCOMPARE(f.value, e.value(1) > 0 ? 100.0 * double(e.value(2)) / double(e.value(1)) : -1.0);
        }
    }

    // Median and p90 hours to close by service.
    {
        SqliteStatement q(db,
                          QStringLiteral("SELECT service_code, MAX(0, (COALESCE(closed_at, updated_at) - "
                                         "requested_at) / 3600000) FROM tickets NOT INDEXED "
                                         "WHERE requested_at >= ?1 AND requested_at < ?2 AND status IN %1")
                              .arg(kClosed));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        QMap<QString, QMap<qint64, qint64>> histograms;
        while (q.step())
            ++histograms[q.text(0)][q.int64(1)];
        QCOMPARE(d.medianHoursToCloseByService.size(), histograms.size());
        QCOMPARE(d.p90HoursToCloseByService.size(), histograms.size());
        for (int i = 0; i < histograms.size(); ++i) {
            const QString service = d.medianHoursToCloseByService.at(i).key;
            QCOMPARE(d.medianHoursToCloseByService.at(i).value,
                     DashboardReport::percentileHours(histograms.value(service), 0.5));
            QCOMPARE(d.p90HoursToCloseByService.at(i).value,
                     DashboardReport::percentileHours(histograms.value(service), 0.9));
        }
    }

    // SLA consumed % of the running tickets.
    {
        SqliteStatement q(
            db, QStringLiteral("SELECT AVG((?3 - requested_at) * 100.0 / (expected_at - requested_at)) "
                               "FROM tickets NOT INDEXED WHERE requested_at >= ?1 AND requested_at < ?2 "
                               "AND status IN %1 AND expected_at > requested_at")
                    .arg(kRunning));
        q.bindInt64(1, from);
        q.bindInt64(2, to);
        q.bindInt64(3, kNow.toMSecsSinceEpoch());
        QVERIFY(q.step() && !q.isNull(0));
        QVERIFY2(qFuzzyCompare(d.slaConsumedPercent, q.real(0)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(d.slaConsumedPercent).arg(q.real(0))));
    }

    // The backlog at the end of each sampled day, ticket by ticket.
    {
        SqliteStatement q(db, QStringLiteral("SELECT requested_at / 86400000, CASE WHEN status IN %1 THEN "
                                             "COALESCE(closed_at, updated_at) / 86400000 END FROM tickets "
                                             "NOT INDEXED WHERE requested_at < ?1")
                                  .arg(kClosed));
        q.bindInt64(1, to);
        QList<std::pair<qint64, qint64>> tickets;
        while (q.step())
            tickets.append({q.int64(0), q.isNull(1) ? -1 : q.int64(1)});
        QVERIFY(!d.backlog.isEmpty());
        qint64 open = 0;
        for (const DashboardData::BacklogSample &s : d.backlog) {
            const qint64 day = QDate(1970, 1, 1).daysTo(s.day);
            qint64 bands[4] = {0, 0, 0, 0};
            for (const auto &[requested, closed] : std::as_const(tickets)) {
                if (requested > day || (closed >= 0 && closed <= day))
                    continue;
                const qint64 age = day - requested;
                ++bands[age <= 2 ? 0 : age <= 7 ? 1 : age <= 30 ? 2 : 3];
            }
            for (int b = 0; b < 4; ++b) {
                QCOMPARE(s.bands[b], bands[b]);
                open += bands[b];
            }
        }
        QVERIFY(open > 0);
    }
}
} // namespace

class TestDashboardReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The report reads its ticket figures from stored day sums and the tickets of the range's
    // edge days; each figure must equal the same figure computed straight from the tickets,
    // before and after tickets change.
    void figuresEqualTheTickets()
    {
        TempProfile p;
        fill(p);
        compareRange(p, {QDate(2025, 1, 20), QDate(2025, 3, 10)}); // daily backlog
        compareRange(p, {QDate(2025, 1, 1), QDate(2025, 6, 30)});  // weekly backlog

        // Close some, reopen some, move some out of the range: the figures follow.
        SqlQuery::execute(
            p.store().database().connection(),
            QStringLiteral("UPDATE tickets SET status = 'closed', updated_at = updated_at + 3600000 "
                           "WHERE rowid % 5 = 1"));
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("UPDATE tickets SET status = 'in_progress' WHERE rowid % 7 = 2"));
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("UPDATE tickets SET requested_at = requested_at + 40 * 86400000 "
                                         "WHERE rowid % 11 = 3"));
        compareRange(p, {QDate(2025, 1, 20), QDate(2025, 3, 10)});
        compareRange(p, {QDate(2025, 1, 1), QDate(2025, 6, 30)});
    }

    // The stored day sums follow every change the commands make, new and deleted tickets,
    // direct edits of each column the dashboard reads and a damaged summary: after each step the
    // figures equal the tickets again. A reassignment sums no day again.
    void daySumsFollowEveryChange()
    {
        TempProfile p;
        fill(p);
        const DateRange daily{QDate(2025, 1, 20), QDate(2025, 3, 10)};
        const DateRange weekly{QDate(2025, 1, 1), QDate(2025, 6, 30)};
        compareRange(p, daily);
        QCOMPARE(scalar(p, "SELECT COUNT(*) FROM dashboard_stale_days"), 0);
        QVERIFY(scalar(p, "SELECT COUNT(*) FROM dashboard_days") > 150);

        TicketCommands commands(p.store(), Role::Supervisor);
        const QList<TicketTarget> open =
            targets(p, QStringLiteral("SELECT reference FROM tickets WHERE %1 AND rowid % 13 = 2")
                           .arg(QueueSql::openStatusCondition()));
        QVERIFY(open.size() > 20);
        QCOMPARE(commands.assign(open, QStringLiteral("crew-9")).applied.size(), open.size());
        QCOMPARE(scalar(p, "SELECT COUNT(*) FROM dashboard_stale_days"), 0);
        compareRange(p, daily);

        const QList<TicketTarget> some =
            targets(p, QStringLiteral("SELECT reference FROM tickets WHERE rowid % 17 = 4"));
        const CommandResult closed = commands.setStatus(some, TicketStatus::Closed);
        QCOMPARE(closed.applied.size(), some.size());
        QVERIFY(scalar(p, "SELECT COUNT(*) FROM dashboard_stale_days") > 0);
        compareRange(p, daily);
        commands.setStatus(some.mid(0, 20), TicketStatus::InProgress);
        commands.setPriority(some.mid(20, 20), Priority::High);
        commands.merge(some.at(0).reference, some.mid(40, 10));
        compareRange(p, weekly);
        commands.undo(closed);
        compareRange(p, daily);

        {
            Transaction tx(p.store().database().connection());
            TicketRepository repo(p.store().database());
            for (int i = 0; i < 40; ++i) {
                Ticket t = civicdesk::testsupport::generatedTicket(5000 + i, QStringLiteral("NEW"));
                t.requestedAt = QDateTime(QDate(2025, 2, 1), QTime(3, 0), QTimeZone::utc()).addSecs(i * 5555);
                t.updatedAt = t.requestedAt.addSecs(7200);
                t.expectedAt = t.requestedAt.addSecs(86400);
                repo.insert(t);
            }
            tx.commit();
        }
        const QSqlDatabase db = p.store().database().connection();
        SqlQuery::execute(db, QStringLiteral("DELETE FROM tickets WHERE rowid % 23 = 5"));
        SqlQuery::execute(db,
                          QStringLiteral("UPDATE tickets SET service_code = 'changed' WHERE rowid % 19 = 1"));
        SqlQuery::execute(
            db, QStringLiteral("UPDATE tickets SET agency = 'other', channel = 'web' WHERE rowid % 29 = 3"));
        SqlQuery::execute(db, QStringLiteral("UPDATE tickets SET expected_at = NULL WHERE rowid % 31 = 6"));
        SqlQuery::execute(db, QStringLiteral("UPDATE tickets SET closed_at = NULL WHERE rowid % 37 = 7"));
        SqlQuery::execute(
            db, QStringLiteral(
                    "UPDATE tickets SET requested_at = requested_at - 20 * 86400000 WHERE rowid % 41 = 8"));
        compareRange(p, daily);
        compareRange(p, weekly);

        // The newest ticket deleted and a new one inserted: SQLite gives the new one the same rowid.
        SqlQuery::execute(
            db, QStringLiteral("DELETE FROM tickets WHERE rowid = (SELECT MAX(rowid) FROM tickets)"));
        {
            Ticket t = civicdesk::testsupport::generatedTicket(6000, QStringLiteral("NEW"));
            t.requestedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
            t.updatedAt = t.requestedAt;
            TicketRepository(p.store().database()).insert(t);
        }
        compareRange(p, daily);

        // A summary that cannot be read is summed again from its day's tickets.
        SqlQuery::execute(db,
                          QStringLiteral("UPDATE dashboard_days SET summary = x'00ff' WHERE day % 3 = 0"));
        compareRange(p, weekly);
    }
};

CIVICDESK_TEST_MAIN(TestDashboardReport)
#include "test_dashboardreport.moc"

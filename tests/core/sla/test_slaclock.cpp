#include "core/sla/slaclock.h"
#include "support/testmain.h"

using namespace civicdesk::core;

namespace {
const QTimeZone kNewYork("America/New_York");

QDateTime ny(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kNewYork).toUTC();
}

Catalog catalog()
{
    Catalog c;
    c.calendar.setTimeZone(kNewYork);
    c.calendar.setWorkingDays({1, 2, 3, 4, 5});
    c.calendar.setHours(QTime(8, 0), QTime(17, 0));
    c.calendar.setHolidays({QDate(2026, 11, 26)}); // Thanksgiving, a Thursday
    Service business;
    business.code = QStringLiteral("POTHOLE");
    business.sla = {18, SlaPolicy::Clock::Business}; // two working days of 9 h
    Service calendar;
    calendar.code = QStringLiteral("NOISE");
    calendar.sla = {24, SlaPolicy::Clock::Calendar};
    Service none;
    none.code = QStringLiteral("INFO");
    c.setServices({business, calendar, none});
    return c;
}
} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTime_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QDateTime>("requested");
        QTest::addColumn<QDateTime>("due");
        // Business hours: Tuesday 10:00 + 18 working hours = 7 h Tue + 9 h Wed + 2 h Thu.
        QTest::newRow("business hours")
            << QStringLiteral("POTHOLE") << ny(2026, 11, 3, 10) << ny(2026, 11, 5, 10);
        // Before opening the clock starts at 08:00.
        QTest::newRow("before opening")
            << QStringLiteral("POTHOLE") << ny(2026, 11, 3, 6) << ny(2026, 11, 4, 17);
        // Weekend: Friday 15:00 = 2 h Fri, Sat and Sun skipped, 9 h Mon, 7 h Tue.
        QTest::newRow("weekend") << QStringLiteral("POTHOLE") << ny(2026, 11, 6, 15) << ny(2026, 11, 10, 15);
        // Holiday: Wednesday 12:00 = 5 h Wed, Thanksgiving skipped, 9 h Fri, 4 h Mon.
        QTest::newRow("holiday") << QStringLiteral("POTHOLE") << ny(2026, 11, 25, 12) << ny(2026, 11, 30, 12);
        // DST ends on Sunday 2026-11-01: Friday 16:00 EDT + 18 h = 1 h Fri, 9 h Mon, 8 h Tue, all
        // on local working hours (16:00 EST on Tuesday is 21:00 UTC, not 20:00).
        QTest::newRow("dst end") << QStringLiteral("POTHOLE") << ny(2026, 10, 30, 16) << ny(2026, 11, 3, 16);
        // DST starts on Sunday 2026-03-08; a calendar clock counts real hours across it.
        QTest::newRow("dst calendar")
            << QStringLiteral("NOISE") << ny(2026, 3, 7, 12) << ny(2026, 3, 7, 12).addSecs(24 * 3600);
        QTest::newRow("no sla") << QStringLiteral("INFO") << ny(2026, 3, 7, 12) << QDateTime();
    }
    void dueTime()
    {
        QFETCH(QString, service);
        QFETCH(QDateTime, requested);
        QFETCH(QDateTime, due);
        const Catalog c = catalog();
        QCOMPARE(SlaClock(c).due(service, requested), due);
    }

    void dstCalendarIsLocal23Hours()
    {
        // The wall clock moves an hour: 24 real hours from Saturday noon end Sunday 13:00 local.
        const Catalog c = catalog();
        const QDateTime due = SlaClock(c).due(QStringLiteral("NOISE"), ny(2026, 3, 7, 12));
        QCOMPARE(due.toTimeZone(kNewYork).time(), QTime(13, 0));
    }

    void businessSecondsAcrossDst()
    {
        const Catalog c = catalog();
        // Friday 16:00 EDT to Monday 09:00 EST: 1 h Friday and 1 h Monday.
        QCOMPARE(c.calendar.businessSecondsBetween(ny(2026, 10, 30, 16), ny(2026, 11, 2, 9)), 2 * 3600);
        QCOMPARE(c.calendar.businessSecondsBetween(ny(2026, 11, 2, 9), ny(2026, 10, 30, 16)), 0);
    }

    void pauseAndResumeBusiness()
    {
        const Catalog c = catalog();
        const SlaClock clock(c);
        const QDateTime due = ny(2026, 11, 5, 10); // requested Tuesday 10:00
        // Held Tuesday 15:00 (5 h used, 13 working hours left), resumed the next Monday 09:00.
        const QDateTime held = ny(2026, 11, 3, 15);
        const QDateTime resumed = ny(2026, 11, 9, 9);
        const QDateTime newDue = clock.resumedDue(QStringLiteral("POTHOLE"), due, held, resumed);
        // 13 h from Monday 09:00: 8 h Mon, 5 h Tue -> Tuesday 13:00.
        QCOMPARE(newDue, ny(2026, 11, 10, 13));
        // While on hold the reading stands still at what was left.
        const SlaReading paused = clock.read(TicketStatus::OnHold, due, {}, held, ny(2026, 11, 8, 12));
        QCOMPARE(paused.state, SlaReading::State::Paused);
        QCOMPARE(paused.seconds, held.secsTo(due));
    }

    void pauseAndResumeCalendar()
    {
        const Catalog c = catalog();
        const QDateTime requested = ny(2026, 11, 3, 10);
        const QDateTime due = requested.addSecs(24 * 3600);
        const QDateTime held = requested.addSecs(6 * 3600);
        const QDateTime resumed = held.addSecs(50 * 3600);
        QCOMPARE(SlaClock(c).resumedDue(QStringLiteral("NOISE"), due, held, resumed), due.addSecs(50 * 3600));
        // Held when already late: still late by as much after the resume.
        const QDateTime lateHold = due.addSecs(3600);
        QCOMPARE(SlaClock(c).resumedDue(QStringLiteral("NOISE"), due, lateHold, lateHold.addSecs(7200)),
                 lateHold.addSecs(7200).addSecs(-3600));
    }

    void readings()
    {
        const Catalog c = catalog();
        const SlaClock clock(c);
        const QDateTime due = ny(2026, 11, 5, 10);
        QCOMPARE(clock.read(TicketStatus::New, due, {}, {}, due.addSecs(-10 * 3600)).state,
                 SlaReading::State::Running);
        QCOMPARE(clock.read(TicketStatus::New, due, {}, {}, due.addSecs(-3600)).state,
                 SlaReading::State::DueSoon);
        const SlaReading overdue = clock.read(TicketStatus::InProgress, due, {}, {}, due.addSecs(90 * 60));
        QCOMPARE(overdue.state, SlaReading::State::Overdue);
        QCOMPARE(SlaClock::describe(overdue), QStringLiteral("overdue by 1 h 30 min"));
        const SlaReading met = clock.read(TicketStatus::Closed, due, due.addSecs(-60), {}, due.addDays(9));
        QCOMPARE(met.state, SlaReading::State::Met);
        QCOMPARE(SlaClock::describe(met), QStringLiteral("met"));
        const SlaReading missed =
            clock.read(TicketStatus::Closed, due, due.addSecs(2 * 86400 + 4 * 3600), {}, due.addDays(9));
        QCOMPARE(missed.state, SlaReading::State::Missed);
        QCOMPARE(SlaClock::describe(missed), QStringLiteral("missed by 2 d 4 h"));
        QCOMPARE(clock.read(TicketStatus::New, {}, {}, {}, due).state, SlaReading::State::None);
    }

    void consumedPercent()
    {
        const QDateTime requested = ny(2026, 11, 3, 10);
        const QDateTime due = requested.addSecs(10 * 3600);
        QCOMPARE(SlaClock::consumedPercent(requested, due, requested.addSecs(5 * 3600)), 50.0);
        QCOMPARE(SlaClock::consumedPercent(requested, due, requested.addSecs(15 * 3600)), 150.0);
        QVERIFY(SlaClock::consumedPercent(requested, {}, requested) < 0);
    }
};

CIVICDESK_TEST_MAIN(TestSlaClock)
#include "test_slaclock.moc"

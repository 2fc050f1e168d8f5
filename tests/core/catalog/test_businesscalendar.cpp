#include "core/catalog/catalog.h"
#include "support/testmain.h"

using namespace civicdesk::core;

namespace {
QDateTime ny(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("America/New_York")).toUTC();
}
} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void businessHours_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QDateTime>("expected");
        // Mon-Fri 08:00-17:00 in New York, 2026-11-26 (Thanksgiving) a holiday.
        QTest::newRow("same day") << ny(2026, 11, 23, 9) << 3.0 << ny(2026, 11, 23, 12);
        QTest::newRow("spills to next day") << ny(2026, 11, 23, 15) << 4.0 << ny(2026, 11, 24, 10);
        QTest::newRow("before opening") << ny(2026, 11, 23, 6) << 1.0 << ny(2026, 11, 23, 9);
        QTest::newRow("after closing") << ny(2026, 11, 23, 20) << 1.0 << ny(2026, 11, 24, 9);
        QTest::newRow("skips weekend") << ny(2026, 11, 20, 16) << 2.0 << ny(2026, 11, 23, 9);
        QTest::newRow("skips holiday") << ny(2026, 11, 25, 16) << 2.0 << ny(2026, 11, 27, 9);
        QTest::newRow("three days") << ny(2026, 11, 30, 8) << 27.0 << ny(2026, 12, 2, 17);
        // Daylight saving ends on 2026-11-01: business hours stay 08:00-17:00 local.
        QTest::newRow("across DST") << ny(2026, 10, 30, 16) << 2.0 << ny(2026, 11, 2, 9);
    }
    void businessHours()
    {
        QFETCH(QDateTime, from);
        QFETCH(double, hours);
        QFETCH(QDateTime, expected);
        BusinessCalendar cal;
        cal.setTimeZone(QTimeZone("America/New_York"));
        cal.setWorkingDays({1, 2, 3, 4, 5});
        cal.setHours(QTime(8, 0), QTime(17, 0));
        cal.setHolidays({QDate(2026, 11, 26)});
        QCOMPARE(cal.addBusinessHours(from, hours), expected);
    }

    void calendarClock()
    {
        Catalog catalog;
        Service s;
        s.code = QStringLiteral("TREE_DOWN");
        s.sla = {4, SlaPolicy::Clock::Calendar};
        const QDateTime sat = ny(2026, 11, 28, 23);
        QCOMPARE(catalog.expectedBy(s, sat), sat.addSecs(4 * 3600));
        s.sla.hours = 0;
        QVERIFY(!catalog.expectedBy(s, sat).isValid());
    }
};

CIVICDESK_TEST_MAIN(TestBusinessCalendar)
#include "test_businesscalendar.moc"

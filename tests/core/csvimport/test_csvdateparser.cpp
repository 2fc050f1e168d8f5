// The date forms the same city data takes in its exports, and the two-digit year window.
#include "core/csvimport/csvdateparser.h"
#include "support/testmain.h"

using civicdesk::core::CsvDateParser;

class TestCsvDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QStringList>("formats");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QStringList portal{QStringLiteral("MM/dd/yyyy hh:mm:ss AP")};
        const QString ny = QStringLiteral("America/New_York");
        const QString la = QStringLiteral("America/Los_Angeles");
        auto utc = [](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
        };
        QTest::newRow("portal") << portal << ny << "10/31/2016 11:07:15 PM" << utc(2016, 11, 1, 3, 7, 15);
        QTest::newRow("iso without zone is the profile's")
            << portal << ny << "2016-10-31T23:07:15.000" << utc(2016, 11, 1, 3, 7, 15);
        QTest::newRow("iso without zone, no ms")
            << portal << la << "2020-01-01T00:05:00" << utc(2020, 1, 1, 8, 5);
        QTest::newRow("iso with Z") << portal << ny << "2016-10-31T23:07:15Z" << utc(2016, 10, 31, 23, 7, 15);
        QTest::newRow("iso with offset")
            << portal << ny << "2016-03-07T09:41:12-05:00" << utc(2016, 3, 7, 14, 41, 12);
        QTest::newRow("M/d/yy H:mm") << portal << la << "1/1/20 0:05" << utc(2020, 1, 1, 8, 5);
        QTest::newRow("M/d/yy H:mm, two-digit parts")
            << portal << la << "12/31/20 13:30" << utc(2020, 12, 31, 21, 30);
        QTest::newRow("M/d/yyyy h:mm:ss AP")
            << portal << ny << "4/3/2014 2:51:52 PM" << utc(2014, 4, 3, 18, 51, 52);
        QTest::newRow("M/d/yyyy h:mm:ss AP, noon")
            << portal << ny << "12/24/2016 12:05:00 PM" << utc(2016, 12, 24, 17, 5);
        QTest::newRow("M/d/yyyy h:mm:ss AP, midnight")
            << portal << ny << "12/24/2016 12:05:00 AM" << utc(2016, 12, 24, 5, 5);
        QTest::newRow("boston's own") << QStringList{QStringLiteral("yyyy-MM-dd HH:mm:ss")} << ny
                                      << "2022-01-21 13:47:00" << utc(2022, 1, 21, 18, 47);
        QTest::newRow("unix seconds")
            << QStringList{QStringLiteral("unix")} << ny << "1391123456" << utc(2014, 1, 30, 23, 10, 56);
        QTest::newRow("unix milliseconds")
            << QStringList{QStringLiteral("unix")} << ny << "1391123456789"
            << QDateTime::fromMSecsSinceEpoch(1391123456789LL, QTimeZone::utc());
        QTest::newRow("unix not asked for") << portal << ny << "1391123456" << QDateTime();
        QTest::newRow("13 PM") << portal << ny << "04/30/2014 13:51:52 PM" << QDateTime();
        QTest::newRow("February 30") << portal << ny << "2/30/20 0:05" << QDateTime();
        QTest::newRow("three-digit year") << portal << ny << "1/1/202 0:05" << QDateTime();
        QTest::newRow("trailing junk") << portal << ny << "1/1/20 0:05x" << QDateTime();
        QTest::newRow("words") << portal << ny << "yesterday" << QDateTime();
        QTest::newRow("empty") << portal << ny << "" << QDateTime();
    }

    void forms()
    {
        QFETCH(QStringList, formats);
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const CsvDateParser parser(formats, QTimeZone(zone.toUtf8()), QDate(2026, 12, 7));
        QCOMPARE(parser.parse(text), utc);
    }

    void twoDigitYearWindow_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        // The window is the 100 years ending 20 years after today.
        QTest::newRow("2026: 46 is the last") << QDate(2026, 12, 7) << "1/1/46 0:00" << 2046;
        QTest::newRow("2026: 47 is a century back") << QDate(2026, 12, 7) << "1/1/47 0:00" << 1947;
        QTest::newRow("2026: 00") << QDate(2026, 12, 7) << "1/1/00 0:00" << 2000;
        QTest::newRow("2026: 99") << QDate(2026, 12, 7) << "1/1/99 0:00" << 1999;
        QTest::newRow("2085: 05 is 2105") << QDate(2085, 6, 1) << "1/1/05 0:00" << 2105;
        QTest::newRow("2085: 06 is 2006") << QDate(2085, 6, 1) << "1/1/06 0:00" << 2006;
        QTest::newRow("1990: 10 is 2010") << QDate(1990, 6, 1) << "1/1/10 0:00" << 2010;
        QTest::newRow("1990: 11 is 1911") << QDate(1990, 6, 1) << "1/1/11 0:00" << 1911;
    }

    void twoDigitYearWindow()
    {
        QFETCH(QDate, today);
        QFETCH(QString, text);
        QFETCH(int, year);
        const CsvDateParser parser({}, QTimeZone::utc(), today);
        QCOMPARE(parser.parse(text).date().year(), year);
    }

    void formatsForMessages()
    {
        // The profile's formats come first, then the forms every profile accepts.
        const CsvDateParser parser({QStringLiteral("yyyy-MM-dd HH:mm:ss")});
        QCOMPARE(parser.formats().first(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(parser.formats().contains(QStringLiteral("iso")));
        QVERIFY(parser.formats().contains(QStringLiteral("M/d/yy H:mm")));
        QVERIFY(parser.formats().contains(QStringLiteral("M/d/yyyy h:mm:ss AP")));
        QCOMPARE(parser.formatOf(u"1/1/20 0:05"), QStringLiteral("M/d/yy H:mm"));
        QCOMPARE(parser.formatOf(u"never"), QString());
    }
};

CIVICDESK_TEST_MAIN(TestCsvDateParser)
#include "test_csvdateparser.moc"

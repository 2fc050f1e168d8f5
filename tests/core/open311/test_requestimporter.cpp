#include "core/catalog/catalogtext.h"
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "core/interop/serviceimporter.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QFile>

using namespace civicdesk;

namespace {
// The five columns the importer tests write.
const QByteArray kSmallProfile = "{\"columns\":{\"service_request_id\":\"service_request_id\",\"requested_datetime\":"
                                 "\"requested_datetime\",\"status\":\"status\",\"service_code\":\"service_code\","
                                 "\"service_name\":\"service_name\"}}";

QString fixture(const char *name)
{
    // Qt's test setup defines the source folder of tests/; ctest runs from the build folder.
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/") + QLatin1String(name);
}

core::ImportSummary importCsv(core::LocalStore &store, const QString &file, const QString &profile, bool strict = false)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw core::Error(f.errorString());
    core::RequestImporter importer(store, strict);
    importer.readCsv(f, QStringLiteral("t.csv"), core::CsvProfile::load(profile));
    return importer.commit();
}

core::ImportSummary importCsvText(core::LocalStore &store, const QByteArray &text, const QByteArray &profile, bool strict)
{
    QBuffer b;
    b.setData(text);
    b.open(QIODevice::ReadOnly);
    core::RequestImporter importer(store, strict);
    importer.readCsv(b, QStringLiteral("t.csv"), core::CsvProfile::fromJson(profile, QStringLiteral("small")));
    return importer.commit();
}

qint64 ticketCount(core::LocalStore &store)
{
    return core::TicketRepository(store.database()).count();
}
} // namespace

class TestRequestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laProfile()
    {
        testsupport::TempProfile p;
        const core::ImportSummary s = importCsv(p.store(), fixture("la_myla311_sample.csv"), QStringLiteral("la"));
        QCOMPARE(s.imported, 4);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.firstSkips.first().where, QStringLiteral("line 6")); // line 4-5 is one quoted record
        QVERIFY2(s.firstSkips.first().reason.startsWith(QStringLiteral("CreatedDate: \"yesterday\" is not a date")),
                 qPrintable(s.firstSkips.first().reason));
        QCOMPARE(s.text().section(u'\n', 0, 0), QStringLiteral("imported 4, skipped 1"));

        const core::TicketRepository repo(p.store().database());
        const core::Ticket a = *repo.findByReference(QStringLiteral("1-0000000001"));
        QCOMPARE(a.requestedAt, QDateTime(QDate(2020, 1, 15), QTime(16, 30), QTimeZone::utc())); // PST = UTC-8
        QCOMPARE(a.status, core::TicketStatus::Closed);
        QCOMPARE(a.channel, core::Channel::Phone);
        QCOMPARE(a.serviceCode, QStringLiteral("BULKY_ITEMS"));
        QCOMPARE(a.district, QStringLiteral("14"));
        QCOMPARE(*a.latitude, 34.0522);
        const core::Ticket b = *repo.findByReference(QStringLiteral("1-0000000002"));
        QCOMPARE(b.requestedAt, QDateTime(QDate(2020, 7, 5), QTime(6, 59, 59), QTimeZone::utc())); // PDT = UTC-7
        QCOMPARE(b.status, core::TicketStatus::OnHold);
        QCOMPARE(b.channel, core::Channel::App);
        QCOMPARE(*b.longitude, -118.25); // from the "(lat, long)" point
        const core::Ticket c = *repo.findByReference(QStringLiteral("1-0000000003"));
        QCOMPARE(c.statusNotes, QStringLiteral("Crew assigned.\nSecond line of the note."));
        QCOMPARE(c.requestedAt, QDateTime(QDate(2020, 3, 1), QTime(17, 15), QTimeZone::utc()));
        QCOMPARE(c.channel, core::Channel::Web);
        const core::Ticket e = *repo.findByReference(QStringLiteral("1-0000000005"));
        QVERIFY(!e.latitude); // (0.0, 0.0) is no location
        QCOMPARE(e.status, core::TicketStatus::Cancelled);
        QCOMPARE(e.channel, core::Channel::WalkIn);

        // Unknown services became imported types, and survive a restart.
        p.reopen();
        const core::Service *bulky = p.store().catalog().service(QStringLiteral("BULKY_ITEMS"));
        QVERIFY(bulky);
        QVERIFY(bulky->imported);
        QCOMPARE(bulky->name, QStringLiteral("Bulky Items"));
        QVERIFY(!p.store().catalog().service(QStringLiteral("POTHOLE"))->imported);
    }

    void genericMappingFile()
    {
        testsupport::TempProfile p;
        const core::ImportSummary s = importCsv(p.store(), fixture("generic_springfield.csv"), fixture("mapping.json"));
        QCOMPARE(s.imported, 3);
        const core::TicketRepository repo(p.store().database());
        const core::Ticket a = *repo.findByReference(QStringLiteral("SP-1"));
        QCOMPARE(a.status, core::TicketStatus::OnHold);
        QCOMPARE(a.description, QStringLiteral("Hole - deep, wide"));
        QCOMPARE(a.requestedAt, QDateTime(QDate(2024, 11, 3), QTime(20, 5), QTimeZone::utc())); // CST = UTC-6
        QCOMPARE(a.serviceCode, QStringLiteral("POTHOLE")); // known: no imported type
        QCOMPARE(s.addedServices, QStringList{QStringLiteral("STREETLIGHT")});
        QCOMPARE(repo.findByReference(QStringLiteral("SP-2"))->status, core::TicketStatus::Resolved);
        QCOMPARE(repo.findByReference(QStringLiteral("SP-2"))->channel, core::Channel::Web);
        QCOMPARE(repo.findByReference(QStringLiteral("SP-3"))->channel, core::Channel::WalkIn); // default
    }

    void badMappingFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << QByteArray("{\"columns\":{\"service_request_id\":\"a\",\"requested_datetime\":\"b\",\n"
"            \"service_name\":\"c\",\"colour\":\"d\"}}") << QStringLiteral("m.json: columns.colour: unknown field");
        QTest::newRow("no id") << QByteArray("{\"columns\":{\"requested_datetime\":\"b\",\"service_name\":\"c\"}}")
                               << QStringLiteral("m.json: columns.service_request_id: is required");
        QTest::newRow("bad zone") << QByteArray("{\"time_zone\":\"Mars/Olympus\",\"columns\":{}}")
                                  << QStringLiteral("m.json: time_zone: unknown time zone");
        QTest::newRow("bad status") << QByteArray("{\"columns\":{\"service_request_id\":\"a\",\"requested_datetime\":\"b\",\n"
"            \"service_name\":\"c\"},\"statuses\":{\"x\":\"sleeping\"}}") << QStringLiteral("m.json: statuses.x:");
    }

    void badMappingFilesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            core::CsvProfile::fromJson(json, QStringLiteral("m.json"));
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
        }
    }

    void wrongProfileNamesTheMissingColumns()
    {
        testsupport::TempProfile p;
        try {
            importCsv(p.store(), fixture("la_myla311_sample.csv"), QStringLiteral("sf"));
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("t.csv:1: the header has no column \"CaseID\" (service_request_id)")),
                     qPrintable(e.message()));
        }
    }

    void strictImportRejectsUnknownServicesAndChangesNothing()
    {
        testsupport::TempProfile p;
        const core::Catalog before = p.store().catalog();
        try {
            importCsv(p.store(), fixture("generic_springfield.csv"), fixture("mapping.json"), true);
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("t.csv: line 3: service_code: unknown service \"STREETLIGHT\"")),
                     qPrintable(e.message()));
        }
        QCOMPARE(ticketCount(p.store()), 0);
        QVERIFY(p.store().catalog().services() == before.services());
    }

    void failuresAndCancelLeaveNothing()
    {
        testsupport::TempProfile p;
        const QByteArray header = "service_request_id,requested_datetime,status,service_code,service_name\n";
        // Truncated inside a quote: an error, nothing imported.
        QVERIFY_THROWS_EXCEPTION(core::Error, importCsvText(p.store(), header + "A1,2024-01-01T00:00:00Z,open,NEW_THING,\"New",
                                                             kSmallProfile, false));
        QCOMPARE(ticketCount(p.store()), 0);
        // Cancelled while writing: nothing imported, not even the new service type.
        QByteArray many = header;
        for (int i = 0; i < 1000; ++i)
            many += QStringLiteral("C%1,2024-01-01T00:00:00Z,open,NEW_THING,New thing\n").arg(i).toUtf8();
        QBuffer b;
        b.setData(many);
        b.open(QIODevice::ReadOnly);
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(b, QStringLiteral("t.csv"), core::CsvProfile::fromJson(kSmallProfile, QStringLiteral("small")));
        QCOMPARE(importer.staged().size(), 1000);
        QVERIFY_THROWS_EXCEPTION(core::Error, importer.commit([](qint64 done, qint64) { return done < 500; }));
        QCOMPARE(ticketCount(p.store()), 0);
        QVERIFY(!p.store().catalog().service(QStringLiteral("NEW_THING")));
        p.reopen();
        QVERIFY(!p.store().catalog().service(QStringLiteral("NEW_THING")));
    }

    void skipsAreCountedAndTheFirstTenKept()
    {
        testsupport::TempProfile p;
        QByteArray csv = "service_request_id,requested_datetime,status,service_code,service_name\n";
        for (int i = 0; i < 15; ++i)
            csv += QStringLiteral("D%1,not a date,open,POTHOLE,\n").arg(i).toUtf8();
        csv += "OK1,2024-01-01T00:00:00Z,Open,POTHOLE,\nOK1,2024-01-01T00:00:00Z,open,POTHOLE,\nX,2024-01-01T00:00:00Z,open,POTHOLE\n";
        const core::ImportSummary s = importCsvText(p.store(), csv, kSmallProfile, false);
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.skipped, 17);
        QCOMPARE(s.firstSkips.size(), 10);
        QCOMPARE(s.firstSkips.first().where, QStringLiteral("line 2"));
        QVERIFY(s.text().contains(QStringLiteral("... and 7 more skipped")));
    }

    void datesInEachProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("sf pm") << "sf" << "04/30/2014 02:51:52 PM" << QDateTime(QDate(2014, 4, 30), QTime(21, 51, 52), QTimeZone::utc());
        QTest::newRow("sf midnight") << "sf" << "01/21/2016 12:27:45 AM" << QDateTime(QDate(2016, 1, 21), QTime(8, 27, 45), QTimeZone::utc());
        QTest::newRow("nyc noon") << "nyc" << "03/30/2019 12:06:23 PM" << QDateTime(QDate(2019, 3, 30), QTime(16, 6, 23), QTimeZone::utc());
        QTest::newRow("boston") << "boston" << "2022-01-21 13:47:00" << QDateTime(QDate(2022, 1, 21), QTime(18, 47), QTimeZone::utc());
        QTest::newRow("iso with zone") << "boston" << "2022-01-21T13:47:00+01:00" << QDateTime(QDate(2022, 1, 21), QTime(12, 47), QTimeZone::utc());
        QTest::newRow("bad hour") << "sf" << "04/30/2014 13:51:52 PM" << QDateTime();
        QTest::newRow("trailing junk") << "boston" << "2022-01-21 13:47:00x" << QDateTime();
    }

    void datesInEachProfile()
    {
        QFETCH(QString, profile);
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const core::CsvProfile p = core::CsvProfile::load(profile);
        QStringList header;
        for (const QString &column : p.columns)
            header.append(column);
        header += p.descriptionColumns;
        const core::CsvRowMapper mapper(p, header, QStringLiteral("t.csv"));
        QCOMPARE(mapper.parseDateTime(text), utc);
    }

    void serviceImport()
    {
        testsupport::TempProfile p;
        const QByteArray list = "<services><service><service_code>POTHOLE</service_code><service_name>Potholes (city)</service_name>\n"
"            <type>batch</type></service><service><service_code>001</service_code><service_name>Cans</service_name></service>\n"
"            <service><service_code>001</service_code><service_name>Again</service_name></service></services>";
        const core::ImportSummary s = core::serviceimporter::import(p.store(), list, QStringLiteral("s.xml"));
        QCOMPARE(s.imported, 2);
        QCOMPARE(s.skipped, 1);
        const core::Service *pothole = p.store().catalog().service(QStringLiteral("POTHOLE"));
        QCOMPARE(pothole->name, QStringLiteral("Potholes (city)"));
        QVERIFY(!pothole->attributes.isEmpty()); // its questions are kept
        QVERIFY(!pothole->imported);
        // The new English name has no Spanish yet; the untouched questions keep theirs.
        const core::CatalogText es(QStringLiteral("es"));
        QCOMPARE(es.name(*pothole), QStringLiteral("Potholes (city)"));
        QCOMPARE(es.description(*pothole->attribute(QStringLiteral("POTHOLE_SIZE"))),
                 QStringLiteral("¿Qué tan grande es el bache?"));
        // Re-importing a question's definition keeps the Spanish of what did not change.
        const QByteArray potholeDefinition =
            "{\"service_code\":\"POTHOLE\",\"attributes\":[{\"code\":\"POTHOLE_SIZE\",\"datatype\":"
            "\"singlevaluelist\",\"variable\":true,\"required\":true,\"description\":\"How large is the "
            "pothole?\",\"values\":[{\"key\":\"SMALL\",\"name\":\"Smaller than a dinner plate\"},"
            "{\"key\":\"HUGE\",\"name\":\"Huge\"}]}]}";
        core::serviceimporter::import(p.store(), potholeDefinition, QStringLiteral("p.json"));
        const core::ServiceAttribute &size =
            p.store().catalog().service(QStringLiteral("POTHOLE"))->attributes.first();
        QCOMPARE(es.description(size), QStringLiteral("¿Qué tan grande es el bache?"));
        QCOMPARE(es.name(size.values.at(0)), QStringLiteral("Más pequeño que un plato"));
        QCOMPARE(es.name(size.values.at(1)), QStringLiteral("Huge"));
        QVERIFY(p.store().catalog().service(QStringLiteral("001"))->imported);
        const QByteArray def = "{\"service_code\":\"001\",\"attributes\":[{\"code\":\"Q\",\"datatype\":\"string\",\"variable\":true,\"required\":false}]}";
        core::serviceimporter::import(p.store(), def, QStringLiteral("d.json"));
        p.reopen();
        QCOMPARE(p.store().catalog().service(QStringLiteral("001"))->attributes.size(), 1);
        // A definition the catalogue cannot hold (a list without values) is refused whole.
        const QByteArray bad = "{\"service_code\":\"001\",\"attributes\":[{\"code\":\"L\",\"datatype\":\"singlevaluelist\",\"values\":[]}]}";
        QVERIFY_THROWS_EXCEPTION(core::Error, core::serviceimporter::import(p.store(), bad, QStringLiteral("b.json")));
        QCOMPARE(p.store().catalog().service(QStringLiteral("001"))->attributes.first().code, QStringLiteral("Q"));
    }
};

CIVICDESK_TEST_MAIN(TestRequestImporter)
#include "test_requestimporter.moc"

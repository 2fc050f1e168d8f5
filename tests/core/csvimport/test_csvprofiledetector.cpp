// Each city's export in the forms it is published (portal, API, lower-cased mirrors), found by
// `--profile auto` and imported; the header cases that must be refused clearly.
#include "core/csvimport/csvheader.h"
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw core::Error(f.errorString());
    return f.readAll();
}

// Writes text to a file in dir and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        throw core::Error(f.errorString());
    return f.fileName();
}

QString detectError(const QString &path)
{
    try {
        core::CsvProfileDetector::detectFile(path);
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestCsvProfileDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedNames()
    {
        using core::CsvHeader;
        QCOMPARE(CsvHeader::normalize(u"Unique Key"), CsvHeader::normalize(u"unique_key"));
        QCOMPARE(CsvHeader::normalize(u"UniqueKey"), CsvHeader::normalize(u"unique_key"));
        QCOMPARE(CsvHeader::normalize(u"Request.Type"), CsvHeader::normalize(u"request_type"));
        QCOMPARE(CsvHeader::normalize(u"Request-Type"), QStringLiteral("requesttype"));
        QVERIFY(CsvHeader::normalize(u"Closed Date") != CsvHeader::normalize(u"Closed"));
        const CsvHeader header({QStringLiteral(" Unique Key "), QStringLiteral("Status"),
                                QStringLiteral(":@computed_region_efsh_h5xi")});
        QCOMPARE(header.find({QStringLiteral("unique_key")}), QList<int>{0});
        QCOMPARE(header.find({QStringLiteral("STATUS"), QStringLiteral("status")}), QList<int>{1});
        QVERIFY(header.find({QStringLiteral("Closed Date")}).isEmpty());
        QVERIFY(header.hasApiColumns());
        QVERIFY(!CsvHeader({QStringLiteral("Unique Key")}).hasApiColumns());
    }

    void variants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("thirdReference");
        QTest::addColumn<QDateTime>("thirdRequested");
        QTest::addColumn<double>("secondLatitude");
        const QDateTime nyc(QDate(2016, 12, 24), QTime(5, 5), QTimeZone::utc());  // 00:05 EST
        const QDateTime sf(QDate(2015, 11, 3), QTime(1, 30), QTimeZone::utc());   // 17:30 PST
        const QDateTime la(QDate(2020, 12, 31), QTime(21, 30), QTimeZone::utc()); // 13:30 PST
        const QDateTime bos(QDate(2022, 7, 1), QTime(22, 30), QTimeZone::utc());  // 18:30 EDT
        const QString portal = QStringLiteral("portal export");
        const QString api = QStringLiteral("API export");
        const QString lower = QStringLiteral("lower-cased headers");
        QTest::newRow("nyc portal") << "nyc_portal.csv"
                                    << "nyc" << portal << "34675192" << nyc << 40.7484;
        QTest::newRow("nyc api") << "nyc_api.csv"
                                 << "nyc" << api << "34675192" << nyc << 40.7484;
        QTest::newRow("nyc lower, M/d/yy H:mm") << "nyc_lower.csv"
                                                << "nyc" << lower << "34675192" << nyc << 40.7484;
        QTest::newRow("sf portal") << "sf_portal.csv"
                                   << "sf" << portal << "5218740" << sf << 37.765;
        QTest::newRow("sf api, WKT points") << "sf_api.csv"
                                            << "sf" << api << "5218740" << sf << 37.765;
        QTest::newRow("sf lower, M/d/yyyy h:mm:ss AP") << "sf_lower.csv"
                                                       << "sf" << lower << "5218740" << sf << 37.765;
        QTest::newRow("la portal") << "la_portal.csv"
                                   << "la" << portal << "1-1523590873" << la << 34.0481;
        QTest::newRow("la api, location objects") << "la_api.csv"
                                                  << "la" << api << "1-1523590873" << la << 34.0481;
        QTest::newRow("la lower, M/d/yy H:mm") << "la_lower.csv"
                                               << "la" << lower << "1-1523590873" << la << 34.0481;
        QTest::newRow("boston portal") << "boston_portal.csv"
                                       << "boston" << portal << "101004143002" << bos << 42.3467;
        QTest::newRow("boston api (CKAN)") << "boston_api.csv"
                                           << "boston" << api << "101004143002" << bos << 42.3467;
        QTest::newRow("boston upper-cased") << "boston_upper.csv"
                                            << "boston"
                                            << "headers spelt differently"
                                            << "101004143002" << bos << 42.3467;
    }

    void variants()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, form);
        QFETCH(QString, thirdReference);
        QFETCH(QDateTime, thirdRequested);
        QFETCH(double, secondLatitude);
        const core::CsvProfileDetector::Result r = core::CsvProfileDetector::detectFile(fixture(file));
        QCOMPARE(r.profile.key, key);
        QCOMPARE(r.description, r.profile.name + QStringLiteral(", ") + form);
        QString note;
        QCOMPARE(core::CsvProfileDetector::resolve(QStringLiteral("auto"), fixture(file), &note).key, key);
        QCOMPARE(note, QStringLiteral("looks like ") + r.description);

        // The detected profile and the one named by hand both import every row.
        for (const core::CsvProfile &profile : {r.profile, core::CsvProfile::load(key)}) {
            testsupport::TempProfile p;
            QFile f(fixture(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            core::RequestImporter importer(p.store(), false);
            importer.readCsv(f, file, profile);
            const QList<core::Ticket> tickets = importer.staged();
            const core::ImportSummary s = importer.commit();
            QVERIFY2(s.skipped == 0, qPrintable(s.text()));
            QCOMPARE(s.imported, 3);
            QCOMPARE(core::TicketRepository(p.store().database()).count(), 3);
            QCOMPARE(tickets.at(2).referenceNumber, thirdReference);
            QCOMPARE(tickets.at(2).requestedAt, thirdRequested);
            QVERIFY(tickets.at(1).latitude.has_value());
            QCOMPARE(*tickets.at(1).latitude, secondLatitude);
            QVERIFY(!tickets.at(0).serviceName.isEmpty());
        }
    }

    void twoColumnsOneName()
    {
        // "Unique Key" and "unique_key" are one name: a guess between them could import the
        // wrong column, so both the named profile and auto refuse, naming both columns.
        QTemporaryDir dir;
        QByteArray text = readAll(fixture(QStringLiteral("nyc_portal.csv")));
        text.replace("Unique Key,", "Unique Key,unique_key,");
        QByteArray doubled;
        for (const QByteArray &line : text.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("Unique"))
                doubled += line.left(line.indexOf(',')) + ',' + line + '\n';
            else if (!line.isEmpty())
                doubled += line + '\n';
        }
        const QString path = writeFile(dir, QStringLiteral("twice.csv"), doubled);
        const QString message = detectError(path);
        QVERIFY2(message.contains(QStringLiteral("\"Unique Key\" and \"unique_key\"")), qPrintable(message));
        QVERIFY2(message.startsWith(path + QStringLiteral(":1:")), qPrintable(message));
        try {
            const core::CsvRowMapper mapper(
                core::CsvProfile::load(QStringLiteral("nyc")),
                QString::fromUtf8(doubled.left(doubled.indexOf('\n'))).split(u','), QStringLiteral("t.csv"));
            QFAIL("an ambiguous header was accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("both match \"Unique Key\" (service_request_id)")),
                     qPrintable(e.message()));
        }
    }

    void fitsTwoProfiles()
    {
        // NYC's and Boston's columns in one file (the ones they share, such as Latitude, once):
        // both fit, and auto names both and asks to choose rather than pick one.
        QTemporaryDir dir;
        QStringList header;
        QStringList seen;
        for (const char *file : {"nyc_portal.csv", "boston_portal.csv"}) {
            for (const QString &column :
                 QString::fromUtf8(readAll(fixture(QLatin1String(file))).split('\n').first()).split(u',')) {
                if (!seen.contains(core::CsvHeader::normalize(column))) {
                    seen.append(core::CsvHeader::normalize(column));
                    header.append(column);
                }
            }
        }
        const QString path = writeFile(dir, QStringLiteral("both.csv"), header.join(u',').toUtf8() + '\n');
        const QString message = detectError(path);
        QVERIFY2(message.contains(
                     QStringLiteral("more than one built-in profile (NYC Open Data 311, Boston 311)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--profile nyc or --profile boston")), qPrintable(message));
    }

    void noProfileFits()
    {
        const QString path =
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/generic_springfield.csv");
        const QString message = detectError(path);
        QVERIFY2(message.contains(QStringLiteral("no built-in profile")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--write-mapping")), qPrintable(message));
        // It says what it would propose, including what it could not guess.
        QVERIFY2(message.contains(QStringLiteral("service_request_id <- \"Ticket\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("proposed mapping for")), qPrintable(message));
    }

    void nearestProfileNamed()
    {
        // NYC without "Complaint Type": the message names NYC and the missing column.
        QTemporaryDir dir;
        QByteArray text = readAll(fixture(QStringLiteral("nyc_portal.csv")));
        text.replace("Complaint Type", "Kind");
        const QString message = detectError(writeFile(dir, QStringLiteral("n.csv"), text));
        QVERIFY2(message.contains(QStringLiteral("the nearest: NYC Open Data 311 (nyc)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"Complaint Type\"")), qPrintable(message));
    }

    void bomAndQuotedHeader()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(fixture(QStringLiteral("sf_portal.csv")));
        const qsizetype end = text.indexOf('\n');
        QByteArray header = text.left(end);
        header = "\xEF\xBB\xBF\"" + header.replace(",", "\",\"") + '"';
        const QString path = writeFile(dir, QStringLiteral("bom.csv"), header + text.mid(end));
        const core::CsvProfileDetector::Result r = core::CsvProfileDetector::detectFile(path);
        QCOMPARE(r.description, QStringLiteral("DataSF 311 Cases, portal export"));
        testsupport::TempProfile p;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(f, path, r.profile);
        QCOMPARE(importer.commit().imported, 3);
    }

    void headerOnly()
    {
        QTemporaryDir dir;
        const QByteArray header = readAll(fixture(QStringLiteral("nyc_api.csv"))).split('\n').first() + '\n';
        const QString path = writeFile(dir, QStringLiteral("empty.csv"), header);
        const core::CsvProfileDetector::Result r = core::CsvProfileDetector::detectFile(path);
        QCOMPARE(r.description, QStringLiteral("NYC Open Data 311, API export"));
        testsupport::TempProfile p;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(f, QStringLiteral("empty.csv"), r.profile);
        const core::ImportSummary s = importer.commit();
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.skipped, 0);
        QVERIFY2(s.text().contains(QStringLiteral("empty.csv has a header and no rows")),
                 qPrintable(s.text()));
    }

    void noDateFits()
    {
        // Dates in a form none of the formats read: the whole file is refused, naming the
        // first such row and its column, and nothing is imported.
        QByteArray text = readAll(fixture(QStringLiteral("nyc_api.csv")));
        text.replace("2016-", "Y2016-");
        testsupport::TempProfile p;
        QBuffer b(&text);
        QVERIFY(b.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        try {
            importer.readCsv(b, QStringLiteral("t.csv"), core::CsvProfile::load(QStringLiteral("nyc")));
            QFAIL("a file without one readable date was accepted");
        } catch (const core::Error &e) {
            QVERIFY2(
                e.message().startsWith(QStringLiteral("t.csv:2: created_date: \"Y2016-10-31T23:07:15.000\"")),
                qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("nothing was imported")), qPrintable(e.message()));
        }
        QCOMPARE(core::TicketRepository(p.store().database()).count(), 0);
        // auto does not pick a profile whose dates it cannot read, and says why.
        QTemporaryDir dir;
        const QString message = detectError(writeFile(dir, QStringLiteral("dots.csv"), text));
        QVERIFY2(message.contains(QStringLiteral(
                     "NYC Open Data 311 (nyc): its columns all match, but none of the first rows' "
                     "\"created_date\" values is a date")),
                 qPrintable(message));
    }

    void oneBadDateIsASkip()
    {
        QByteArray text = readAll(fixture(QStringLiteral("nyc_lower.csv")));
        text.replace("11/1/16 8:05", "11/1/16 8h05");
        testsupport::TempProfile p;
        QBuffer b(&text);
        QVERIFY(b.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(b, QStringLiteral("t.csv"), core::CsvProfile::load(QStringLiteral("nyc")));
        const core::ImportSummary s = importer.commit();
        QCOMPARE(s.imported, 2);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.firstSkips.first().where, QStringLiteral("line 3"));
        QVERIFY2(s.firstSkips.first().reason.startsWith(
                     QStringLiteral("created date: \"11/1/16 8h05\" is not a date")),
                 qPrintable(s.firstSkips.first().reason));
    }
};

CIVICDESK_TEST_MAIN(TestCsvProfileDetector)
#include "test_csvprofiledetector.moc"

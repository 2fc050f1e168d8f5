// Mapping files for exports no built-in profile reads: the proposal guessed from names and
// content, and the documented SeeClickFix and PublicStuff mappings on samples written from
// the vendors' published field lists.
#include "core/csvimport/csvmappingproposal.h"
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace civicdesk;

namespace {

QList<QStringList> table(const char *csv)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(u';'));
    return rows;
}

core::CsvMappingProposal propose(const char *csv)
{
    QList<QStringList> rows = table(csv);
    const QStringList header = rows.takeFirst();
    return core::CsvMappingProposal::propose(header, rows, QStringLiteral("t.csv"));
}

QList<core::Ticket> importWith(const core::CsvProfile &profile, const QString &file,
                               core::ImportSummary &summary)
{
    testsupport::TempProfile p;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw core::Error(f.errorString());
    core::RequestImporter importer(p.store(), false);
    importer.readCsv(f, file, profile);
    const QList<core::Ticket> tickets = importer.staged();
    summary = importer.commit();
    return tickets;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestCsvMappingProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byNames()
    {
        QStringList header;
        QList<QStringList> rows;
        core::CsvProfileDetector::readSample(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/generic_springfield.csv"), header,
            rows);
        const core::CsvMappingProposal m =
            core::CsvMappingProposal::propose(header, rows, QStringLiteral("s.csv"));
        QCOMPARE(m.columns().value(QStringLiteral("service_request_id")), QStringLiteral("Ticket"));
        QCOMPARE(m.columns().value(QStringLiteral("requested_datetime")), QStringLiteral("Opened"));
        QCOMPARE(m.dateFormat(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(m.columns().value(QStringLiteral("status")), QStringLiteral("State"));
        QCOMPARE(m.columns().value(QStringLiteral("service_code")), QStringLiteral("TypeCode"));
        QCOMPARE(m.columns().value(QStringLiteral("service_name")), QStringLiteral("Type"));
        QCOMPARE(m.columns().value(QStringLiteral("point")), QStringLiteral("Point"));
        // Springfield's own status words mean nothing the proposal knows: listed, left empty.
        QCOMPARE(m.unguessed(),
                 (QStringList{QStringLiteral("statuses.waiting"), QStringLiteral("statuses.done")}));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::CsvProfile::fromJson(m.json(), QStringLiteral("proposal.json")));
        // Filled in, the proposal is a mapping file that imports every row.
        QJsonObject o = QJsonDocument::fromJson(m.json()).object();
        o.insert(QStringLiteral("statuses"),
                 QJsonObject{{QStringLiteral("waiting"), QStringLiteral("on_hold")},
                             {QStringLiteral("done"), QStringLiteral("resolved")}});
        const core::CsvProfile profile =
            core::CsvProfile::fromJson(QJsonDocument(o).toJson(), QStringLiteral("proposal.json"));
        core::ImportSummary s;
        const QList<core::Ticket> tickets = importWith(
            profile, QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/generic_springfield.csv"),
            s);
        QCOMPARE(s.imported, 3);
        QCOMPARE(tickets.first().status, core::TicketStatus::OnHold);
        QCOMPARE(tickets.first().requestedAt, utc(2024, 11, 3, 14, 5));
    }

    void byContent()
    {
        // Names that say nothing: the unique column is the id, the first date column is when
        // the request was made, a column of points is the location.
        const core::CsvMappingProposal m = propose("a;b;c;d\n"
                                                   "X-1;2024-01-02 10:00:00;Pothole;(40.1, -73.2)\n"
                                                   "X-2;2024-01-03 11:30:00;Pothole;\n"
                                                   "X-3;2024-01-04 09:15:00;Graffiti;(40.2, -73.1)\n");
        QCOMPARE(m.columns().value(QStringLiteral("service_request_id")), QStringLiteral("a"));
        QCOMPARE(m.columns().value(QStringLiteral("requested_datetime")), QStringLiteral("b"));
        QCOMPARE(m.dateFormat(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(m.columns().value(QStringLiteral("point")), QStringLiteral("d"));
        QVERIFY(!m.columns().contains(QStringLiteral("service_name")));
        QCOMPARE(m.unguessed(), (QStringList{QStringLiteral("service_name"), QStringLiteral("status"),
                                             QStringLiteral("description")}));
        QVERIFY2(m.text().contains(QStringLiteral("could not guess: service_name, status, description")),
                 qPrintable(m.text()));
    }

    void unixTimesOnlyWhereTheNameSaysDate()
    {
        // Ten-digit ids look like Unix times; only a column named for a date is read as one.
        const core::CsvMappingProposal m =
            propose("ref;created;kind\n1391123456;1391123456;Pothole\n1391123457;1391209856;Pothole\n");
        QCOMPARE(m.columns().value(QStringLiteral("service_request_id")), QStringLiteral("ref"));
        QCOMPARE(m.columns().value(QStringLiteral("requested_datetime")), QStringLiteral("created"));
        QCOMPARE(m.dateFormat(), QStringLiteral("unix"));
    }

    void namesWhoseContentDisagrees()
    {
        // "created" holds no dates and "latitude" no coordinates: neither is guessed.
        const core::CsvMappingProposal m =
            propose("id;created;latitude;type\n1;soon;north;Pothole\n2;later;south;Pothole\n");
        QVERIFY(!m.columns().contains(QStringLiteral("requested_datetime")));
        QVERIFY(!m.columns().contains(QStringLiteral("lat")));
        QVERIFY(m.unguessed().contains(QStringLiteral("requested_datetime")));
    }

    void cannotGuess()
    {
        const core::CsvMappingProposal m = propose("x;y\nfoo;bar\nfoo;bar\n");
        QCOMPARE(m.unguessed().mid(0, 3),
                 (QStringList{QStringLiteral("service_request_id"), QStringLiteral("requested_datetime"),
                              QStringLiteral("service_name")}));
        const QJsonObject o = QJsonDocument::fromJson(m.json()).object();
        QCOMPARE(o.value(QStringLiteral("could_not_guess")).toArray().first().toString(),
                 QStringLiteral("service_request_id"));
        QVERIFY(o.value(QStringLiteral("columns")).toObject().isEmpty());
        // Left as written, the file does not load: a person fills in what was not guessed.
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::CsvProfile::fromJson(m.json(), QStringLiteral("proposal.json")));
    }

    void seeClickFix()
    {
        const core::CsvProfile profile = core::CsvProfile::load(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/mappings/seeclickfix.json"));
        core::ImportSummary s;
        const QList<core::Ticket> t = importWith(
            profile, QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/seeclickfix_issues.csv"),
            s);
        QVERIFY2(s.skipped == 0, qPrintable(s.text()));
        QCOMPARE(s.imported, 4);
        QCOMPARE(t.at(0).referenceNumber, QStringLiteral("2405118"));
        QCOMPARE(t.at(0).requestedAt, utc(2016, 3, 7, 14, 41, 12));
        QCOMPARE(t.at(0).serviceName, QStringLiteral("Pothole"));
        QCOMPARE(t.at(0).description,
                 QStringLiteral("Deep pothole in the right lane, \"swallowed\" a hubcap"));
        QCOMPARE(*t.at(0).longitude, -72.9241595114853);
        QCOMPARE(t.at(1).status, core::TicketStatus::Acknowledged);
        QCOMPARE(t.at(1).mediaUrl,
                 QStringLiteral("https://seeclickfix.com/files/issue_images/0001/2405120.jpg"));
        QCOMPARE(t.at(2).requestedAt, utc(2016, 3, 7, 16, 0)); // written as a Unix time
        QCOMPARE(t.at(2).status, core::TicketStatus::Closed);
        QCOMPARE(t.at(3).status, core::TicketStatus::Closed); // archived
        QVERIFY(!t.at(3).latitude.has_value());
        QCOMPARE(t.at(3).channel, core::Channel::App);
    }

    void publicStuff()
    {
        const core::CsvProfile profile = core::CsvProfile::load(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/mappings/publicstuff.json"));
        core::ImportSummary s;
        const QList<core::Ticket> t = importWith(
            profile,
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/publicstuff_requests.csv"), s);
        QVERIFY2(s.skipped == 0, qPrintable(s.text()));
        QCOMPARE(s.imported, 3);
        QCOMPARE(t.at(0).requestedAt, utc(2014, 1, 30, 23, 10, 56));
        QCOMPARE(t.at(0).status, core::TicketStatus::New);
        QCOMPARE(t.at(0).zipcode, QStringLiteral("02143"));
        QCOMPARE(t.at(1).status, core::TicketStatus::InProgress);
        QCOMPARE(t.at(1).updatedAt, utc(2014, 2, 1, 23, 10, 56));
        QCOMPARE(t.at(2).status, core::TicketStatus::Resolved);
        QCOMPARE(t.at(2).serviceName, QStringLiteral("Streetlight Out"));
    }

    void vendorsAreNotGuessedAsCities()
    {
        for (const char *file : {"seeclickfix_issues.csv", "publicstuff_requests.csv"}) {
            QVERIFY_THROWS_EXCEPTION(
                core::Error,
                core::CsvProfileDetector::detectFile(
                    QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/") + QLatin1String(file)));
        }
    }
};

CIVICDESK_TEST_MAIN(TestCsvMappingProposal)
#include "test_csvmappingproposal.moc"

// Every file of real Open311 and 311 data in CIVICDESK_REALDATA_DIR, with exact expected counts.
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "core/interop/serviceimporter.h"
#include "core/open311/open311reader.h"
#include "core/open311/open311writer.h"
#include "core/store/ticketrepository.h"
#include "support/jsonschema.h"
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>

using namespace civicdesk;
using Kind = core::Open311Document::Kind;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("CIVICDESK_REALDATA_DIR");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

int itemCount(const core::Open311Document &d)
{
    switch (d.kind) {
    case Kind::Services:
        return static_cast<int>(d.services.size());
    case Kind::ServiceDefinition:
        return static_cast<int>(d.services.first().attributes.size());
    case Kind::Requests:
        return static_cast<int>(d.requests.size());
    case Kind::RequestReplies:
        return static_cast<int>(d.replies.size());
    case Kind::Errors:
        return static_cast<int>(d.errors.size());
    case Kind::Discovery:
        return static_cast<int>(d.endpoints.size());
    }
    return -1;
}

// Expected reading of every Open311 file (relative path -> kind, items, repairs, HTTP status).
struct Expected
{
    const char *path;
    Kind kind;
    int items;
    int repairs;
    int httpStatus;
};

const Expected kOpen311Files[] = {
    {"bloomington_2012/requests.json", Kind::Requests, 21, 0, 0},
    {"bloomington_2012/services.json", Kind::Services, 46, 0, 0},
    {"boston_services_2018_cc0.json", Kind::Services, 118, 0, 0},
    {"dc_2012/dc-services-S0301.xml", Kind::ServiceDefinition, 6, 0, 0},
    {"dc_2012/dc-services.xml", Kind::Services, 86, 0, 0},
    {"dc_2012/discovery-dc.xml", Kind::Discovery, 2, 0, 0},
    {"discovery-boston.json", Kind::Discovery, 2, 0, 0},
    {"sf_2010_reference/403.xml", Kind::Errors, 1, 0, 403},
    {"sf_2010_reference/get_service_request.xml", Kind::Requests, 1, 0, 0},
    {"sf_2010_reference/get_service_request_not_found.xml", Kind::Errors, 1, 0, 0},
    {"sf_2010_reference/post_service_request.xml", Kind::RequestReplies, 1, 0, 0},
    {"sf_2010_reference/request_id_from_token.xml", Kind::RequestReplies, 1, 0, 0},
    {"sf_2010_reference/service_definition.xml", Kind::ServiceDefinition, 1, 0, 0},
    {"sf_2010_reference/service_requests.xml", Kind::Requests, 2, 0, 0},
    {"sf_2010_reference/service_requests_empty.xml", Kind::Requests, 0, 0, 0},
    {"sf_2010_reference/services.xml", Kind::Services, 36, 0, 0},
    {"spec_examples/json-errors.json", Kind::Errors, 1, 0, 403},
    {"spec_examples/json-request-from-token.json", Kind::RequestReplies, 1, 0, 0},
    {"spec_examples/json-service-definition.json", Kind::ServiceDefinition, 1, 0, 0},
    {"spec_examples/json-service-list.json", Kind::Services, 3, 3, 0},
    {"spec_examples/json-service-request-post.json", Kind::RequestReplies, 1, 0, 0},
    {"spec_examples/json-service-request.json", Kind::Requests, 1, 1, 0},
    {"spec_examples/json-service-requests.json", Kind::Requests, 2, 2, 0},
    {"spec_examples/xml-errors.xml", Kind::Errors, 1, 0, 403},
    {"spec_examples/xml-request-from-token.xml", Kind::RequestReplies, 1, 0, 0},
    {"spec_examples/xml-service-definition.xml", Kind::ServiceDefinition, 1, 0, 0},
    {"spec_examples/xml-service-list.xml", Kind::Services, 3, 0, 0},
    {"spec_examples/xml-service-request-post.xml", Kind::RequestReplies, 1, 0, 0},
    {"spec_examples/xml-service-request.xml", Kind::Requests, 1, 0, 0},
    {"spec_examples/xml-service-requests.xml", Kind::Requests, 2, 0, 0},
};

struct ExpectedCsv
{
    const char *path;
    const char *profile;
    qint64 imported;
    qint64 skipped;
    int addedServices;
};

const ExpectedCsv kCsvFiles[] = {
    {"requests/nyc311_5_qsv.csv", "nyc", 5, 0, 4},
    {"requests/boston311_100_qsv.csv", "boston", 100, 0, 36},
    {"requests/sf311_cases_sample_10000.csv", "sf", 10000, 0, 317},
};

QJsonValue exportJson(const QList<core::Ticket> &tickets)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    core::Open311Writer writer(buffer, core::Open311Writer::Format::Json, true);
    writer.begin();
    for (const auto &t : tickets)
        writer.write(t);
    writer.finish();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("export is not JSON: %s", qPrintable(error.errorString()));
    return doc.array();
}

} // namespace

class TestOpen311RealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (dataDir().isEmpty() || !QDir(dataDir()).exists(QStringLiteral("open311")))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("real data folder not found (set CIVICDESK_REALDATA_DIR to "
                                                  "the folder holding open311/ and requests/)"));
    }

    void everyFileHasAnExpectation()
    {
        // A new file in the data folder must get a row here: nothing is left untested.
        QStringList known;
        for (const auto &e : kOpen311Files)
            known.append(QStringLiteral("open311/") + QLatin1String(e.path));
        for (const auto &e : kCsvFiles)
            known.append(QLatin1String(e.path));
        const QDir root(dataDir());
        for (const char *folder : {"open311", "requests"}) {
            QDirIterator it(root.filePath(QLatin1String(folder)), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString rel = root.relativeFilePath(it.next());
                if (rel.startsWith(QStringLiteral("open311/schema/")))
                    continue; // the schemas: used by schemasAcceptOurExports()
                QVERIFY2(known.contains(rel), qPrintable(QStringLiteral("no expectation for %1").arg(rel)));
            }
        }
    }

    void readOpen311_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("repairs");
        QTest::addColumn<int>("httpStatus");
        for (const auto &e : kOpen311Files)
            QTest::newRow(e.path) << QString::fromLatin1(e.path) << static_cast<int>(e.kind) << e.items
                                  << e.repairs << e.httpStatus;
    }

    void readOpen311()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(int, items);
        QFETCH(int, repairs);
        QFETCH(int, httpStatus);
        const auto r = core::open311reader::read(
            readFile(QDir(dataDir()).filePath(QStringLiteral("open311/") + path)), path);
        QCOMPARE(static_cast<int>(r.document.kind), kind);
        QCOMPARE(itemCount(r.document), items);
        QCOMPARE(r.document.repairs.size(), repairs);
        QCOMPARE(r.document.httpStatus, httpStatus);
        QCOMPARE(r.skipped.size(), 0);
        for (const core::Service &s : r.document.services)
            QVERIFY(!s.code.isEmpty());
        for (const core::Ticket &t : r.document.requests) {
            QVERIFY(!t.referenceNumber.isEmpty());
            QVERIFY(t.requestedAt.isValid());
        }
    }

    void specExamplesAgreeAcrossFormats()
    {
        // The JSON examples (after the leading-zero repair) read exactly like their XML twins.
        const QDir dir(QDir(dataDir()).filePath(QStringLiteral("open311/spec_examples")));
        for (const char *name :
             {"service-list", "service-requests", "service-request", "service-definition"}) {
            const auto j = core::open311reader::read(
                readFile(dir.filePath(QStringLiteral("json-%1.json").arg(QLatin1String(name)))),
                QStringLiteral("j"));
            const auto x = core::open311reader::read(
                readFile(dir.filePath(QStringLiteral("xml-%1.xml").arg(QLatin1String(name)))),
                QStringLiteral("x"));
            QCOMPARE(j.document.services, x.document.services);
            QCOMPARE(j.document.requests, x.document.requests);
        }
        const auto r = core::open311reader::read(
            readFile(dir.filePath(QStringLiteral("json-service-request.json"))), QStringLiteral("j"));
        const core::Ticket &t = r.document.requests.first();
        QCOMPARE(t.serviceCode, QStringLiteral("006"));
        QCOMPARE(t.status, core::TicketStatus::Duplicate); // "closed" + "Duplicate request."
        QCOMPARE(t.requestedAt, QDateTime(QDate(2010, 4, 14), QTime(14, 37, 38), QTimeZone::utc()));
    }

    void importOpen311Requests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("imported");
        QTest::newRow("bloomington") << "bloomington_2012/requests.json" << qint64(21);
        QTest::newRow("sf reference") << "sf_2010_reference/service_requests.xml" << qint64(2);
        QTest::newRow("spec json") << "spec_examples/json-service-requests.json" << qint64(2);
    }

    void importOpen311Requests()
    {
        QFETCH(QString, path);
        QFETCH(qint64, imported);
        testsupport::TempProfile p;
        core::RequestImporter importer(p.store(), false);
        importer.readOpen311(readFile(QDir(dataDir()).filePath(QStringLiteral("open311/") + path)), path);
        const core::ImportSummary s = importer.commit();
        QCOMPARE(s.imported, imported);
        QCOMPARE(s.skipped, 0);
        QCOMPARE(core::TicketRepository(p.store().database()).count(), imported);
    }

    void importServices()
    {
        testsupport::TempProfile p;
        const qsizetype before = p.store().catalog().services().size();
        const QDir dir(QDir(dataDir()).filePath(QStringLiteral("open311")));
        const auto s = core::serviceimporter::import(
            p.store(), readFile(dir.filePath(QStringLiteral("dc_2012/dc-services.xml"))),
            QStringLiteral("dc-services.xml"));
        QCOMPARE(s.imported, 86);
        QCOMPARE(s.skipped, 0);
        QCOMPARE(p.store().catalog().services().size(), before + 86);
        const auto d = core::serviceimporter::import(
            p.store(), readFile(dir.filePath(QStringLiteral("dc_2012/dc-services-S0301.xml"))),
            QStringLiteral("dc-services-S0301.xml"));
        QCOMPARE(d.imported, 1);
        p.reopen();
        const core::Service *pothole = p.store().catalog().service(QStringLiteral("S0301"));
        QVERIFY(pothole);
        QVERIFY(pothole->imported);
        QCOMPARE(pothole->attributes.size(), 6);
        QCOMPARE(pothole->attributes.first().code, QStringLiteral("WHISPOLO")); // order 1 first
    }

    void importCsv_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<int>("addedServices");
        for (const auto &e : kCsvFiles)
            QTest::newRow(e.path) << QString::fromLatin1(e.path) << QString::fromLatin1(e.profile)
                                  << e.imported << e.skipped << e.addedServices;
    }

    void importCsv()
    {
        QFETCH(QString, path);
        QFETCH(QString, profile);
        QFETCH(qint64, imported);
        QFETCH(qint64, skipped);
        QFETCH(int, addedServices);
        // --profile auto picks the same profile from the header and the first rows.
        const auto detected = core::CsvProfileDetector::detectFile(QDir(dataDir()).filePath(path));
        QCOMPARE(detected.profile.key, profile);
        qInfo("%s: looks like %s", qPrintable(path), qPrintable(detected.description));
        testsupport::TempProfile p;
        QFile f(QDir(dataDir()).filePath(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(f, path, core::CsvProfile::load(profile));
        const core::ImportSummary s = importer.commit();
        for (const auto &skip : s.firstSkips)
            qInfo("%s: %s", qPrintable(skip.where), qPrintable(skip.reason));
        QCOMPARE(s.imported, imported);
        QCOMPARE(s.skipped, skipped);
        QCOMPARE(s.addedServices.size(), addedServices);
        QCOMPARE(core::TicketRepository(p.store().database()).count(), imported);
        // A strict import of the same file is refused whole: these services are not ours.
        testsupport::TempProfile strict;
        QFile again(f.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        core::RequestImporter strictImporter(strict.store(), true);
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 strictImporter.readCsv(again, path, core::CsvProfile::load(profile)));
        QCOMPARE(core::TicketRepository(strict.store().database()).count(), 0);
    }

    void schemasAcceptOurExports()
    {
        const auto schema = testsupport::JsonSchema::fromDirectory(
            QDir(dataDir()).filePath(QStringLiteral("open311/schema")));
        // Real requests, read and written again.
        const QDir dir(QDir(dataDir()).filePath(QStringLiteral("open311")));
        QList<core::Ticket> tickets;
        for (const auto &e : kOpen311Files) {
            if (e.kind == Kind::Requests)
                tickets += core::open311reader::read(readFile(dir.filePath(QLatin1String(e.path))), QString())
                               .document.requests;
        }
        // The SF CSV, all 10,000 rows' worth of real text, dates and points.
        testsupport::TempProfile p;
        QFile f(QDir(dataDir()).filePath(QStringLiteral("requests/sf311_cases_sample_10000.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        core::RequestImporter importer(p.store(), false);
        importer.readCsv(f, f.fileName(), core::CsvProfile::load(QStringLiteral("sf")));
        tickets += importer.staged();
        for (int i = 0; i < 200; ++i)
            tickets.append(testsupport::generatedTicket(i, QStringLiteral("TST")));
        QVERIFY(tickets.size() > 10000);
        const QStringList errors = schema.validate(exportJson(tickets), QStringLiteral("requests.json"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u'\n')));

        // Services: the built-in catalogue and every real service list, as one export.
        QList<core::Service> services = p.store().catalog().services();
        for (const auto &e : kOpen311Files) {
            if (e.kind == Kind::Services)
                services +=
                    core::open311reader::read(readFile(dir.filePath(QLatin1String(e.path))), QString())
                        .document.services;
        }
        const QJsonDocument list = QJsonDocument::fromJson(
            core::Open311Writer::services(services, core::Open311Writer::Format::Json));
        const QStringList serviceErrors = schema.validate(list.array(), QStringLiteral("services.json"));
        QVERIFY2(serviceErrors.isEmpty(), qPrintable(serviceErrors.mid(0, 5).join(u'\n')));

        // Definitions: every real one and every built-in one.
        for (const char *path : {"dc_2012/dc-services-S0301.xml", "sf_2010_reference/service_definition.xml",
                                 "spec_examples/json-service-definition.json"})
            services += core::open311reader::read(readFile(dir.filePath(QLatin1String(path))), QString())
                            .document.services;
        for (const core::Service &s : std::as_const(services)) {
            const QJsonDocument def = QJsonDocument::fromJson(
                core::Open311Writer::serviceDefinition(s, core::Open311Writer::Format::Json));
            const QStringList defErrors =
                schema.validate(def.object(), QStringLiteral("service-definition.json"));
            QVERIFY2(defErrors.isEmpty(), qPrintable(s.code + u' ' + defErrors.mid(0, 5).join(u'\n')));
        }
    }
};

CIVICDESK_TEST_MAIN(TestOpen311RealData)
#include "test_open311realdata.moc"

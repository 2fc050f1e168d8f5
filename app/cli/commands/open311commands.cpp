// import / export of Open311 GeoReport v2 and city CSV exports, and their benchmarks.
#include "cli/benchstats.h"
#include "cli/command.h"

#include "core/csvimport/csvmappingproposal.h"
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
#include "core/domain/error.h"
#include "core/interop/requestexporter.h"
#include "core/interop/requestimporter.h"
#include "core/interop/serviceimporter.h"
#include "core/open311/open311writer.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

namespace civicdesk::cli {
namespace {

using core::Error;
using core::Open311Writer;

QString sourceName(const QString &file)
{
    return file == QLatin1String("-") ? QStringLiteral("<stdin>") : file;
}

QString requireFile(const Context &c, const char *usage)
{
    if (c.args.positional.size() != 1)
        throw Error(QStringLiteral("usage: %1").arg(QLatin1String(usage)));
    return c.args.positional.first();
}

int runImportServices(Context &c)
{
    const QString file = requireFile(c, "import open311-services FILE");
    const QByteArray data = readInput(file);
    auto store = openStore(c);
    c.out << core::serviceimporter::import(*store, data, sourceName(file)).text();
    return 0;
}

int runImportRequests(Context &c)
{
    const QString file = requireFile(c, "import open311-requests FILE [--strict]");
    const QByteArray data = readInput(file);
    auto store = openStore(c);
    core::RequestImporter importer(*store, c.args.has(QStringLiteral("strict")));
    importer.readOpen311(data, sourceName(file));
    c.out << importer.commit().text();
    return 0;
}

// --write-mapping FILE: a proposed mapping file for an export no built-in profile reads.
int writeMapping(Context &c, const QString &file)
{
    QStringList header;
    QList<QStringList> rows;
    core::CsvProfileDetector::readSample(file, header, rows);
    const core::CsvMappingProposal proposal = core::CsvMappingProposal::propose(header, rows, file);
    const QString out = c.args.option(QStringLiteral("write-mapping"));
    QFile mapping(out);
    if (!mapping.open(QIODevice::WriteOnly | QIODevice::Truncate) || mapping.write(proposal.json()) < 0)
        throw Error(QStringLiteral("--write-mapping: %1: %2").arg(out, mapping.errorString()));
    c.out << proposal.text() << "wrote " << out << "; nothing was imported\n";
    return 0;
}

int runImportCsv(Context &c)
{
    const QString file =
        requireFile(c, "import requests-csv FILE [--profile auto|nyc|sf|boston|la|civicdesk|MAPFILE] "
                       "[--write-mapping FILE] [--strict]");
    if (c.args.hasOption(QStringLiteral("write-mapping")))
        return writeMapping(c, file);
    QString note;
    const core::CsvProfile profile = core::CsvProfileDetector::resolve(
        c.args.option(QStringLiteral("profile"), QStringLiteral("auto")), file, &note);
    if (!note.isEmpty())
        c.out << note << "\n";
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(file, device.errorString()));
    auto store = openStore(c);
    core::RequestImporter importer(*store, c.args.has(QStringLiteral("strict")));
    importer.readCsv(device, file, profile);
    c.out << importer.commit().text();
    return 0;
}

Open311Writer::Format parseFormat(const QString &text, bool csvAllowed)
{
    if (text == QLatin1String("open311-json"))
        return Open311Writer::Format::Json;
    if (text == QLatin1String("open311-xml"))
        return Open311Writer::Format::Xml;
    if (csvAllowed && text == QLatin1String("csv"))
        return Open311Writer::Format::Csv;
    throw Error(QStringLiteral("--format: \"%1\" is not one of open311-json, open311-xml%2")
                    .arg(text, csvAllowed ? QStringLiteral(", csv") : QString()));
}

// --out FILE, or standard output.
std::unique_ptr<QFile> openOutput(const Context &c)
{
    auto file = std::make_unique<QFile>();
    const QString out = c.args.option(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        c.out.flush();
        if (!file->open(stdout, QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write to standard output"));
    } else {
        file->setFileName(out);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error(QStringLiteral("--out: %1: %2").arg(out, file->errorString()));
    }
    return file;
}

int runExportRequests(Context &c)
{
    const Open311Writer::Format format = parseFormat(c.args.option(QStringLiteral("format"), QStringLiteral("open311-json")), true);
    const QString status = c.args.option(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("closed"))
        throw Error(QStringLiteral("--status: \"%1\" is not open or closed").arg(status));
    QDateTime since;
    if (c.args.hasOption(QStringLiteral("since"))) {
        const QString text = c.args.option(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!since.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                since = QDateTime(day, QTime(0, 0), QTimeZone::utc());
        }
        if (!since.isValid())
            throw Error(QStringLiteral("--since: \"%1\" is not a date (YYYY-MM-DD) or ISO 8601 date and time").arg(text));
    }
    core::RequestExporter::Options options;
    options.format = format;
    options.open311Status = status;
    options.since = since;
    options.extensions = c.args.has(QStringLiteral("extensions"));
    auto store = openStore(c);
    auto out = openOutput(c);
    const qint64 count = core::RequestExporter(*store).run(*out, options);
    out->close();
    if (!c.args.option(QStringLiteral("out")).isEmpty())
        c.err << "exported " << count << " requests\n";
    return 0;
}

int runExportServices(Context &c)
{
    const Open311Writer::Format format = parseFormat(c.args.option(QStringLiteral("format"), QStringLiteral("open311-json")), false);
    auto store = openStore(c);
    QByteArray data;
    if (c.args.hasOption(QStringLiteral("definition"))) {
        const QString code = c.args.option(QStringLiteral("definition"));
        const core::Service *service = store->catalog().service(code);
        if (!service)
            throw Error(QStringLiteral("--definition: no service with code \"%1\" in the catalogue").arg(code));
        data = Open311Writer::serviceDefinition(*service, format);
    } else {
        data = Open311Writer::services(store->catalog().services(), format);
    }
    auto out = openOutput(c);
    if (out->write(data) != data.size())
        throw Error(QStringLiteral("export: cannot write: %1").arg(out->errorString()));
    return 0;
}

// A varied, deterministic ticket, so the benchmark writes realistic text without a store.
core::Ticket benchTicket(qint64 i)
{
    static const QString services[] = {QStringLiteral("POTHOLE"), QStringLiteral("MISSED_COLLECTION"),
                                       QStringLiteral("STREETLIGHT_OUT"), QStringLiteral("NOISE"), QStringLiteral("GRAFFITI")};
    core::Ticket t;
    t.id = QUuid::createUuidV5(QUuid(), QString::number(i));
    t.referenceNumber = QStringLiteral("BEN-%1").arg(i);
    t.status = static_cast<core::TicketStatus>(i % 10);
    t.serviceCode = services[i % 5];
    t.serviceName = t.serviceCode;
    t.description = QStringLiteral("Generated request %1: \"deep\" hole near the curb, cars swerving.").arg(i);
    t.agencyResponsible = QStringLiteral("DPW");
    t.requestedAt = QDateTime::fromMSecsSinceEpoch(1735689600000LL + i * 4000, QTimeZone::utc());
    t.updatedAt = t.requestedAt.addSecs(3600);
    t.expectedAt = t.requestedAt.addDays(3);
    t.address = QStringLiteral("%1 Elm Street").arg(1 + i % 2000);
    t.zipcode = QStringLiteral("10001");
    t.latitude = 40.70 + static_cast<double>(i % 1000) / 10000.0;
    t.longitude = -74.00 + static_cast<double>(i % 997) / 10000.0;
    t.district = QStringLiteral("D%1").arg(i % 12);
    return t;
}

int runBenchExport(Context &c)
{
    const int count = c.args.intOption(QStringLiteral("tickets"), 1000000);
    const QString formatName = c.args.option(QStringLiteral("format"), QStringLiteral("open311-json"));
    core::RequestExporter::Options options;
    options.format = parseFormat(formatName, true);
    options.extensions = c.args.has(QStringLiteral("extensions"));
    QFile out(c.args.option(QStringLiteral("out"), QStringLiteral("/dev/null")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QStringLiteral("--out: %1: %2").arg(out.fileName(), out.errorString()));

    // The whole export path is timed, store to file, as `export requests` runs it. The
    // throw-away profile is filled first, untimed.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(QStringLiteral("cannot create a temporary folder"));
    core::LocalStore store{core::Profile(dir.path())};
    {
        core::TicketRepository repo(store.database());
        constexpr int batch = 10000;
        for (int done = 0; done < count; done += batch) {
            core::Transaction tx(store.database().connection());
            for (int i = done; i < std::min(count, done + batch); ++i)
                repo.insert(benchTicket(i));
            tx.commit();
        }
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = benchstats::processCpuSeconds();
    double rssAtTenth = 0.0;
    double rssBefore = benchstats::currentRssMb();
    const qint64 written = core::RequestExporter(store).run(out, options, [&](qint64 n) {
        if (rssAtTenth == 0.0 && n >= count / 10)
            rssAtTenth = benchstats::currentRssMb();
        return true;
    });
    const double seconds = std::max(1e-9, timer.nsecsElapsed() / 1e9);
    // CPU time as well: on a shared machine the wall clock measures the neighbours too.
    const double cpuSeconds = std::max(1e-9, benchstats::processCpuSeconds() - cpuStart);
    const double rssEnd = benchstats::currentRssMb();
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("export")},
                       {QStringLiteral("format"), formatName},
                       {QStringLiteral("tickets"), written},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("tickets_per_second"), qRound64(written / seconds)},
                       {QStringLiteral("cpu_seconds"), cpuSeconds},
                       {QStringLiteral("tickets_per_cpu_second"), qRound64(written / cpuSeconds)},
                       {QStringLiteral("rss_mb_before"), rssBefore},
                       {QStringLiteral("rss_mb_at_10_percent"), rssAtTenth},
                       {QStringLiteral("rss_mb_end"), rssEnd},
                       {QStringLiteral("budget_tickets_per_second"), 200000}};
    if (written != count)
        throw Error(QStringLiteral("bench export: wrote %1 of %2 tickets").arg(written).arg(count));
    // A byte count only for a real file: /dev/null (the default) keeps no position.
    if (!out.isSequential())
        result.insert(QStringLiteral("bytes"), out.pos());
    if (c.args.has(QStringLiteral("json")))
        c.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    else
        c.out << "exported " << written << " tickets in " << seconds << " s (" << qRound64(written / seconds)
              << " tickets/s), RSS " << rssBefore << " -> " << rssAtTenth << " -> " << rssEnd << " MB\n";
    return 0;
}

int runBenchImportCsv(Context &c)
{
    const QString file = requireFile(c, "bench import-csv FILE --profile P|auto [--json]");
    // Detection is timed on its own (header and first rows, read from the file) and counts
    // in the total, as it does in `import requests-csv --profile auto`.
    QElapsedTimer timer;
    timer.start();
    QString detected;
    const core::CsvProfile profile = core::CsvProfileDetector::resolve(
        c.args.option(QStringLiteral("profile"), QStringLiteral("sf")), file, &detected);
    const double detectSeconds = timer.nsecsElapsed() / 1e9;
    // A throw-away profile: a benchmark never writes into the user's store.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(QStringLiteral("cannot create a temporary folder"));
    core::LocalStore store{core::Profile(dir.path())};
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(file, device.errorString()));
    timer.restart();
    const double cpuStart = benchstats::processCpuSeconds();
    core::RequestImporter importer(store, false);
    importer.readCsv(device, file, profile);
    const double readSeconds = detectSeconds + timer.nsecsElapsed() / 1e9;
    const core::ImportSummary summary = importer.commit();
    const double seconds = std::max(1e-9, detectSeconds + timer.nsecsElapsed() / 1e9);
    const double cpuSeconds = benchstats::processCpuSeconds() - cpuStart;
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("import-csv")},
        {QStringLiteral("file"), file},
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("detected"), detected},
        {QStringLiteral("detect_ms"), detectSeconds * 1000.0},
        {QStringLiteral("imported"), summary.imported},
        {QStringLiteral("skipped"), summary.skipped},
        {QStringLiteral("read_seconds"), readSeconds},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("cpu_seconds"), cpuSeconds},
        {QStringLiteral("rows_per_second"), (summary.imported + summary.skipped) / seconds},
        {QStringLiteral("rss_mb_peak"), benchstats::peakRssMb()},
        {QStringLiteral("budget_seconds_sf_10000"), 1.0},
        {QStringLiteral("budget_detect_ms"), 20.0}};
    if (c.args.has(QStringLiteral("json")))
        c.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    else
        c.out << (detected.isEmpty()
                      ? QString()
                      : detected +
                            QStringLiteral(" (detected in %1 ms)\n").arg(detectSeconds * 1000.0, 0, 'f', 1))
              << summary.text() << "in " << seconds << " s\n";
    return 0;
}

const CommandRegistrar importServices({{QStringLiteral("import"), QStringLiteral("open311-services")},
                                       QStringLiteral("import open311-services FILE"),
                                       QStringLiteral("Merge an Open311 service list or service definition (JSON or XML) into the catalogue"),
                                       {},
                                       {},
                                       runImportServices});
const CommandRegistrar importRequests({{QStringLiteral("import"), QStringLiteral("open311-requests")},
                                       QStringLiteral("import open311-requests FILE [--strict]"),
                                       QStringLiteral("Import Open311 service requests (JSON or XML) in one transaction"),
                                       {},
                                       {QStringLiteral("strict")},
                                       runImportRequests});
const CommandRegistrar importCsv(
    {{QStringLiteral("import"), QStringLiteral("requests-csv")},
     QStringLiteral("import requests-csv FILE [--profile auto|nyc|sf|boston|la|civicdesk|MAPFILE] "
                    "[--write-mapping FILE] [--strict]"),
     QStringLiteral("Import a city's 311 CSV export (auto: detect the city; --write-mapping: propose a "
                    "mapping file, import nothing; --strict: unknown services reject the import)"),
     {QStringLiteral("profile"), QStringLiteral("write-mapping")},
     {QStringLiteral("strict")},
     runImportCsv});
const CommandRegistrar exportRequests(
    {{QStringLiteral("export"), QStringLiteral("requests")},
     QStringLiteral("export requests --format open311-json|open311-xml|csv [--status open|closed] [--since DATE] "
                    "[--extensions] [--out FILE]"),
     QStringLiteral("Export tickets as Open311 requests or CSV, streaming (--extensions: notes and extended_attributes)"),
     {QStringLiteral("format"), QStringLiteral("status"), QStringLiteral("since"), QStringLiteral("out")},
     {QStringLiteral("extensions")},
     runExportRequests});
const CommandRegistrar exportServices({{QStringLiteral("export"), QStringLiteral("services")},
                                       QStringLiteral("export services --format open311-json|open311-xml [--definition CODE] [--out FILE]"),
                                       QStringLiteral("Export the catalogue as an Open311 service list, or one service definition"),
                                       {QStringLiteral("format"), QStringLiteral("definition"), QStringLiteral("out")},
                                       {},
                                       runExportServices});
const CommandRegistrar benchExport({{QStringLiteral("bench"), QStringLiteral("export")},
                                    QStringLiteral("bench export [--tickets N] [--format F] [--extensions] [--out FILE] [--json]"),
                                    QStringLiteral("Benchmark: export N generated tickets from a throw-away store (tickets/s, RSS)"),
                                    {QStringLiteral("tickets"), QStringLiteral("format"), QStringLiteral("out")},
                                    {QStringLiteral("json"), QStringLiteral("extensions")},
                                    runBenchExport});
const CommandRegistrar
    benchImportCsv({{QStringLiteral("bench"), QStringLiteral("import-csv")},
                    QStringLiteral("bench import-csv FILE --profile P|auto [--json]"),
                    QStringLiteral("Benchmark: import a CSV export into a throw-away store"),
                    {QStringLiteral("profile")},
                    {QStringLiteral("json")},
                    runBenchImportCsv});

} // namespace
} // namespace civicdesk::cli

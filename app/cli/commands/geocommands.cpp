#include "cli/command.h"
#include "core/csvimport/csvreader.h"
#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/geo/geocoder.h"
#include "core/geo/geojsonreader.h"
#include "core/geo/routingrules.h"
#include "core/interop/csvwriter.h"
#include "core/store/localstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace civicdesk::cli {
namespace {

using core::Error;

double coordinate(const QString &text, const QString &what, double limit)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || std::abs(v) > limit)
        throw Error(QStringLiteral("%1: \"%2\" is not a %1 in degrees").arg(what, text));
    return v;
}

QJsonObject resultJson(const core::GeocodeResult &r)
{
    return QJsonObject{{QStringLiteral("kind"), core::GeocodeResult::kindKey(r.kind)},
                       {QStringLiteral("label"), r.label},
                       {QStringLiteral("number"), r.number},
                       {QStringLiteral("street"), r.street},
                       {QStringLiteral("unit"), r.unit},
                       {QStringLiteral("postcode"), r.postcode},
                       {QStringLiteral("lat"), r.point.lat},
                       {QStringLiteral("lon"), r.point.lon},
                       {QStringLiteral("score"), r.score},
                       {QStringLiteral("distance_m"), r.distanceMetres},
                       {QStringLiteral("inside_jurisdiction"), r.insideJurisdiction}};
}

void printResult(Context &c, const core::GeocodeResult &r)
{
    c.out << r.label << "  (" << QString::number(r.point.lat, 'f', 6) << ", "
          << QString::number(r.point.lon, 'f', 6) << ")  " << core::GeocodeResult::kindKey(r.kind);
    if (r.distanceMetres > 0)
        c.out << ", " << QString::number(r.distanceMetres, 'f', 0) << " m away";
    if (!r.insideJurisdiction)
        c.out << ", OUTSIDE the jurisdiction";
    c.out << "\n";
}

// The header of a CSV file read through the project's one reader; a file with no header line
// is refused, as every importer refuses it.
QStringList readHeader(core::CsvReader &reader, const QString &file)
{
    QStringList record;
    while (reader.next(record))
        if (record.size() != 1 || !record.first().isEmpty())
            return record;
    throw Error(
        QCoreApplication::translate("GeoCommands", "%1: the file is empty (no header line)").arg(file));
}

// The next record that is not a blank line; false at the end of the file.
bool nextRow(core::CsvReader &reader, QStringList &record)
{
    while (reader.next(record))
        if (record.size() != 1 || !record.first().isEmpty())
            return true;
    return false;
}

// A column named on the command line, by header name (case-insensitive) or 0-based number.
int columnOf(const QStringList &header, const QString &nameOrIndex, const QString &option,
             const QString &file)
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(nameOrIndex.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    bool ok = false;
    const int index = nameOrIndex.toInt(&ok);
    if (ok && index >= 0 && index < header.size())
        return index;
    throw Error(QCoreApplication::translate("GeoCommands", "%1: --%2: no column \"%3\" (columns: %4)")
                    .arg(file, option, nameOrIndex, header.join(QStringLiteral(", "))),
                {{option, QCoreApplication::translate("GeoCommands", "no such column")}});
}

int columnOption(const Context &c, const QStringList &header, const QString &option, const QString &fallback,
                 const QString &file)
{
    return columnOf(header, c.args.option(option, fallback), option, file);
}

std::vector<core::AddressRecord> addressesFromCsv(const Context &c, const QString &file)
{
    QBuffer input;
    input.setData(readInput(file));
    input.open(QIODevice::ReadOnly);
    core::CsvReader reader(input, file);
    const QStringList header = readHeader(reader, file);
    const int number = columnOption(c, header, QStringLiteral("number-col"), QStringLiteral("number"), file);
    const int street = columnOption(c, header, QStringLiteral("street-col"), QStringLiteral("street"), file);
    const int lat = columnOption(c, header, QStringLiteral("lat-col"), QStringLiteral("lat"), file);
    const int lon = columnOption(c, header, QStringLiteral("lon-col"), QStringLiteral("lon"), file);
    const int unit = c.args.hasOption(QStringLiteral("unit-col"))
                         ? columnOption(c, header, QStringLiteral("unit-col"), QString(), file)
                         : -1;
    const int postcode = c.args.hasOption(QStringLiteral("postcode-col"))
                             ? columnOption(c, header, QStringLiteral("postcode-col"), QString(), file)
                             : -1;
    std::vector<core::AddressRecord> records;
    QStringList row;
    while (nextRow(reader, row)) {
        const qint64 line = reader.line();
        const auto field = [&](int col, const char *name) -> double {
            bool ok = false;
            const double v = row.value(col).trimmed().toDouble(&ok);
            if (!ok)
                throw Error(QStringLiteral("%1:%2: %3: \"%4\" is not a number")
                                .arg(file)
                                .arg(line)
                                .arg(header.value(col, QLatin1String(name)), row.value(col)),
                            {{QLatin1String(name), QStringLiteral("not a number")}});
            return v;
        };
        core::AddressRecord r;
        r.number = row.value(number).trimmed();
        r.street = row.value(street).trimmed();
        r.unit = unit >= 0 ? row.value(unit).trimmed() : QString();
        r.postcode = postcode >= 0 ? row.value(postcode).trimmed() : QString();
        r.point = {field(lon, "lon"), field(lat, "lat")};
        r.where = QStringLiteral("line %1").arg(line);
        records.push_back(r);
    }
    return records;
}

int runImport(Context &c)
{
    if (c.args.positional.size() != 2) {
        c.err << "civicdesk-cli: usage: geo import districts|streets|addresses|areas FILE\n";
        return 2;
    }
    const auto layer = core::CityLayerStore::layerFromName(c.args.positional.at(0));
    if (!layer)
        throw Error(QStringLiteral("unknown layer \"%1\" (one of: districts, streets, addresses, areas)")
                        .arg(c.args.positional.at(0)));
    const QString file = c.args.positional.at(1);
    auto store = openStore(c);
    core::CityLayerStore layers(store->database());
    core::GeoImportReport report;
    if (*layer == core::CityLayerStore::Layer::Addresses &&
        file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        report = layers.importAddresses(addressesFromCsv(c, file), file);
    } else {
        core::GeoJsonReader reader(file);
        const auto features = reader.readFile(file);
        switch (*layer) {
        case core::CityLayerStore::Layer::Districts:
            report = layers.importDistricts(features, file, c.args.option(QStringLiteral("name-property")));
            break;
        case core::CityLayerStore::Layer::Streets:
            report = layers.importStreets(features, file);
            break;
        case core::CityLayerStore::Layer::Areas:
            report = layers.importAreas(features, file);
            break;
        case core::CityLayerStore::Layer::Addresses:
            report = layers.importAddressFeatures(features, file);
            break;
        }
        // Features the reader refused count as skipped too.
        report.read += reader.report().skipped();
        for (auto it = reader.report().skippedByReason.cbegin(); it != reader.report().skippedByReason.cend();
             ++it)
            report.skippedByReason[it.key()] += it.value();
        report.messages = reader.report().messages + report.messages;
    }
    if (c.args.hasOption(QStringLiteral("attribution")))
        layers.setAttribution(*layer, c.args.option(QStringLiteral("attribution")));
    c.out << report.summary(c.args.positional.at(0)) << "\n";
    for (const QString &m : report.messages)
        c.err << "  skipped " << m << "\n";
    return 0;
}

int runGeocode(Context &c)
{
    if (c.args.positional.isEmpty()) {
        c.err << "civicdesk-cli: usage: geo geocode TEXT [--limit N] [--json]\n";
        return 2;
    }
    auto store = openStore(c);
    const core::Geocoder geocoder(store->database());
    const auto results =
        c.args.has(QStringLiteral("autocomplete"))
            ? geocoder.autocomplete(c.args.positional.join(u' '),
                                    c.args.intOption(QStringLiteral("limit"), 8))
            : geocoder.geocode(c.args.positional.join(u' '), c.args.intOption(QStringLiteral("limit"), 5));
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto &r : results)
            a.append(resultJson(r));
        c.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return results.empty() ? 1 : 0;
    }
    if (results.empty()) {
        c.err << "civicdesk-cli: no match for \"" << c.args.positional.join(u' ') << "\"\n";
        return 1;
    }
    for (const auto &r : results)
        printResult(c, r);
    return 0;
}

int runReverse(Context &c)
{
    if (c.args.positional.size() != 2) {
        c.err << "civicdesk-cli: usage: geo reverse LAT LON [--json]\n";
        return 2;
    }
    const core::GeoPoint p{coordinate(c.args.positional.at(1), QStringLiteral("longitude"), 180),
                           coordinate(c.args.positional.at(0), QStringLiteral("latitude"), 90)};
    auto store = openStore(c);
    const core::Geocoder geocoder(store->database());
    const auto r = geocoder.reverse(p);
    if (c.args.has(QStringLiteral("json"))) {
        c.out << (r ? QString::fromUtf8(QJsonDocument(resultJson(*r)).toJson(QJsonDocument::Indented))
                    : QStringLiteral("null\n"));
        return r ? 0 : 1;
    }
    if (!r) {
        c.err << "civicdesk-cli: no address or street within 250 m\n";
        return 1;
    }
    printResult(c, *r);
    return 0;
}

int runDistrict(Context &c)
{
    auto store = openStore(c);
    const core::CityLayerStore layers(store->database());
    const core::DistrictIndex index(layers);
    if (index.isEmpty())
        throw Error(QStringLiteral("no districts imported (geo import districts FILE)"));
    const QString property = c.args.option(QStringLiteral("district-property"));
    if (c.args.hasOption(QStringLiteral("csv"))) {
        const QString file = c.args.option(QStringLiteral("csv"));
        QBuffer input;
        input.setData(readInput(file));
        input.open(QIODevice::ReadOnly);
        core::CsvReader reader(input, file);
        QStringList header = readHeader(reader, file);
        const int latCol = columnOption(c, header, QStringLiteral("lat-col"), QStringLiteral("lat"), file);
        const int lonCol = columnOption(c, header, QStringLiteral("lon-col"), QStringLiteral("lon"), file);
        const qsizetype width = header.size();
        header.append(QStringLiteral("district"));
        QByteArray csv;
        core::CsvWriter writer(csv, {false, QByteArrayLiteral("\n")});
        writer.writeRow(header);
        QStringList row;
        while (nextRow(reader, row)) {
            bool okLat = false, okLon = false;
            const double lat = row.value(latCol).trimmed().toDouble(&okLat);
            const double lon = row.value(lonCol).trimmed().toDouble(&okLon);
            while (row.size() < width)
                row.append(QString());
            // Rows without a usable position get an empty district, like rows outside every district.
            row.append(okLat && okLon ? index.labelAt({lon, lat}, property) : QString());
            writer.writeRow(row);
        }
        if (c.args.hasOption(QStringLiteral("out"))) {
            QFile out(c.args.option(QStringLiteral("out")));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv) != csv.size())
                throw Error(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
        } else {
            c.out << QString::fromUtf8(csv);
        }
        return 0;
    }
    if (c.args.positional.size() != 2) {
        c.err << "civicdesk-cli: usage: geo district LAT LON [--json] | geo district --csv FILE --lat-col C "
                 "--lon-col C\n";
        return 2;
    }
    const core::GeoPoint p{coordinate(c.args.positional.at(1), QStringLiteral("longitude"), 180),
                           coordinate(c.args.positional.at(0), QStringLiteral("latitude"), 90)};
    const auto *d = index.districtAt(p);
    if (c.args.has(QStringLiteral("json"))) {
        c.out << (d ? QString::fromUtf8(
                          QJsonDocument(QJsonObject{{QStringLiteral("name"), d->name},
                                                    {QStringLiteral("label"), index.labelAt(p, property)},
                                                    {QStringLiteral("properties"), d->properties}})
                              .toJson(QJsonDocument::Indented))
                    : QStringLiteral("null\n"));
        return d ? 0 : 1;
    }
    if (!d) {
        c.err << "civicdesk-cli: outside every district\n";
        return 1;
    }
    c.out << index.labelAt(p, property) << "\n";
    return 0;
}

int runRoutingLoad(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: geo routing load FILE\n";
        return 2;
    }
    auto store = openStore(c);
    const int n = core::RoutingRules(store->database())
                      .load(readInput(c.args.positional.at(0)), c.args.positional.at(0));
    c.out << "loaded " << n << " routing rules\n";
    return 0;
}

int runRoute(Context &c)
{
    if (c.args.positional.size() != 2) {
        c.err << "civicdesk-cli: usage: geo route SERVICE_CODE DISTRICT\n";
        return 2;
    }
    auto store = openStore(c);
    const auto rule =
        core::RoutingRules(store->database()).route(c.args.positional.at(0), c.args.positional.at(1));
    if (!rule) {
        c.err << "civicdesk-cli: no routing rule matches\n";
        return 1;
    }
    c.out << rule->agency << (rule->queue.isEmpty() ? QString() : QStringLiteral(" / ") + rule->queue)
          << "\n";
    return 0;
}

// Painting needs QtGui, which this core-only tool does not link: civicdesk-render (installed
// beside it) does the drawing, with the same profile.
int runRenderTiles(Context &c)
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("civicdesk-render"));
    if (!QFileInfo(program).isExecutable())
        throw Error(
            QStringLiteral("civicdesk-render is not installed beside civicdesk-cli (%1)").arg(program));
    QStringList arguments{QStringLiteral("render-tiles")};
    if (!c.profileDirectory.isEmpty())
        arguments << QStringLiteral("--profile") << c.profileDirectory;
    for (auto it = c.args.options.cbegin(); it != c.args.options.cend(); ++it)
        arguments << QStringLiteral("--") + it.key() << it.value();
    c.out.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        throw Error(QStringLiteral("civicdesk-render: %1").arg(process.errorString()));
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

const CommandRegistrar renderTilesCommand(
    {{QStringLiteral("geo"), QStringLiteral("render-tiles")},
     QStringLiteral("geo render-tiles --out FILE.mbtiles --zoom 12-17 "
                    "[--bbox MINLON,MINLAT,MAXLON,MAXLAT] [--scale 1|2]"),
     QStringLiteral("Draw the city layers into an MBTiles file (runs civicdesk-render)"),
     {QStringLiteral("out"), QStringLiteral("zoom"), QStringLiteral("bbox"), QStringLiteral("scale")},
     {},
     runRenderTiles});
const CommandRegistrar
    importCommand({{QStringLiteral("geo"), QStringLiteral("import")},
                   QStringLiteral("geo import districts|streets|addresses|areas FILE [--name-property P] "
                                  "[--attribution TEXT] [--number-col C --street-col C --lat-col C "
                                  "--lon-col C --unit-col C --postcode-col C]"),
                   QStringLiteral("Replace one city layer from GeoJSON (addresses also from CSV)"),
                   {QStringLiteral("name-property"), QStringLiteral("attribution"),
                    QStringLiteral("number-col"), QStringLiteral("street-col"), QStringLiteral("lat-col"),
                    QStringLiteral("lon-col"), QStringLiteral("unit-col"), QStringLiteral("postcode-col")},
                   {},
                   runImport});
const CommandRegistrar
    geocodeCommand({{QStringLiteral("geo"), QStringLiteral("geocode")},
                    QStringLiteral("geo geocode TEXT [--limit N] [--autocomplete] [--json]"),
                    QStringLiteral("Find an address, street or intersection"),
                    {QStringLiteral("limit")},
                    {QStringLiteral("json"), QStringLiteral("autocomplete")},
                    runGeocode});
const CommandRegistrar
    reverseCommand({{QStringLiteral("geo"), QStringLiteral("reverse")},
                    QStringLiteral("geo reverse LAT LON [--json]"),
                    QStringLiteral("The nearest address, or a number interpolated along the nearest street"),
                    {},
                    {QStringLiteral("json")},
                    runReverse});
const CommandRegistrar districtCommand(
    {{QStringLiteral("geo"), QStringLiteral("district")},
     QStringLiteral("geo district LAT LON [--json] | geo district --csv FILE --lat-col C "
                    "--lon-col C [--district-property P] [--out FILE]"),
     QStringLiteral("The district of a point, or of every row of a CSV (a district column is appended)"),
     {QStringLiteral("csv"), QStringLiteral("lat-col"), QStringLiteral("lon-col"),
      QStringLiteral("district-property"), QStringLiteral("out")},
     {QStringLiteral("json")},
     runDistrict});
const CommandRegistrar
    routingLoadCommand({{QStringLiteral("geo"), QStringLiteral("routing"), QStringLiteral("load")},
                        QStringLiteral("geo routing load FILE"),
                        QStringLiteral("Replace the routing rules (service x district -> agency, queue)"),
                        {},
                        {},
                        runRoutingLoad});
const CommandRegistrar routeCommand({{QStringLiteral("geo"), QStringLiteral("route")},
                                     QStringLiteral("geo route SERVICE_CODE DISTRICT"),
                                     QStringLiteral("The agency and queue the routing rules choose"),
                                     {},
                                     {},
                                     runRoute});

} // namespace
} // namespace civicdesk::cli

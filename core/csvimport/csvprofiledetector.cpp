#include "core/csvimport/csvprofiledetector.h"

#include "core/csvimport/csvheader.h"
#include "core/csvimport/csvmappingproposal.h"
#include "core/csvimport/csvreader.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <limits>

namespace civicdesk::core {

namespace {

// Which of a city's published forms the header is: the portal's "Export CSV" writes the
// profile's names exactly; the API adds system columns, uses its own names or snake_case;
// mirrors lower-case the portal's names.
QString form(const CsvHeader &header, const QList<CsvRowMapper::Match> &matches)
{
    const bool other = std::any_of(matches.cbegin(), matches.cend(), [](const CsvRowMapper::Match &m) {
        return CsvHeader::normalize(m.header) != CsvHeader::normalize(m.column);
    });
    if (header.hasApiColumns() || other)
        return QCoreApplication::translate("CsvProfileDetector", "API export");
    auto all = [&](auto test) { return std::all_of(matches.cbegin(), matches.cend(), test); };
    if (all([](const CsvRowMapper::Match &m) { return m.header == m.column; }))
        return QCoreApplication::translate("CsvProfileDetector", "portal export");
    if (all([](const CsvRowMapper::Match &m) { return m.header == m.column.toLower(); }))
        return QCoreApplication::translate("CsvProfileDetector", "lower-cased headers");
    if (all([](const CsvRowMapper::Match &m) {
            return m.header == m.header.toLower() && !m.header.contains(u' ');
        }))
        return QCoreApplication::translate("CsvProfileDetector", "API export");
    return QCoreApplication::translate("CsvProfileDetector", "headers spelt differently");
}

} // namespace

void CsvProfileDetector::readSample(const QString &fileName, QStringList &header, QList<QStringList> &rows)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(fileName, file.errorString()));
    CsvReader reader(file, fileName);
    if (!reader.next(header))
        throw Error(QCoreApplication::translate("RequestImporter", "%1: the file is empty").arg(fileName));
    QStringList fields;
    while (rows.size() < kSampleRows && reader.next(fields)) {
        if (!(fields.size() == 1 && fields.constFirst().isEmpty()))
            rows.append(fields);
    }
}

CsvProfileDetector::Result CsvProfileDetector::detect(const QStringList &header,
                                                      const QList<QStringList> &rows,
                                                      const QString &sourceName)
{
    QElapsedTimer timer;
    timer.start();
    const CsvHeader columns(header);
    QList<Result> fits;
    QStringList ambiguous;
    QString nearest;
    qsizetype nearestMatched = 0;
    for (const QString &key : CsvProfile::builtInNames()) {
        CsvProfile profile = CsvProfile::load(key);
        try {
            const CsvRowMapper mapper(profile, header, sourceName);
            // The content must agree too: a file whose request dates none of the profile's
            // formats read is not that city's export, whatever its header says.
            const QString requested = profile.column("requested_datetime");
            const int dateColumn =
                columns.find(QStringList{requested} + profile.otherNames.value(requested)).value(0, -1);
            const bool anyDate = std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &r) {
                return !r.value(dateColumn).trimmed().isEmpty();
            });
            const bool readable =
                !anyDate || std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &r) {
                    return mapper.parseDateTime(r.value(dateColumn).trimmed()).isValid();
                });
            if (!readable) {
                // The header fits but the dates do not: the nearest miss, and why.
                nearestMatched = std::numeric_limits<qsizetype>::max();
                nearest =
                    QCoreApplication::translate("CsvProfileDetector",
                                                "%1 (%2): its columns all match, but none of "
                                                "the first rows' \"%3\" values is a date in a known format")
                        .arg(profile.name, profile.key, columns.column(dateColumn));
                continue;
            }
            const QString description =
                QStringLiteral("%1, %2").arg(profile.name, form(columns, mapper.matches()));
            fits.append({std::move(profile), description, 0});
        } catch (const Error &e) {
            if (e.fieldErrors().value(0).message ==
                QCoreApplication::translate("CsvRowMapper", "ambiguous columns")) {
                ambiguous.append(e.message());
                continue;
            }
            // The nearest miss is worth naming: most often a column renamed or left out.
            QStringList missing;
            const QStringList wanted = QStringList(profile.columns.values()) + profile.descriptionColumns;
            for (const QString &column : wanted) {
                if (columns.find(QStringList{column} + profile.otherNames.value(column)).isEmpty())
                    missing.append(QStringLiteral("\"%1\"").arg(column));
            }
            if (wanted.size() - missing.size() > nearestMatched) {
                nearestMatched = wanted.size() - missing.size();
                missing.sort();
                nearest = QCoreApplication::translate("CsvProfileDetector",
                                                      "%1 (%2), which has %3 of its columns but not %4")
                              .arg(profile.name, profile.key)
                              .arg(nearestMatched)
                              .arg(missing.join(QStringLiteral(", ")));
            }
        }
    }
    if (fits.size() == 1) {
        fits.first().nanoseconds = timer.nsecsElapsed();
        return fits.takeFirst();
    }
    if (fits.size() > 1) {
        QStringList names;
        QStringList options;
        for (const Result &r : fits) {
            names.append(r.profile.name);
            options.append(QStringLiteral("--profile ") + r.profile.key);
        }
        throw Error(QCoreApplication::translate("CsvProfileDetector",
                                                "%1:1: the header fits more than one built-in profile (%2), "
                                                "so auto cannot choose; name one: %3")
                        .arg(sourceName, names.join(QStringLiteral(", ")),
                             options.join(QCoreApplication::translate("CsvProfileDetector", " or "))));
    }
    if (!ambiguous.isEmpty())
        throw Error(ambiguous.first());
    const CsvMappingProposal proposal = CsvMappingProposal::propose(header, rows, sourceName);
    QString message =
        QCoreApplication::translate("CsvProfileDetector", "%1:1: no built-in profile (%2) fits this file")
            .arg(sourceName, CsvProfile::builtInNames().join(QStringLiteral(", ")));
    if (!nearest.isEmpty())
        message += QCoreApplication::translate("CsvProfileDetector", "; the nearest: %1").arg(nearest);
    message += QCoreApplication::translate(
                   "CsvProfileDetector",
                   ". Write a mapping file for it (docs/open311.md, \"Mapping files\"); --write-mapping FILE "
                   "writes a proposal from the header and the first rows.\n") +
               proposal.text();
    throw Error(message.trimmed(),
                {{QStringLiteral("profile"),
                  QCoreApplication::translate("CsvProfileDetector", "no built-in profile fits")}});
}

CsvProfileDetector::Result CsvProfileDetector::detectFile(const QString &fileName)
{
    QElapsedTimer timer;
    timer.start();
    QStringList header;
    QList<QStringList> rows;
    readSample(fileName, header, rows);
    Result r = detect(header, rows, fileName);
    r.nanoseconds = timer.nsecsElapsed();
    return r;
}

CsvProfile CsvProfileDetector::resolve(const QString &option, const QString &fileName, QString *note)
{
    if (option.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0)
        return CsvProfile::load(option);
    Result r = detectFile(fileName);
    if (note)
        *note = QCoreApplication::translate("CsvProfileDetector", "looks like %1").arg(r.description);
    return std::move(r.profile);
}

} // namespace civicdesk::core

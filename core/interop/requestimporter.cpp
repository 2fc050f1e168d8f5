#include "core/interop/requestimporter.h"

#include "core/csvimport/csvreader.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"
#include "core/interop/csvwriter.h"
#include "core/open311/open311reader.h"
#include "core/store/sqlitestatement.h"
#include "core/tickets/ticketservice.h"
#include "core/tickets/ticketvalidator.h"

#include <QCoreApplication>

namespace civicdesk::core {

RequestImporter::RequestImporter(LocalStore &store, bool strict)
    : m_store(store), m_strict(strict), m_catalog(store.catalog())
{
}

RequestImporter::~RequestImporter() = default;

bool RequestImporter::referenceExists(const QString &reference) const
{
    // Asked for every row: through SQLite's C API, as the inserts are, since QSqlQuery's
    // binding cost as much as the lookup itself.
    if (!m_exists)
        m_exists = std::make_unique<SqliteStatement>(
            m_store.database().connection(),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets WHERE reference = ?1)"));
    // The reference is enough: an imported ticket's id is derived from it.
    m_exists->bindText(1, reference);
    const bool found = m_exists->step() && m_exists->int64(0) != 0;
    while (m_exists->step()) {
        // to its end, which resets it for the next row
    }
    return found;
}

void RequestImporter::stage(Ticket t, const QString &where, const QString &group)
{
    if (const auto first = m_seen.constFind(t.referenceNumber); first != m_seen.constEnd()) {
        skip(where, QCoreApplication::translate("RequestImporter",
                                                "service_request_id %1 appears twice (first at %2)")
                        .arg(t.referenceNumber, first.value()));
        return;
    }
    if (referenceExists(t.referenceNumber)) {
        skip(where,
             QCoreApplication::translate("RequestImporter", "service_request_id %1 is already in the store")
                 .arg(t.referenceNumber));
        return;
    }
    if (!m_catalog.service(t.serviceCode)) {
        if (m_strict)
            throw Error(QCoreApplication::translate("RequestImporter",
                                                    "%1%2: service_code: unknown service \"%3\"; a strict "
                                                    "import accepts only services in the "
                                                    "catalogue, so nothing was imported")
                            .arg(m_sourceName.isEmpty() ? QString() : m_sourceName + QStringLiteral(": "),
                                 where, t.serviceCode),
                        {{QStringLiteral("service_code"),
                          QCoreApplication::translate("RequestImporter", "unknown service")}});
        Service s;
        s.code = t.serviceCode;
        s.name = t.serviceName.isEmpty() ? t.serviceCode : t.serviceName;
        s.group = group;
        s.imported = true;
        m_catalog.addService(s);
        m_summary.addedServices.append(s.code);
    }
    if (t.serviceName.isEmpty())
        t.serviceName = m_catalog.service(t.serviceCode)->name;
    const QList<FieldError> errors = ticketvalidator::validate(t, m_catalog, ticketvalidator::Mode::Import);
    if (!errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : errors)
            parts.append(e.field + QStringLiteral(": ") + e.message);
        skip(where, parts.join(QStringLiteral("; ")));
        return;
    }
    m_seen.insert(t.referenceNumber, where);
    m_tickets.append(std::move(t));
}

void RequestImporter::readCsv(QIODevice &device, const QString &sourceName, const CsvProfile &profile,
                              const std::atomic_bool *cancel)
{
    m_sourceName = sourceName;
    CsvReader reader(device, sourceName);
    QStringList fields;
    if (!reader.next(fields))
        throw Error(QCoreApplication::translate("RequestImporter", "%1: the file is empty").arg(sourceName));
    const CsvRowMapper mapper(profile, fields, sourceName);
    qint64 rows = 0;
    qint64 firstBadDateLine = 0;
    while (reader.next(fields)) {
        if (cancel && cancel->load())
            throw Error(
                QCoreApplication::translate("RequestImporter", "import cancelled; nothing was imported"));
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue; // a blank line
        ++rows;
        // CivicDesk's own exports neutralise cells a spreadsheet would run: read them back as written.
        for (QString &field : fields)
            field = CsvWriter::restored(field);
        const QString where = QCoreApplication::translate("RequestImporter", "line %1").arg(reader.line());
        try {
            stage(mapper.map(fields), where, mapper.group(fields));
        } catch (const Error &e) {
            if (m_strict && e.fieldErrors().value(0).field == QLatin1String("service_code"))
                throw;
            if (firstBadDateLine == 0 && !mapper.firstBadDate().isEmpty())
                firstBadDateLine = reader.line();
            skip(where, e.message());
        }
    }
    // Not one date read: the file writes its dates in a form no format fits, and every row
    // would be skipped for it. Saying so once beats a list of skips.
    if (mapper.datesRead() == 0 && firstBadDateLine > 0)
        throw Error(QCoreApplication::translate(
                        "RequestImporter", "%1:%2: %3; no date in the file fits, so nothing was imported "
                                           "(add its format to \"date_formats\" in a mapping file)")
                        .arg(sourceName)
                        .arg(firstBadDateLine)
                        .arg(mapper.firstBadDate()));
    if (rows == 0)
        m_summary.notes.append(
            QCoreApplication::translate("RequestImporter", "%1 has a header and no rows").arg(sourceName));
}

void RequestImporter::readOpen311(const QByteArray &data, const QString &sourceName)
{
    m_sourceName = sourceName;
    const open311reader::Result r = open311reader::read(data, sourceName, Open311Document::Kind::Requests);
    // Skips and tickets are reported in document order only approximately; each names its place.
    for (const auto &p : r.skipped)
        skip(p.where, p.reason);
    for (qsizetype i = 0; i < r.document.requests.size(); ++i)
        stage(r.document.requests.at(i), QCoreApplication::translate("RequestImporter", "request %1 (%2)")
                                             .arg(i + 1)
                                             .arg(r.document.requests.at(i).referenceNumber));
}

ImportSummary RequestImporter::commit(const Progress &progress)
{
    TicketService service(m_store);
    const qsizetype count = m_tickets.size();
    service.importAll(std::exchange(m_tickets, {}), m_catalog, progress);
    m_summary.imported = count;
    return m_summary;
}

} // namespace civicdesk::core

#pragma once

#include "core/catalog/catalog.h"
#include "core/csvimport/csvprofile.h"
#include "core/domain/ticket.h"
#include "core/interop/importsummary.h"
#include "core/store/localstore.h"

#include <QHash>
#include <QIODevice>
#include <atomic>
#include <functional>
#include <memory>

namespace civicdesk::core {

class SqliteStatement;

// Imports service requests from Open311 documents and city CSV exports into the local store.
// Rows are read and checked first (a row that cannot be a ticket is skipped with its reason);
// then everything is written by TicketService::importAll in one transaction, so a failure or
// a cancel leaves the store untouched. Unknown services become imported types in the
// catalogue, unless the import is strict, where they reject the whole import.
class RequestImporter
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    RequestImporter(LocalStore &store, bool strict);
    ~RequestImporter();
    Q_DISABLE_COPY_MOVE(RequestImporter)

    // Reads a CSV export under a profile; the device is read as a stream.
    void readCsv(QIODevice &device, const QString &sourceName, const CsvProfile &profile,
                 const std::atomic_bool *cancel = nullptr);
    // Reads an Open311 GeoReport v2 requests document (JSON or XML).
    void readOpen311(const QByteArray &data, const QString &sourceName);

    // Checks one ticket and queues it; where names the row for messages ("line 12").
    void stage(Ticket ticket, const QString &where, const QString &group = {});
    void skip(const QString &where, const QString &reason) { m_summary.addSkip(where, reason); }

    const QList<Ticket> &staged() const { return m_tickets; }
    const ImportSummary &summary() const { return m_summary; }

    // Writes the staged tickets (and added services) in one transaction.
    ImportSummary commit(const Progress &progress = {});

private:
    bool referenceExists(const QString &reference) const;

    LocalStore &m_store;
    bool m_strict;
    Catalog m_catalog; // the store's catalogue plus the services this import adds
    QList<Ticket> m_tickets;
    QHash<QString, QString> m_seen; // service_request_id -> where it was first seen
    ImportSummary m_summary;
    QString m_sourceName; // the file being read, for errors that reject the whole import
    mutable std::unique_ptr<SqliteStatement> m_exists; // prepared once: asked for every row
};

} // namespace civicdesk::core

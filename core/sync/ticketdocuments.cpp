#include "core/sync/ticketdocuments.h"

#include "core/store/sqlitestatement.h"

#include <QJsonDocument>
#include <QStringList>

namespace civicdesk::core {

namespace {
// Local ticket columns that travel, and which of them may be NULL.
const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("reference"),
                              QStringLiteral("status"),
                              QStringLiteral("status_notes"),
                              QStringLiteral("service_code"),
                              QStringLiteral("service_name"),
                              QStringLiteral("description"),
                              QStringLiteral("agency"),
                              QStringLiteral("service_notice"),
                              QStringLiteral("requested_at"),
                              QStringLiteral("updated_at"),
                              QStringLiteral("expected_at"),
                              QStringLiteral("address"),
                              QStringLiteral("address_id"),
                              QStringLiteral("zipcode"),
                              QStringLiteral("lat"),
                              QStringLiteral("lon"),
                              QStringLiteral("media_url"),
                              QStringLiteral("caller_first_name"),
                              QStringLiteral("caller_last_name"),
                              QStringLiteral("caller_phone"),
                              QStringLiteral("caller_email"),
                              QStringLiteral("caller_anonymous"),
                              QStringLiteral("caller_language"),
                              QStringLiteral("channel"),
                              QStringLiteral("priority"),
                              QStringLiteral("assignee"),
                              QStringLiteral("district"),
                              QStringLiteral("queue"),
                              QStringLiteral("duplicate_of"),
                              QStringLiteral("attributes")};
const QStringList kNullable = {QStringLiteral("expected_at"), QStringLiteral("lat"), QStringLiteral("lon"),
                               QStringLiteral("duplicate_of")};
const QStringList kNumeric = {QStringLiteral("requested_at"), QStringLiteral("updated_at"),
                              QStringLiteral("caller_anonymous")};

QString readSql()
{
    QStringList pairs;
    for (const QString &c : kColumns)
        pairs.append(QStringLiteral("'%1', %1").arg(c));
    return QStringLiteral("SELECT json_object(%1) FROM tickets WHERE id = ?")
        .arg(pairs.join(QStringLiteral(", ")));
}
} // namespace

TicketDocuments::TicketDocuments(const Database &db) : m_read(db, readSql()) {}

TicketDocuments::~TicketDocuments() = default;

QJsonObject TicketDocuments::read(const QString &ticketId) const
{
    SqliteStatement &q = m_read.get();
    q.bindText(1, ticketId);
    QJsonObject document;
    while (q.step()) // one row at most; stepping past it resets the statement
        document = QJsonDocument::fromJson(q.utf8(0)).object();
    return document;
}

QString TicketDocuments::serverColumns()
{
    QStringList out;
    for (const QString &c : kColumns) {
        const QString extract = QStringLiteral("t.doc ->> '%1'").arg(c);
        if (kNullable.contains(c))
            out.append(extract);
        else
            out.append(QStringLiteral("coalesce(%1, '%2')")
                           .arg(extract, kNumeric.contains(c) ? QStringLiteral("0") : QString()));
    }
    return out.join(QStringLiteral(", "));
}

int TicketDocuments::columnCount()
{
    return int(kColumns.size());
}

QString TicketDocuments::upsertSql()
{
    QStringList marks;
    QStringList sets;
    for (qsizetype i = 0; i < kColumns.size(); ++i) {
        marks.append(QStringLiteral("?%1").arg(i + 1));
        if (kColumns.at(i) != QLatin1String("id"))
            sets.append(QStringLiteral("%1 = excluded.%1").arg(kColumns.at(i)));
    }
    sets.append(QStringLiteral("version = excluded.version"));
    // SQLite's column affinity turns the server's text into INTEGER and REAL where declared.
    return QStringLiteral("INSERT INTO tickets (%1, version) SELECT %2, ?%3 "
                          "WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.ticket_id = ?1) "
                          "ON CONFLICT (id) DO UPDATE SET %4")
        .arg(kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
        .arg(kColumns.size() + 1)
        .arg(sets.join(QStringLiteral(", ")));
}

} // namespace civicdesk::core

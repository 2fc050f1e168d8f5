#include "core/sync/ticketdocuments.h"

#include "core/store/sqlquery.h"

#include <QJsonDocument>
#include <QStringList>

namespace civicdesk::core {

namespace {
// Local ticket columns that travel, and which of them may be NULL.
const QStringList kColumns = {
    QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("status"), QStringLiteral("status_notes"),
    QStringLiteral("service_code"), QStringLiteral("service_name"), QStringLiteral("description"),
    QStringLiteral("agency"), QStringLiteral("service_notice"), QStringLiteral("requested_at"),
    QStringLiteral("updated_at"), QStringLiteral("expected_at"), QStringLiteral("address"),
    QStringLiteral("address_id"), QStringLiteral("zipcode"), QStringLiteral("lat"), QStringLiteral("lon"),
    QStringLiteral("media_url"), QStringLiteral("caller_first_name"), QStringLiteral("caller_last_name"),
    QStringLiteral("caller_phone"), QStringLiteral("caller_email"), QStringLiteral("caller_anonymous"),
    QStringLiteral("caller_language"), QStringLiteral("channel"), QStringLiteral("priority"),
    QStringLiteral("assignee"), QStringLiteral("district"), QStringLiteral("duplicate_of"),
    QStringLiteral("attributes")};
const QStringList kNullable = {QStringLiteral("expected_at"), QStringLiteral("lat"), QStringLiteral("lon"),
                               QStringLiteral("duplicate_of")};
const QStringList kNumeric = {QStringLiteral("requested_at"), QStringLiteral("updated_at"),
                              QStringLiteral("caller_anonymous")};
} // namespace

TicketDocuments::TicketDocuments(const Database &db) : m_db(db) {}

TicketDocuments::~TicketDocuments() = default;

QJsonObject TicketDocuments::read(const QString &ticketId) const
{
    QStringList pairs;
    for (const QString &c : kColumns)
        pairs.append(QStringLiteral("'%1', %1").arg(c));
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT json_object(%1) FROM tickets WHERE id = ?").arg(pairs.join(QStringLiteral(", "))));
    q.bind(0, ticketId).exec();
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

bool TicketDocuments::apply(const QByteArray &documentJson, int serverVersion)
{
    if (!m_apply) {
        QStringList values;
        QStringList sets;
        for (const QString &c : kColumns) {
            const QString extract = QStringLiteral("json_extract(d.j, '$.%1')").arg(c);
            if (kNullable.contains(c))
                values.append(extract);
            else
                values.append(QStringLiteral("coalesce(%1, %2)").arg(extract, kNumeric.contains(c) ? QStringLiteral("0")
                                                                                                   : QStringLiteral("''")));
            if (c != QLatin1String("id"))
                sets.append(QStringLiteral("%1 = excluded.%1").arg(c));
        }
        sets.append(QStringLiteral("version = excluded.version"));
        m_apply = std::make_unique<SqlQuery>(
            m_db.connection(),
            QStringLiteral("WITH d(j, v) AS (VALUES (?, ?)) INSERT INTO tickets (%1, version) SELECT %2, d.v FROM d "
                           "WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.ticket_id = json_extract(d.j, '$.id')) "
                           "ON CONFLICT (id) DO UPDATE SET %3")
                .arg(kColumns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                     sets.join(QStringLiteral(", "))));
    }
    m_apply->bind(0, QString::fromUtf8(documentJson)).bind(1, serverVersion).exec();
    return m_apply->numRowsAffected() > 0;
}

} // namespace civicdesk::core

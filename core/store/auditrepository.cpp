#include "core/store/auditrepository.h"

#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

namespace civicdesk::core {

bool AuditRepository::append(const QUuid &ticketId, const AuditEvent &event) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO audit_events "
                                                 "(id, ticket_id, at, actor, field, old_value, new_value) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, event.id.toString(QUuid::WithoutBraces))
        .bind(1, ticketId.toString(QUuid::WithoutBraces))
        .bind(2, timestamps::toDb(event.at))
        .bind(3, event.actor)
        .bind(4, event.field)
        .bind(5, event.oldValue)
        .bind(6, event.newValue)
        .exec();
    return q.numRowsAffected() > 0;
}

QList<AuditEvent> AuditRepository::forTicket(const QUuid &ticketId) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, at, actor, field, old_value, new_value FROM audit_events "
                                                 "WHERE ticket_id = ? ORDER BY at, rowid"));
    q.bind(0, ticketId.toString(QUuid::WithoutBraces)).exec();
    QList<AuditEvent> events;
    while (q.next()) {
        events.append({QUuid::fromString(q.value(0).toString()), timestamps::fromDb(q.value(1)), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return events;
}

} // namespace civicdesk::core

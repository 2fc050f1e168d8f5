#include "core/store/auditrepository.h"

#include "core/store/timestamps.h"

namespace civicdesk::core {

const AppendOnlyRepository::Table &AuditRepository::table()
{
    static const Table audit{QStringLiteral("audit_events"),
                             {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("at"),
                              QStringLiteral("actor"), QStringLiteral("field"), QStringLiteral("old_value"),
                              QStringLiteral("new_value")},
                             QStringLiteral("at, rowid")};
    return audit;
}

bool AuditRepository::append(const QUuid &ticketId, const AuditEvent &event) const
{
    return appendRow(event.id, ticketId,
                     {timestamps::toDb(event.at), event.actor, event.field, event.oldValue, event.newValue});
}

QList<AuditEvent> AuditRepository::forTicket(const QUuid &ticketId) const
{
    return rowsOf<AuditEvent>(ticketId, [](const SqlQuery &q) {
        return AuditEvent{QUuid::fromString(q.value(0).toString()),
                          timestamps::fromDb(q.value(1)),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          q.value(5).toString()};
    });
}

} // namespace civicdesk::core

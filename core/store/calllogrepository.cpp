#include "core/store/calllogrepository.h"

#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

namespace civicdesk::core {

namespace {
const QString kColumns = QStringLiteral("id, started_at, ended_at, handle_seconds, agent, caller_phone, wrap_up, "
                                        "reason, transfer_to, ticket_id, kb_article, emergency_transfer");

QList<CallRecord> readAll(SqlQuery &q)
{
    QList<CallRecord> calls;
    while (q.next()) {
        CallRecord c;
        c.id = QUuid::fromString(q.value(0).toString());
        c.startedAt = timestamps::fromDb(q.value(1));
        c.endedAt = timestamps::fromDb(q.value(2));
        c.handleSeconds = q.value(3).toLongLong();
        c.agent = q.value(4).toString();
        c.callerPhone = q.value(5).toString();
        c.wrapUp = q.value(6).toString();
        c.reason = q.value(7).toString();
        c.transferTo = q.value(8).toString();
        if (!q.value(9).isNull())
            c.ticketId = QUuid::fromString(q.value(9).toString());
        c.kbArticle = q.value(10).toString();
        c.emergencyTransfer = q.value(11).toInt() != 0;
        calls.append(c);
    }
    return calls;
}
} // namespace

void CallLogRepository::save(const CallRecord &c) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO call_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at, "
                              "handle_seconds = excluded.handle_seconds, caller_phone = excluded.caller_phone, "
                              "wrap_up = excluded.wrap_up, reason = excluded.reason, transfer_to = excluded.transfer_to, "
                              "ticket_id = excluded.ticket_id, kb_article = excluded.kb_article, "
                              "emergency_transfer = excluded.emergency_transfer")
                   .arg(kColumns));
    q.bind(0, c.id.toString(QUuid::WithoutBraces))
        .bind(1, timestamps::toDb(c.startedAt))
        .bind(2, timestamps::toDb(c.endedAt))
        .bind(3, c.handleSeconds)
        .bind(4, c.agent)
        .bind(5, c.callerPhone)
        .bind(6, c.wrapUp)
        .bind(7, c.reason)
        .bind(8, c.transferTo)
        .bind(9, c.ticketId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(c.ticketId.toString(QUuid::WithoutBraces)))
        .bind(10, c.kbArticle)
        .bind(11, c.emergencyTransfer ? 1 : 0)
        .exec();
}

QList<CallRecord> CallLogRepository::forCaller(const QString &phoneE164, int limit) const
{
    // The repeated "<> ''" lets SQLite use the partial index call_log_by_phone with a bound value.
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT %1 FROM call_log WHERE caller_phone = ? AND caller_phone <> '' "
                                                 "ORDER BY started_at DESC LIMIT ?")
                                      .arg(kColumns));
    q.bind(0, phoneE164).bind(1, limit).exec();
    return readAll(q);
}

std::optional<CallRecord> CallLogRepository::find(const QUuid &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT %1 FROM call_log WHERE id = ?").arg(kColumns));
    q.bind(0, id.toString(QUuid::WithoutBraces)).exec();
    const QList<CallRecord> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<CallRecord>(found.first());
}

QList<CallRecord> CallLogRepository::between(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT %1 FROM call_log WHERE started_at >= ? AND started_at < ? "
                                                 "ORDER BY started_at")
                                      .arg(kColumns));
    q.bind(0, timestamps::toDb(fromUtc)).bind(1, timestamps::toDb(toUtc)).exec();
    return readAll(q);
}

} // namespace civicdesk::core

#include "core/sync/outbox.h"

#include "core/domain/clock.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/sync/ticketdocuments.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace civicdesk::core {

namespace {
QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

Outbox::Outbox(const Database &db)
    : m_db(db), m_documents(db),
      m_insert(db, QStringLiteral("INSERT INTO sync_outbox (change_id, kind, ticket_id, payload, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"))
{
}

Outbox::~Outbox() = default;

QJsonObject Outbox::ticketDocument(const QUuid &ticketId) const
{
    return m_documents.read(uuidText(ticketId));
}

void Outbox::enqueue(const QString &kind, const QUuid &ticketId, QJsonObject change) const
{
    const QString changeId = uuidText(QUuid::createUuid());
    change.insert(QStringLiteral("change_id"), changeId);
    change.insert(QStringLiteral("kind"), kind);
    change.insert(QStringLiteral("ticket_id"), uuidText(ticketId));
    SqliteStatement &insert = m_insert.get();
    insert.bindText(1, changeId);
    insert.bindText(2, kind);
    insert.bindText(3, uuidText(ticketId));
    insert.bindText(4, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
    insert.bindInt64(5, Clock::current().nowUtc().toMSecsSinceEpoch());
    insert.execute();
}

void Outbox::enqueueCreate(const QUuid &ticketId) const
{
    enqueue(QStringLiteral("create"), ticketId, {{QStringLiteral("doc"), ticketDocument(ticketId)}});
}

void Outbox::enqueueUpdate(const QUuid &ticketId, int baseVersion, const QJsonObject &before,
                           const QJsonObject &after) const
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QJsonArray{old.isUndefined() ? QJsonValue() : old, it.value()});
    }
    if (changes.isEmpty())
        return;
    enqueue(QStringLiteral("update"), ticketId,
            {{QStringLiteral("base_version"), baseVersion}, {QStringLiteral("changes"), changes}});
}

void Outbox::enqueueNote(const QUuid &ticketId, const Note &note) const
{
    enqueue(QStringLiteral("note"), ticketId,
            {{QStringLiteral("note"),
              QJsonObject{{QStringLiteral("id"), uuidText(note.id)},
                          {QStringLiteral("created_at"), note.createdAt.toMSecsSinceEpoch()},
                          {QStringLiteral("author"), note.author},
                          {QStringLiteral("text"), note.text},
                          {QStringLiteral("internal"), note.internal}}}});
}

void Outbox::enqueueAudit(const QUuid &ticketId, const AuditEvent &event) const
{
    enqueue(QStringLiteral("audit"), ticketId,
            {{QStringLiteral("audit"), QJsonObject{{QStringLiteral("id"), uuidText(event.id)},
                                                   {QStringLiteral("at"), event.at.toMSecsSinceEpoch()},
                                                   {QStringLiteral("actor"), event.actor},
                                                   {QStringLiteral("field"), event.field},
                                                   {QStringLiteral("old_value"), event.oldValue},
                                                   {QStringLiteral("new_value"), event.newValue}}}});
}

qint64 Outbox::pendingCount() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Outbox::conflictCount() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT count(*) FROM sync_conflicts"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Outbox::lastSeq() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Outbox::Entry> Outbox::batchAfter(qint64 seq, int limit) const
{
    // SQLite cuts the document out of a create (as JSON text, whatever it holds), so the server
    // parses each ticket once.
    SqliteStatement q(m_db.connection(),
                      QStringLiteral("SELECT seq, change_id, kind, ticket_id, CASE kind WHEN 'create' THEN "
                                     "coalesce(payload -> '$.doc', 'null') ELSE payload END FROM sync_outbox "
                                     "WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
    q.bindInt64(1, seq);
    q.bindInt64(2, limit);
    QList<Entry> entries;
    entries.reserve(limit);
    while (q.step()) {
        Entry e{q.int64(0), q.text(1), q.text(2), q.text(3), {}, {}};
        e.body = q.utf8(4);
        entries.append(std::move(e));
    }
    return entries;
}

QList<Outbox::Entry> Outbox::next(int limit) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral(
                   "SELECT seq, change_id, kind, ticket_id, payload FROM sync_outbox ORDER BY seq LIMIT ?"));
    q.bind(0, limit).exec();
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString().toUtf8()});
    return entries;
}

void Outbox::remove(qint64 seq) const
{
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?")).bind(0, seq).exec();
}

void Outbox::remove(const QList<qint64> &seqs) const
{
    // Runs of consecutive numbers go in one statement each (a pushed batch is mostly one run);
    // a parked entry breaks a run, so nothing but the given entries is ever deleted.
    SqliteStatement remove(m_db.connection(),
                           QStringLiteral("DELETE FROM sync_outbox WHERE seq BETWEEN ?1 AND ?2"));
    for (qsizetype i = 0; i < seqs.size();) {
        qsizetype j = i + 1;
        while (j < seqs.size() && seqs.at(j) == seqs.at(j - 1) + 1)
            ++j;
        remove.bindInt64(1, seqs.at(i));
        remove.bindInt64(2, seqs.at(j - 1));
        remove.execute();
        i = j;
    }
}

void Outbox::park(const Entry &entry, const QString &reason) const
{
    // The payload comes from the outbox row: a pushed batch carries only the staged body.
    SqlQuery(m_db.connection(),
             QStringLiteral(
                 "INSERT OR REPLACE INTO sync_conflicts (change_id, ticket_id, reference, kind, reason, "
                 "payload, parked_at) SELECT change_id, ticket_id, coalesce((SELECT reference FROM "
                 "tickets WHERE id = o.ticket_id), ''), kind, ?, payload, ? FROM sync_outbox o "
                 "WHERE seq = ?"))
        .bind(0, reason)
        .bind(1, timestamps::toDb(Clock::current().nowUtc()))
        .bind(2, entry.seq)
        .exec();
    remove(entry.seq);
}

} // namespace civicdesk::core

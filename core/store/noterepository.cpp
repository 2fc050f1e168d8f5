#include "core/store/noterepository.h"

#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

namespace civicdesk::core {

bool NoteRepository::append(const QUuid &ticketId, const Note &note) const
{
    if (!m_append)
        m_append = std::make_shared<SqlQuery>(
            m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO ticket_notes "
                                              "(id, ticket_id, created_at, author, text, internal) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery &q = *m_append;
    q.bind(0, note.id.toString(QUuid::WithoutBraces))
        .bind(1, ticketId.toString(QUuid::WithoutBraces))
        .bind(2, timestamps::toDb(note.createdAt))
        .bind(3, note.author)
        .bind(4, note.text)
        .bind(5, note.internal ? 1 : 0)
        .exec();
    return q.numRowsAffected() > 0;
}

QList<Note> NoteRepository::forTicket(const QUuid &ticketId) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, created_at, author, text, internal FROM ticket_notes "
                              "WHERE ticket_id = ? ORDER BY created_at, id"));
    q.bind(0, ticketId.toString(QUuid::WithoutBraces)).exec();
    QList<Note> notes;
    while (q.next()) {
        notes.append({QUuid::fromString(q.value(0).toString()), timestamps::fromDb(q.value(1)),
                      q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0});
    }
    return notes;
}

} // namespace civicdesk::core

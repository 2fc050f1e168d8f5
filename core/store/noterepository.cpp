#include "core/store/noterepository.h"

#include "core/store/timestamps.h"

namespace civicdesk::core {

const AppendOnlyRepository::Table &NoteRepository::table()
{
    static const Table notes{QStringLiteral("ticket_notes"),
                             {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("created_at"),
                              QStringLiteral("author"), QStringLiteral("text"), QStringLiteral("internal")},
                             QStringLiteral("created_at, id")};
    return notes;
}

bool NoteRepository::append(const QUuid &ticketId, const Note &note) const
{
    return appendRow(note.id, ticketId,
                     {timestamps::toDb(note.createdAt), note.author, note.text, note.internal ? 1 : 0});
}

QList<Note> NoteRepository::forTicket(const QUuid &ticketId) const
{
    return rowsOf<Note>(ticketId, [](const SqlQuery &q) {
        return Note{QUuid::fromString(q.value(0).toString()), timestamps::fromDb(q.value(1)),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0};
    });
}

} // namespace civicdesk::core

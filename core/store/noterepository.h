#pragma once

#include "core/domain/note.h"
#include "core/store/appendonlyrepository.h"

namespace civicdesk::core {

class NoteRepository : public AppendOnlyRepository
{
public:
    explicit NoteRepository(const Database &db) : AppendOnlyRepository(db, table()) {}

    static const Table &table();

    // Insert-only. Returns false when a note with this id was already there (a re-delivered
    // note from sync or import), which is not an error.
    bool append(const QUuid &ticketId, const Note &note) const;
    QList<Note> forTicket(const QUuid &ticketId) const;
};

} // namespace civicdesk::core

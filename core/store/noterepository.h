#pragma once

#include "core/domain/note.h"
#include "core/store/database.h"

#include <QList>
#include <QUuid>
#include <memory>

namespace civicdesk::core {

class SqlQuery;

class NoteRepository
{
public:
    explicit NoteRepository(const Database &db) : m_db(db) {}

    // Insert-only. Returns false when a note with this id was already there (a re-delivered
    // note from sync or import), which is not an error.
    bool append(const QUuid &ticketId, const Note &note) const;
    QList<Note> forTicket(const QUuid &ticketId) const;

private:
    const Database &m_db;
    // Prepared on first use and reused: bulk writes (imports, the demo generator) append many.
    mutable std::shared_ptr<SqlQuery> m_append;
};

} // namespace civicdesk::core

#pragma once

#include "core/domain/auditevent.h"
#include "core/store/appendonlyrepository.h"

namespace civicdesk::core {

class AuditRepository : public AppendOnlyRepository
{
public:
    explicit AuditRepository(const Database &db) : AppendOnlyRepository(db, table()) {}

    static const Table &table();

    // Insert-only; a re-delivered event (same id) is ignored and returns false.
    bool append(const QUuid &ticketId, const AuditEvent &event) const;
    QList<AuditEvent> forTicket(const QUuid &ticketId) const;
};

} // namespace civicdesk::core

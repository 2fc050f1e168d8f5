#pragma once

#include "core/domain/auditevent.h"
#include "core/store/database.h"

#include <QList>
#include <QUuid>

namespace civicdesk::core {

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    // Insert-only; a re-delivered event (same id) is ignored and returns false.
    bool append(const QUuid &ticketId, const AuditEvent &event) const;
    QList<AuditEvent> forTicket(const QUuid &ticketId) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core

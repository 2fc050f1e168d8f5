#pragma once

#include "core/accounts/role.h"
#include "core/commands/cannedresponse.h"
#include "core/domain/ticket.h"
#include "core/store/database.h"

#include <QList>
#include <optional>

namespace civicdesk::core {

class Catalog;

// The canned responses of this store. Anyone reads them; only an administrator edits them.
class CannedResponseLibrary
{
public:
    CannedResponseLibrary(const Database &db, Role role) : m_db(db), m_role(role) {}

    QList<CannedResponse> all() const;
    // The responses that fit a ticket of this service in this status, most specific first.
    QList<CannedResponse> matching(const QString &serviceCode, TicketStatus status) const;
    std::optional<CannedResponse> find(const QString &id) const;

    // Validates (title, body, known placeholders, known service and status) and saves; a new
    // response gets an id. Throws Error naming the field.
    CannedResponse save(CannedResponse response, const Catalog &catalog) const;
    void remove(const QString &id) const;

    // The body with its placeholders filled from the ticket.
    static QString expand(const QString &body, const Ticket &ticket, const Catalog &catalog);
    static QStringList placeholders();

private:
    void requireEditor() const;

    const Database &m_db;
    Role m_role;
};

} // namespace civicdesk::core

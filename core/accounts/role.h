#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

// The four kinds of user. Each maps onto a PostgreSQL role on the server
// (core/sync/server/0004_roles.sql), which enforces the same rights there.
enum class Role { CallTaker, Supervisor, Administrator, Trainer };

// What a role may do. The commands check these; the widgets ask them only to hide what would
// be refused anyway.
enum class Permission {
    ChangeOneTicket,   // status, note, canned response on a single ticket
    ChangeManyTickets, // the same on a selection
    Assign,            // assign and reassign
    SetPriority,
    Merge,
    EditCannedResponses,
    ViewDashboard,
    ShareViews,
    ExportCallerDetails,
    ManageAccounts,
};

namespace role {
QString toKey(Role role); // calltaker | supervisor | admin | trainer
std::optional<Role> fromKey(const QString &key);
QString displayName(Role role);
QStringList keys();
bool may(Role role, Permission permission);
} // namespace role

} // namespace civicdesk::core

#include "core/accounts/role.h"

#include <QCoreApplication>

namespace civicdesk::core::role {

QString toKey(Role role)
{
    switch (role) {
    case Role::CallTaker:
        return QStringLiteral("calltaker");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::Trainer:
        return QStringLiteral("trainer");
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Role r : {Role::CallTaker, Role::Supervisor, Role::Administrator, Role::Trainer}) {
        if (k == toKey(r))
            return r;
    }
    if (k == QLatin1String("administrator") || k == QLatin1String("call_taker"))
        return k == QLatin1String("administrator") ? Role::Administrator : Role::CallTaker;
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::CallTaker:
        return QCoreApplication::translate("Role", "Call taker");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Trainer:
        return QCoreApplication::translate("Role", "Trainer");
    }
    return {};
}

QStringList keys()
{
    return {QStringLiteral("calltaker"), QStringLiteral("supervisor"), QStringLiteral("admin"),
            QStringLiteral("trainer")};
}

bool may(Role role, Permission p)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Supervisor:
        return p != Permission::EditCannedResponses && p != Permission::ManageAccounts;
    case Role::CallTaker:
        return p == Permission::ChangeOneTicket;
    case Role::Trainer:
        // Trainers run the demo city: they work tickets one at a time and read the dashboard.
        return p == Permission::ChangeOneTicket || p == Permission::ViewDashboard;
    }
    return false;
}

} // namespace civicdesk::core::role

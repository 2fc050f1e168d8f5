#pragma once

#include "core/accounts/role.h"

#include <QString>

namespace civicdesk::core {

// A signed-in user: the name the audit trail records, the name people see, and the role.
struct Account
{
    QString name;
    QString displayName;
    Role role = Role::CallTaker;

    bool operator==(const Account &) const = default;
};

} // namespace civicdesk::core

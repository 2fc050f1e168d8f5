#pragma once

#include "cli/command.h"
#include "core/accounts/account.h"

namespace civicdesk::cli {

// The user a command acts as: --user NAME with the password from CIVICDESK_PASSWORD (never on
// the command line, where ps would show it), or the profile's single user when it has no
// accounts.
core::Account signIn(const Context &context, core::LocalStore &store);

} // namespace civicdesk::cli

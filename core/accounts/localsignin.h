#pragma once

#include "core/accounts/account.h"
#include "core/store/localstore.h"

namespace civicdesk::core {

// Signing in without a server. A profile without accounts is a single-user workstation: its
// user is the store's actor, with every right (as before accounts existed). Once a profile has
// accounts, every session signs in with a name and a password.
class LocalSignIn
{
public:
    // Throws Error ("wrong name or password", or "sign in: this profile has accounts").
    static Account signIn(LocalStore &store, const QString &name, const QString &password);
    // Who works before anyone signed in: the single user of a profile without accounts, else
    // the store's actor as a call taker (the least a signed-in user can do).
    static Account beforeSignIn(LocalStore &store);
};

} // namespace civicdesk::core

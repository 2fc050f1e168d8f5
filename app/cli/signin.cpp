#include "cli/signin.h"

#include "core/accounts/localsignin.h"

namespace civicdesk::cli {

core::Account signIn(const Context &c, core::LocalStore &store)
{
    return core::LocalSignIn::signIn(store, c.args.option(QStringLiteral("user")),
                                     qEnvironmentVariable("CIVICDESK_PASSWORD"));
}

} // namespace civicdesk::cli

#include "core/accounts/localsignin.h"

#include "core/accounts/localaccounts.h"
#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

Account LocalSignIn::signIn(LocalStore &store, const QString &name, const QString &password)
{
    const LocalAccounts accounts(store.database());
    if (name.isEmpty()) {
        if (!accounts.isEmpty())
            throw Error(
                QCoreApplication::translate(
                    "LocalSignIn", "sign in: this profile has accounts; give a user name and password"),
                {{QStringLiteral("user"), QCoreApplication::translate("LocalSignIn", "is required")}});
        return {store.actor(), store.actor(), Role::Administrator};
    }
    const auto account = accounts.verify(name, password);
    if (!account)
        throw Error(QCoreApplication::translate("LocalSignIn", "sign in: wrong name or password"),
                    {{QStringLiteral("password"),
                      QCoreApplication::translate("LocalSignIn", "wrong name or password")}});
    return *account;
}

Account LocalSignIn::beforeSignIn(LocalStore &store)
{
    if (LocalAccounts(store.database()).isEmpty())
        return signIn(store, {}, {});
    return {store.actor(), store.actor(), Role::CallTaker};
}

} // namespace civicdesk::core

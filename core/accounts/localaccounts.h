#pragma once

#include "core/accounts/account.h"
#include "core/store/database.h"

#include <QList>
#include <optional>

namespace civicdesk::core {

// Accounts for a workstation without a server. Passwords are kept only as argon2id hashes
// (libsodium's crypto_pwhash_str, interactive limits), never in the clear.
class LocalAccounts
{
public:
    explicit LocalAccounts(const Database &db) : m_db(db) {}

    // Validates the name (letters, digits, . _ -; 1..64) and the password (at least 8
    // characters) and stores the hash. Throws Error naming the field; an existing name is refused.
    Account add(const Account &account, const QString &password) const;
    void setPassword(const QString &name, const QString &password) const;
    void setRole(const QString &name, Role role) const;
    // The account when the password matches; nothing otherwise (unknown name or wrong password
    // alike, so a caller cannot tell which).
    std::optional<Account> verify(const QString &name, const QString &password) const;
    std::optional<Account> find(const QString &name) const;
    QList<Account> all() const;
    bool isEmpty() const;

    // The argon2id hash text of a password (exposed for tests of the format).
    static QString hash(const QString &password);

private:
    const Database &m_db;
};

} // namespace civicdesk::core

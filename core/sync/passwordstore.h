#pragma once

#include <QString>
#include <optional>

namespace civicdesk::core {

// The sync password in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain. Never falls back to a plain-text file: where no keychain
// exists, available() is false and the caller asks for the password each session.
class PasswordStore
{
public:
    explicit PasswordStore(QString account) : m_account(std::move(account)) {}

    // nullopt when no password is stored or no keychain is reachable; lastError() says which.
    std::optional<QString> read();
    bool write(const QString &password);
    bool remove();
    QString lastError() const { return m_lastError; }

private:
    QString m_account;
    QString m_lastError;
};

} // namespace civicdesk::core

#pragma once

#include <QString>
#include <functional>
#include <optional>

class QObject;

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
    // read() without waiting: done(password, error) runs on context's thread when the keychain
    // answers (Secret Service may first unlock the wallet and ask the user), unless context is
    // gone by then. Start-up uses this, so the console never spins a nested event loop.
    void readAsync(QObject *context,
                   std::function<void(std::optional<QString> password, QString error)> done) const;
    bool write(const QString &password);
    bool remove();
    QString lastError() const { return m_lastError; }

private:
    QString m_account;
    QString m_lastError;
};

} // namespace civicdesk::core

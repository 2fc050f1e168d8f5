#pragma once

#include "core/accounts/account.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

// Signing in to a workstation without a server: name and password, checked against the local
// accounts' argon2id hashes. A profile without accounts signs its single user in at once.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(core::LocalStore &store, QWidget *parent = nullptr);

    // The signed-in account, or nothing when the user cancelled.
    static std::optional<core::Account> signIn(core::LocalStore &store, QWidget *parent = nullptr);

    std::optional<core::Account> account() const { return m_account; }
    void accept() override;

private:
    core::LocalStore &m_store;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    std::optional<core::Account> m_account;
};

} // namespace civicdesk::widgets

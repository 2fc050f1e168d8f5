#include "widgets/shell/signindialog.h"

#include "core/accounts/localaccounts.h"
#include "core/accounts/localsignin.h"
#include "core/domain/error.h"
#include "core/store/localstore.h"
#include "widgets/appearance/themedstylesheet.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace civicdesk::widgets {

SignInDialog::SignInDialog(core::LocalStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Sign in to CivicDesk"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    ThemedStyleSheet::set(m_error, QStringLiteral("color: {error};"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    form->addRow(buttons);
}

void SignInDialog::accept()
{
    try {
        m_account = core::LocalSignIn::signIn(m_store, m_name->text().trimmed(), m_password->text());
        QDialog::accept();
    } catch (const core::Error &e) {
        m_error->setText(e.message());
        m_password->clear();
        m_password->setFocus();
    }
}

std::optional<core::Account> SignInDialog::signIn(core::LocalStore &store, QWidget *parent)
{
    if (core::LocalAccounts(store.database()).isEmpty())
        return core::LocalSignIn::signIn(store, {}, {});
    SignInDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.account();
}

} // namespace civicdesk::widgets

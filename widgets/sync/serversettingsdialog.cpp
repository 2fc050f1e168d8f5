#include "widgets/sync/serversettingsdialog.h"

#include "core/domain/error.h"
#include "widgets/shell/filedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

ServerSettingsDialog::ServerSettingsDialog(const core::ServerSettings &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Server connection"));
    setObjectName(QStringLiteral("serverSettingsDialog"));
    m_url = new QLineEdit(current.url, this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://db.example.org:5432/civicdesk"));
    m_url->setAccessibleName(tr("Server URL"));
    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    m_sslMode->addItems(core::ServerSettings::sslModes());
    m_sslMode->setCurrentText(current.sslMode);
    m_caFile = new QLineEdit(current.caFile, this);
    m_caFile->setObjectName(QStringLiteral("serverCaFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the CA certificate file (Alt+B)"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                         tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("unchanged"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        if (layout)
            form->addRow(l, layout);
        else
            form->addRow(l, field);
    };
    row(tr("Server &URL:"), m_url);
    row(tr("&User:"), m_user);
    row(tr("&Password:"), m_password);
    row(tr("&TLS (sslmode):"), m_sslMode);
    row(tr("&CA file:"), m_caFile, caRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serverSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();
    auto *note = new QLabel(tr("The password is kept in the system keychain, never in a file."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

core::ServerSettings ServerSettingsDialog::settings() const
{
    core::ServerSettings s;
    s.url = m_url->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentText();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

QString ServerSettingsDialog::password() const
{
    return m_password->text();
}

void ServerSettingsDialog::accept()
{
    try {
        settings().validate();
    } catch (const core::Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace civicdesk::widgets

#include "widgets/settings/serverpage.h"

#include "core/sync/passwordstore.h"
#include "widgets/shell/filedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QString databaseOf(const QUrl &url)
{
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}
} // namespace

ServerPage::ServerPage(const core::ServerSettings &current, bool sandbox, QWidget *parent)
    : QWidget(parent), m_initial(current), m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("serverPage"));
    const QUrl url(current.url);
    m_host = new QLineEdit(url.host(), this);
    m_host->setObjectName(QStringLiteral("prefsServerHost"));
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("prefsServerPort"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(url.port(5432));
    m_database = new QLineEdit(databaseOf(url), this);
    m_database->setObjectName(QStringLiteral("prefsServerDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(QStringLiteral("civicdesk"));
    m_user = new QLineEdit(current.user.isEmpty() ? url.userName() : current.user, this);
    m_user->setObjectName(QStringLiteral("prefsServerUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("prefsServerPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged (kept in the system keychain)"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("prefsServerSslMode"));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    m_sslMode->addItems(core::ServerSettings::sslModes());
    m_sslMode->setCurrentText(current.sslMode);
    m_caFile = new QLineEdit(current.caFile, this);
    m_caFile->setObjectName(QStringLiteral("prefsServerCaFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("prefsServerCaBrowse"));
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                         tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        if (layout)
            form->addRow(l, layout);
        else
            form->addRow(l, field);
    };
    row(tr("&Host:"), m_host);
    row(tr("P&ort:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&User:"), m_user);
    row(tr("Pass&word:"), m_password);
    row(tr("&TLS (sslmode):"), m_sslMode);
    row(tr("C&A file:"), m_caFile, caRow);

    m_test = new QPushButton(tr("Test co&nnection"), this);
    m_test->setObjectName(QStringLiteral("prefsTestConnection"));
    m_test->setAccessibleName(tr("Test the server connection"));
    connect(m_test, &QPushButton::clicked, this, &ServerPage::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("prefsTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(sandbox
                      ? tr("This is a training sandbox: it never connects to a server.")
                      : tr("The password is kept in the system keychain, never in a file. Sync uses the new "
                           "settings as soon as you press OK."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addWidget(note);
    layout->addStretch(1);

    m_tester = new core::ConnectionTest(this);
    connect(m_tester, &core::ConnectionTest::finished, this, &ServerPage::showResult);
    if (sandbox)
        for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_sslMode),
                           static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(browse),
                           static_cast<QWidget *>(m_test)})
            w->setEnabled(false);
}

core::ServerSettings ServerPage::settings() const
{
    core::ServerSettings s;
    const QString host = m_host->text().trimmed();
    if (!host.isEmpty()) {
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(host);
        url.setPort(m_port->value());
        const QString database = m_database->text().trimmed();
        url.setPath(u'/' + (database.isEmpty() ? QStringLiteral("civicdesk") : database));
        s.url = url.toString();
    }
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentText();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

QString ServerPage::password() const
{
    return m_password->text();
}

bool ServerPage::isChanged() const
{
    const core::ServerSettings now = settings();
    const QUrl before(m_initial.url);
    const bool sameUrl =
        (now.url.isEmpty() && m_initial.url.isEmpty()) ||
        (QUrl(now.url).host() == before.host() && QUrl(now.url).port(5432) == before.port(5432) &&
         databaseOf(QUrl(now.url)) == databaseOf(before));
    return !sameUrl || now.user != m_initial.user || now.sslMode != m_initial.sslMode ||
           now.caFile != m_initial.caFile || !m_password->text().isEmpty();
}

void ServerPage::testConnection()
{
    if (m_tester->isRunning())
        return;
    const core::ServerSettings s = settings();
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    if (!m_password->text().isEmpty() || !s.isConfigured()) {
        m_tester->start(s, m_password->text(), m_deadlineMs);
        return;
    }
    // The keychain may first unlock the wallet and ask the user: never wait for it here.
    core::PasswordStore(s.accountKey())
        .readAsync(this, [this, s](std::optional<QString> stored, const QString &) {
            m_tester->start(s, stored.value_or(QString()), m_deadlineMs);
        });
}

void ServerPage::showResult(const core::ConnectionTest::Result &result)
{
    m_test->setEnabled(true);
    const QString seconds = QLocale().toString(result.elapsedMs / 1000.0, 'f', 1);
    m_result->setText(result.outcome == core::ConnectionTest::Outcome::Connected
                          ? tr("Connected (%1 s): %2").arg(seconds, result.message)
                          : tr("Failed after %1 s: %2").arg(seconds, result.message));
    Q_EMIT testFinished(result);
}

} // namespace civicdesk::widgets

#pragma once

#include "core/settings/connectiontest.h"
#include "core/sync/serversettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace civicdesk::widgets {

// Preferences' server section: host, port, database, user, sslmode, CA file and the password
// (which goes to the OS keychain, never the settings file), with Test connection. Disabled in
// a training sandbox, which never goes online.
class ServerPage final : public QWidget
{
    Q_OBJECT

public:
    ServerPage(const core::ServerSettings &current, bool sandbox, QWidget *parent = nullptr);

    // What the fields say; url is empty when no host is given (no server).
    core::ServerSettings settings() const;
    QString password() const;
    bool isChanged() const;
    bool isSandbox() const { return m_sandbox; }

    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_result; }
    // How long the test waits for a host that does not answer.
    void setTestDeadline(int ms) { m_deadlineMs = ms; }

Q_SIGNALS:
    void testFinished(const civicdesk::core::ConnectionTest::Result &result);

private:
    void testConnection();
    void showResult(const core::ConnectionTest::Result &result);

    core::ServerSettings m_initial;
    bool m_sandbox = false;
    int m_deadlineMs = core::ConnectionTest::kDefaultDeadlineMs;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    core::ConnectionTest *m_tester = nullptr;
};

} // namespace civicdesk::widgets

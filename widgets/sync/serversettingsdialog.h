#pragma once

#include "core/sync/serversettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace civicdesk::widgets {

// Server URL, user, sslmode, CA file and password. The password goes to the OS keychain; with
// no keychain it is kept for this session only, and asked for again at the next start.
class ServerSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSettingsDialog(const core::ServerSettings &current, QWidget *parent = nullptr);

    core::ServerSettings settings() const;
    QString password() const;

    void accept() override;

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace civicdesk::widgets

#pragma once

#include "core/intake/emergencydetector.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace civicdesk::widgets {

// The red bar that tells the call taker to send the caller to 911, with the words that set
// it off. "Transferred to 911" logs the transfer on the call.
class EmergencyBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit EmergencyBanner(QWidget *parent = nullptr);

    void showAlerts(const QList<core::EmergencyAlert> &alerts);
    void setTransferLogged(bool logged);
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QString text() const;
    // The action that logs the transfer (its shortcut is shown on the button).
    void setTransferAction(QAction *action);

Q_SIGNALS:
    void dismissed();

private:
    QString m_transferText;
    QLabel *m_text = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace civicdesk::widgets

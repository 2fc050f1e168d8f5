#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QLocalServer;

namespace civicdesk::core {

// One CivicDesk per user and profile. The first instance listens on a local socket; a later
// `civicdesk --caller N` or `civicdesk tel:N` hands its number to it and exits, so the phone
// system's screen pop opens the call in the window the call taker already has.
class ScreenPopChannel final : public QObject
{
    Q_OBJECT

public:
    explicit ScreenPopChannel(QString serverName, QObject *parent = nullptr);
    ~ScreenPopChannel() override;

    // The socket name for a profile folder: per user and per profile.
    static QString serverNameFor(const QString &profileDirectory);
    // The caller's number from the command line: "--caller N", "--caller=N" or "tel:N".
    // Returns nullopt when there is none; the number is returned as given (normalised later).
    static std::optional<QString> callerFromArguments(const QStringList &arguments);

    // Delivers a caller number (or, with an empty number, "come to the front") to a running
    // instance. False when none is listening.
    static bool sendToRunning(const QString &serverName, const QString &callerNumber, int timeoutMs = 2000);

    // Becomes the instance others talk to. False when another instance already answers.
    bool listen();
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void callerArrived(const QString &number);
    void activationRequested();

private:
    void acceptConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace civicdesk::core

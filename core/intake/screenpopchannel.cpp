#include "core/intake/screenpopchannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

namespace civicdesk::core {

namespace {
const QByteArray kCallerPrefix = "caller ";
const QByteArray kActivate = "activate";
} // namespace

ScreenPopChannel::ScreenPopChannel(QString serverName, QObject *parent)
    : QObject(parent), m_serverName(std::move(serverName))
{
}

ScreenPopChannel::~ScreenPopChannel() = default;

QString ScreenPopChannel::serverNameFor(const QString &profileDirectory)
{
    const QByteArray key = qgetenv("USER") + '\n' + QDir(profileDirectory).absolutePath().toUtf8();
    return QStringLiteral("civicdesk-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

std::optional<QString> ScreenPopChannel::callerFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--caller") || a == QLatin1String("-caller")) {
            if (i + 1 < arguments.size())
                return arguments.at(i + 1).trimmed();
            return std::nullopt;
        }
        if (a.startsWith(QLatin1String("--caller=")))
            return a.mid(9).trimmed();
        if (a.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            // RFC 3966: tel:+1-555-123-4567;ext=12 — parameters after ';' are not the number;
            // the extension is kept (as ";ext=12") for the call taker to dial through.
            const QString uri = QUrl::fromPercentEncoding(a.mid(4).toUtf8());
            QString number = uri.section(u';', 0, 0).trimmed();
            for (const QString &parameter : uri.split(u';').mid(1)) {
                if (parameter.trimmed().startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
                    number += QStringLiteral(";ext=") + parameter.trimmed().mid(4);
            }
            return number;
        }
    }
    return std::nullopt;
}

bool ScreenPopChannel::sendToRunning(const QString &serverName, const QString &callerNumber, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray line =
        (callerNumber.isEmpty() ? kActivate : kCallerPrefix + callerNumber.toUtf8()) + '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the acknowledgement so the sender exits only once the number has arrived.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readLine().trimmed() == "ok";
}

bool ScreenPopChannel::listen()
{
    if (m_server)
        return true;
    {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(500)) {
            probe.disconnectFromServer();
            return false;
        }
    }
    // Nobody answered: a socket file left by a crashed instance would block listen().
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &ScreenPopChannel::acceptConnection);
    return true;
}

void ScreenPopChannel::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                if (line.startsWith(kCallerPrefix)) {
                    socket->write("ok\n");
                    Q_EMIT callerArrived(QString::fromUtf8(line.mid(kCallerPrefix.size())).trimmed());
                } else if (line == kActivate) {
                    socket->write("ok\n");
                    Q_EMIT activationRequested();
                } else {
                    socket->write("error\n");
                }
                socket->flush();
            }
        });
    }
}

} // namespace civicdesk::core

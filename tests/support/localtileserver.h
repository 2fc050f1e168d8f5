#pragma once

#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>

namespace civicdesk::testsupport {

// A tiny HTTP/1.1 tile server on 127.0.0.1: GET /tiles/Z/X/Y.png answers a PNG whose colour
// encodes Z (and whose size is 512 px for "@2x" names); anything else is a 404.
class LocalTileServer final : public QObject
{
public:
    LocalTileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    static QColor colorFor(int z) { return QColor::fromHsv((z * 53) % 360, 180, 230); }
    int requests = 0;
    QList<QByteArray> paths;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray path = buffer.split(' ').value(1);
        m_buffers.remove(socket);
        ++requests;
        paths.append(path);
        const QList<QByteArray> parts = path.split('/');
        QByteArray body;
        QByteArray status = "404 Not Found";
        if (parts.size() == 5 && parts.at(1) == "tiles") {
            const bool hiDpi = parts.at(4).contains("@2x");
            QImage image(hiDpi ? 512 : 256, hiDpi ? 512 : 256, QImage::Format_RGB32);
            image.fill(colorFor(parts.at(2).toInt()));
            QBuffer out(&body);
            out.open(QIODevice::WriteOnly);
            image.save(&out, "PNG");
            status = "200 OK";
        }
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: image/png\r\nCache-Control: max-age=86400\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace civicdesk::testsupport

#include "core/domain/error.h"
#include "map/tiles/tileloader.h"
#include "map/tiles/xyztilesource.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketmappanel.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace civicdesk;

namespace {

// A tiny HTTP/1.1 tile server on 127.0.0.1: GET /tiles/Z/X/Y.png answers a PNG whose colour
// encodes Z (and whose size is 512 px for "@2x" names); anything else is a 404.
class LocalTileServer : public QObject
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
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nCache-Control: max-age=86400\r\n"
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// tile() blocks until the network answers, and the server runs on this (the test's) thread,
// so the source is asked from a worker thread, exactly as the map's tile loader asks it.
QImage fetch(map::XyzTileSource &source, map::TileId id, qreal dpr = 1.0)
{
    QFuture<QImage> future = QtConcurrent::run([&source, id, dpr] { return source.tile(id, dpr); });
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return {};
    return future.result();
}

} // namespace

class TestXyzTileSource : public QObject
{
    Q_OBJECT

    LocalTileServer *m_server = nullptr;
    QTemporaryDir m_cache;

    map::XyzTileSource::Settings settings() const
    {
        map::XyzTileSource::Settings s;
        s.urlTemplate = QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}{r}.png").arg(m_server->port());
        s.attribution = QStringLiteral("© Local test tiles");
        s.cacheDirectory = m_cache.path();
        s.maxZoom = 18;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LocalTileServer;
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void fetchesAndDecodesTiles()
    {
        map::XyzTileSource source(settings());
        QCOMPARE(source.attribution(), QStringLiteral("© Local test tiles"));
        QCOMPARE(source.urlFor({11, 327, 791}, 1.0),
                 QStringLiteral("http://127.0.0.1:%1/tiles/11/327/791.png").arg(m_server->port()));
        const QImage tile = fetch(source, {11, 327, 791});
        QVERIFY(!tile.isNull());
        QCOMPARE(tile.size(), QSize(256, 256));
        QCOMPARE(tile.pixelColor(10, 10).rgb(), LocalTileServer::colorFor(11).rgb());
        QCOMPARE(m_server->paths.last(), QByteArray("/tiles/11/327/791.png"));
    }

    void highDpiAsksForTheDoubleTile()
    {
        map::XyzTileSource source(settings());
        const QImage tile = fetch(source, {3, 1, 2}, 2.0);
        QCOMPARE(tile.size(), QSize(512, 512));
        QCOMPARE(tile.devicePixelRatio(), 2.0);
        QCOMPARE(m_server->paths.last(), QByteArray("/tiles/3/1/2@2x.png"));
    }

    void secondRequestComesFromTheDiskCache()
    {
        {
            map::XyzTileSource source(settings());
            QVERIFY(!fetch(source, {5, 10, 12}).isNull());
            QCOMPARE(m_server->requests, 1);
        }
        // A new source (as after a restart) over the same cache folder does not ask again.
        map::XyzTileSource again(settings());
        const QImage tile = fetch(again, {5, 10, 12});
        QCOMPARE(tile.pixelColor(1, 1).rgb(), LocalTileServer::colorFor(5).rgb());
        QCOMPARE(m_server->requests, 1);
        QCOMPARE(again.cacheHits(), 1);
    }

    void missingTilesAndBadZoomsAreEmpty()
    {
        auto s = settings();
        s.urlTemplate = QStringLiteral("http://127.0.0.1:%1/nothing/{z}/{x}/{y}.png").arg(m_server->port());
        map::XyzTileSource source(s);
        QVERIFY(fetch(source, {2, 1, 1}).isNull());
        QCOMPARE(m_server->requests, 1);
        map::XyzTileSource ok(settings());
        QVERIFY(fetch(ok, {19, 0, 0}).isNull()); // above maxZoom: never asked
        QVERIFY(fetch(ok, {2, 9, 0}).isNull());  // not a tile
        QCOMPARE(m_server->requests, 1);
    }

    void ticketMapUsesTheServerNamedInSettings()
    {
        testsupport::TempProfile profile;
        {
            QSettings settings(profile.store().profile().settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("map/xyz_url"),
                              QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_server->port()));
            settings.setValue(QStringLiteral("map/xyz_attribution"), QStringLiteral("© Local test tiles"));
        }
        auto panel = std::make_unique<widgets::TicketMapPanel>(profile.store());
        panel->resize(600, 500);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QVERIFY(panel->mapView()->tileLoader()->source());
        QCOMPARE(panel->mapView()->tileLoader()->source()->attribution(), QStringLiteral("© Local test tiles"));
        // The map asks the server for its tiles and shows them.
        auto *view = panel->mapView();
        const QPoint middle(view->width() / 2, view->height() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->grab().toImage().pixelColor(middle).rgb()
                                     == LocalTileServer::colorFor(qRound(view->zoom())).rgb(),
                                 20000);
        QVERIFY(m_server->requests > 0);
        // Closing the map now must not wait for the fetches still queued at the server,
        // which cannot answer while this thread is blocked: the loader cancels them.
        QElapsedTimer closing;
        closing.start();
        QTRY_VERIFY(!panel->isBusy());
        panel.reset();
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    }

    void badSettingsLeaveTheMapOffline()
    {
        testsupport::TempProfile profile;
        {
            QSettings settings(profile.store().profile().settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("map/xyz_url"), QStringLiteral("ftp://example.org/tiles"));
        }
        widgets::TicketMapPanel panel(profile.store());
        QVERIFY(!panel.mapView()->tileLoader()->source());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("mapSummary"))->text().contains(QStringLiteral("ftp://")));
    }

    void badTemplatesAreRejected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no placeholders") << QStringLiteral("http://tiles.example.org/tile.png");
        QTest::newRow("no y") << QStringLiteral("http://tiles.example.org/{z}/{x}.png");
        QTest::newRow("not http") << QStringLiteral("file:///tmp/{z}/{x}/{y}.png");
    }
    void badTemplatesAreRejected()
    {
        QFETCH(QString, url);
        map::XyzTileSource::Settings s;
        s.urlTemplate = url;
        try {
            map::XyzTileSource source(s);
            QFAIL("accepted a bad template");
        } catch (const core::Error &e) {
            QVERIFY(e.message().contains(url));
            QCOMPARE(e.fieldErrors().first().field, QStringLiteral("urlTemplate"));
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestXyzTileSource)
#include "test_xyztilesource.moc"

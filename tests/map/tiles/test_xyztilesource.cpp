#include "core/domain/error.h"
#include "map/tiles/tileloader.h"
#include "map/tiles/xyztilesource.h"
#include "support/localtileserver.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QtConcurrent>
#include <memory>

using namespace civicdesk;

namespace {

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

    std::unique_ptr<testsupport::LocalTileServer> m_server;
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
    // A new server for each test, so request counts start at zero.
    void init()
    {
        m_server = std::make_unique<testsupport::LocalTileServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void fetchesAndDecodesTiles()
    {
        map::XyzTileSource source(settings());
        QCOMPARE(source.attribution(), QStringLiteral("© Local test tiles"));
        QCOMPARE(source.urlFor({11, 327, 791}, 1.0),
                 QStringLiteral("http://127.0.0.1:%1/tiles/11/327/791.png").arg(m_server->port()));
        const QImage tile = fetch(source, {11, 327, 791});
        QVERIFY(!tile.isNull());
        QCOMPARE(tile.size(), QSize(256, 256));
        QCOMPARE(tile.pixelColor(10, 10).rgb(), testsupport::LocalTileServer::colorFor(11).rgb());
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
        QCOMPARE(tile.pixelColor(1, 1).rgb(), testsupport::LocalTileServer::colorFor(5).rgb());
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

CIVICDESK_GUI_TEST_MAIN(TestXyzTileSource)
#include "test_xyztilesource.moc"

// The tile loader's pool threads come and go; a failing source never ends the program
// (issue #13, point 1).
#include "core/domain/error.h"
#include "map/tiles/mbtilesfile.h"
#include "map/tiles/tileloader.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
// Throws for every tile, as a corrupt cache or a renderer bug would.
class ThrowingTileSource final : public map::TileSource
{
public:
    QString name() const override { return QStringLiteral("throwing"); }
    QString attribution() const override { return {}; }
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 18; }
    QImage tile(const map::TileId &id, qreal) override
    {
        if (id.x % 2 == 0)
            throw core::Error(QStringLiteral("tile %1: the cache is corrupt").arg(id.toString()));
        throw std::bad_alloc();
    }
};
} // namespace

class TestTileLoaderThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingSourceShowsAnErrorTile()
    {
        map::TileLoader loader;
        loader.setSource(std::make_shared<ThrowingTileSource>());
        QSignalSpy failed(&loader, &map::TileLoader::tileFailed);
        QSignalSpy ready(&loader, &map::TileLoader::tileReady);
        loader.request({3, 2, 2}, 1.0);
        loader.request({3, 3, 2}, 2.0);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("corrupt")) ||
                failed.at(1).at(1).toString().contains(QStringLiteral("corrupt")));
        const QImage *shown = loader.cached({3, 2, 2}, 1.0);
        QVERIFY(shown);
        QCOMPARE(shown->width(), 256);
        // Grey with a red cross: not blank, not transparent.
        QCOMPARE(shown->pixelColor(128, 128).red(), 0xc6);
        const QImage *sharp = loader.cached({3, 3, 2}, 2.0);
        QVERIFY(sharp);
        QCOMPARE(sharp->width(), 512);
    }

    void mbtilesOnExpiringThreads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.mbtiles"));
        auto file = std::make_shared<map::MbTilesFile>(path, map::MbTilesFile::Mode::Create);
        QImage red(256, 256, QImage::Format_ARGB32_Premultiplied);
        red.fill(Qt::red);
        for (int x = 0; x < 4; ++x)
            file->writeTile(map::TileId{2, x, 1}, red);
        const int before = QSqlDatabase::connectionNames().size();

        map::TileLoader loader;
        loader.pool().setExpiryTimeout(2);
        loader.setSource(file);
        QSignalSpy failed(&loader, &map::TileLoader::tileFailed);
        for (int round = 0; round < 30; ++round) {
            loader.setSource(file); // forgets the cached tiles, so each round reads again
            for (int x = 0; x < 4; ++x)
                loader.request(map::TileId{2, x, 1}, 1.0);
            // Ends every pool thread; the next round's threads are new.
            loader.waitForIdle();
            QTRY_VERIFY(loader.cached(map::TileId{2, 3, 1}, 1.0));
            QVERIFY(loader.cached(map::TileId{2, 0, 1}, 1.0));
        }
        QCOMPARE(failed.count(), 0);
        QVERIFY2(QSqlDatabase::connectionNames().size() <= before,
                 qPrintable(QStringLiteral("%1 connections open, %2 before")
                                .arg(QSqlDatabase::connectionNames().size())
                                .arg(before)));
        QCOMPARE(file->openConnectionCount(), 1); // this thread's, from writing the fixture
    }
};

CIVICDESK_GUI_TEST_MAIN(TestTileLoaderThreads)
#include "test_tileloaderthreads.moc"

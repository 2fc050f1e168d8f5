#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "map/tiles/mbtilesfile.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;
using map::MbTilesFile;

namespace {
QByteArray png(QColor color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}
} // namespace

class TestMbTilesFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // MBTiles 1.3's example: XYZ tile 11/327/791 is stored as tile_row 1256.
    void tmsRowFlip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mbtiles"));
        {
            MbTilesFile file(path, MbTilesFile::Mode::Create);
            file.writeTile(map::TileId{11, 327, 791}, png(Qt::red));
            core::SqlQuery q(file.connection(),
                             QStringLiteral("SELECT zoom_level, tile_column, tile_row FROM tiles"));
            q.exec();
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 11);
            QCOMPARE(q.value(1).toInt(), 327);
            QCOMPARE(q.value(2).toInt(), 1256);
        }
        MbTilesFile file(path);
        const QImage image = file.tile(map::TileId{11, 327, 791}, 1.0);
        QCOMPARE(image.size(), QSize(256, 256));
        QCOMPARE(image.pixelColor(10, 10), QColor(Qt::red));
        QVERIFY(file.tile(map::TileId{11, 327, 1256}, 1.0).isNull());
        QCOMPARE(file.metadata().value(QStringLiteral("format")), QStringLiteral("png"));
        QCOMPARE(file.tileCount(), 1);
    }

    void metadataRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.mbtiles"));
        {
            MbTilesFile file(path, MbTilesFile::Mode::Create);
            file.setMetadata(QStringLiteral("attribution"),
                             QStringLiteral("\u00a9 OpenStreetMap contributors"));
            file.setMetadata(QStringLiteral("minzoom"), QStringLiteral("12"));
            file.setMetadata(QStringLiteral("maxzoom"), QStringLiteral("17"));
        }
        const MbTilesFile file(path);
        QCOMPARE(file.attribution(), QStringLiteral("\u00a9 OpenStreetMap contributors"));
        QCOMPARE(file.minZoom(), 12);
        QCOMPARE(file.maxZoom(), 17);
        QCOMPARE(file.name(), QStringLiteral("m"));
    }

    void brokenFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing format")
            << QStringLiteral("format") << QStringLiteral("metadata: the required key \"format\" is missing");
        QTest::newRow("missing name")
            << QStringLiteral("name") << QStringLiteral("metadata: the required key \"name\" is missing");
        QTest::newRow("no metadata table")
            << QStringLiteral("table") << QStringLiteral("the \"metadata\" table is missing");
        QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an MBTiles file");
        QTest::newRow("vector format") << QStringLiteral("pbf") << QStringLiteral("format \"pbf\"");
        QTest::newRow("no file") << QStringLiteral("none") << QStringLiteral("no such MBTiles file");
    }
    void brokenFilesGiveClearErrors()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mbtiles"));
        if (problem == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database, just text that goes on for a while ..........................");
        } else if (problem != QLatin1String("none")) {
            MbTilesFile file(path, MbTilesFile::Mode::Create);
            if (problem == QLatin1String("table"))
                core::SqlQuery::execute(file.connection(), QStringLiteral("DROP TABLE metadata"));
            else if (problem == QLatin1String("pbf"))
                file.setMetadata(QStringLiteral("format"), QStringLiteral("pbf"));
            else
                core::SqlQuery(file.connection(), QStringLiteral("DELETE FROM metadata WHERE name = ?"))
                    .bind(0, problem)
                    .exec();
        }
        try {
            MbTilesFile file(path);
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY(e.message().contains(path));
        }
    }

    void corruptTileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mbtiles"));
        MbTilesFile file(path, MbTilesFile::Mode::Create);
        QByteArray truncated = png(Qt::blue);
        truncated.truncate(40);
        file.writeTile(map::TileId{3, 1, 2}, truncated);
        file.writeTile(map::TileId{3, 2, 2}, QByteArray("\x89PNG garbage"));
        try {
            file.readTile(map::TileId{3, 1, 2});
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("tile 3/1/2 (tile_row 5)")),
                     qPrintable(e.message()));
        }
        QVERIFY(file.tile(map::TileId{3, 2, 2}, 1.0).isNull());
        QVERIFY(file.lastError().contains(QStringLiteral("3/2/2")));
    }
};

CIVICDESK_GUI_TEST_MAIN(TestMbTilesFile)
#include "test_mbtilesfile.moc"

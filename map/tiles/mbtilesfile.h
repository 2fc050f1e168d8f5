#pragma once

#include "core/store/threadconnections.h"
#include "map/tiles/tilesource.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace civicdesk::map {

// An MBTiles 1.3 file of raster tiles (png or jpg): reading, and writing for the tile cache and
// `render-tiles`. Rows are stored in TMS order (tile_row = 2^z - 1 - y); TileId stays XYZ.
// Opening for reading checks the file: an SQLite database with the metadata and tiles tables
// and the required metadata keys name and format. Problems throw core::Error naming the file.
// Thread-safe: each thread reads through its own connection.
class MbTilesFile final : public TileSource
{
public:
    enum class Mode { Read, Create }; // Create makes the file and tables when missing

    explicit MbTilesFile(QString path, Mode mode = Mode::Read);
    ~MbTilesFile() override;
    Q_DISABLE_COPY_MOVE(MbTilesFile)

    QString path() const { return m_path; }
    QString name() const override;
    QString attribution() const override;
    int minZoom() const override;
    int maxZoom() const override;
    // A null image for a missing or corrupt tile (the corrupt one is also in lastError()).
    QImage tile(const TileId &id, qreal devicePixelRatio) override;

    // The decoded tile, or a null image when the file has none; throws core::Error for a tile
    // whose data is not a PNG or JPEG image.
    QImage readTile(const TileId &id) const;
    QByteArray tileData(const TileId &id) const;
    // The stored bytes when the file has a row for the tile (empty for a blank marker, see
    // writeBlankTile()), nullopt when it has none.
    std::optional<QByteArray> storedTileData(const TileId &id) const;
    // Records "nothing to draw here" in a few bytes of row instead of an encoded image.
    void writeBlankTile(const TileId &id) const { writeTile(id, QByteArray("")); }
    void writeTile(const TileId &id, const QByteArray &imageData) const;
    // Encodes in the file's format (metadata "format", png by default).
    void writeTile(const TileId &id, const QImage &image) const;
    int tileCount() const;

    QMap<QString, QString> metadata() const;
    void setMetadata(const QString &key, const QString &value) const;
    QString lastError() const;

    // Writes go faster in one transaction; the caller commits with core::Transaction.
    QSqlDatabase connection() const;
    // Closes this thread's connection now (it also closes when the thread finishes).
    void closeThreadConnection() const;
    int openConnectionCount() const;

private:
    void createSchema() const;
    void check() const;

    QString m_path;
    core::ThreadConnections m_connections;
    mutable QMutex m_mutex;
    mutable QString m_lastError;
    mutable QMap<QString, QString> m_metadata; // read at open, kept up to date by setMetadata()
};

} // namespace civicdesk::map

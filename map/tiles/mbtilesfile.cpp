#include "map/tiles/mbtilesfile.h"

#include "core/domain/error.h"
#include "core/store/sqlquery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace civicdesk::map {

namespace {

core::ThreadConnections::Setup mbtilesSetup(const QString &path)
{
    core::ThreadConnections::Setup setup;
    setup.beforeOpen = [path](QSqlDatabase &db) {
        db.setDatabaseName(path);
        // Render threads write to the cache at once; wait for the lock rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    };
    setup.openFailed = [path](const QString &why) {
        return QCoreApplication::translate("MbTilesFile", "%1: cannot open: %2").arg(path, why);
    };
    return setup;
}

} // namespace

MbTilesFile::MbTilesFile(QString path, Mode mode)
    : m_path(std::move(path)), m_connections(QStringLiteral("mbtiles"), mbtilesSetup(m_path))
{
    if (mode == Mode::Read && !QFileInfo::exists(m_path))
        throw core::Error(QCoreApplication::translate("MbTilesFile", "%1: no such MBTiles file").arg(m_path));
    if (mode == Mode::Create)
        createSchema();
    check();
    m_metadata = metadata();
}

MbTilesFile::~MbTilesFile() = default;

QSqlDatabase MbTilesFile::connection() const
{
    return m_connections.connection();
}

void MbTilesFile::closeThreadConnection() const
{
    m_connections.closeThreadConnection();
}

int MbTilesFile::openConnectionCount() const
{
    return m_connections.openCount();
}

void MbTilesFile::createSchema() const
{
    const QSqlDatabase db = connection();
    core::SqlQuery::execute(db,
                            QStringLiteral("CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT)"));
    core::SqlQuery::execute(
        db, QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)"));
    core::SqlQuery::execute(
        db, QStringLiteral("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, "
                           "tile_row INTEGER, tile_data BLOB)"));
    core::SqlQuery::execute(db, QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles "
                                               "(zoom_level, tile_column, tile_row)"));
    const auto defaults = {std::pair{QStringLiteral("name"), QFileInfo(m_path).completeBaseName()},
                           std::pair{QStringLiteral("format"), QStringLiteral("png")},
                           std::pair{QStringLiteral("type"), QStringLiteral("baselayer")},
                           std::pair{QStringLiteral("version"), QStringLiteral("1")}};
    for (const auto &[key, value] : defaults)
        core::SqlQuery(db, QStringLiteral("INSERT OR IGNORE INTO metadata (name, value) VALUES (?, ?)"))
            .bind(0, key)
            .bind(1, value)
            .exec();
}

void MbTilesFile::check() const
{
    const QSqlDatabase db = connection();
    QSet<QString> tables;
    try {
        core::SqlQuery q(db,
                         QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"));
        q.exec();
        while (q.next())
            tables.insert(q.value(0).toString());
    } catch (const core::Error &) {
        throw core::Error(
            QCoreApplication::translate("MbTilesFile", "%1: not an MBTiles file (not an SQLite database)")
                .arg(m_path));
    }
    for (const QString &table : {QStringLiteral("metadata"), QStringLiteral("tiles")})
        if (!tables.contains(table))
            throw core::Error(QCoreApplication::translate(
                                  "MbTilesFile", "%1: not an MBTiles file: the \"%2\" table is missing")
                                  .arg(m_path, table),
                              {{table, QCoreApplication::translate("MbTilesFile", "missing table")}});
    const QMap<QString, QString> meta = metadata();
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("format")})
        if (meta.value(key).isEmpty())
            throw core::Error(
                QCoreApplication::translate("MbTilesFile",
                                            "%1: metadata: the required key \"%2\" is missing (MBTiles 1.3)")
                    .arg(m_path, key),
                {{key, QCoreApplication::translate("MbTilesFile", "missing metadata")}});
    const QString format = meta.value(QStringLiteral("format"));
    if (format != QLatin1String("png") && format != QLatin1String("jpg") && format != QLatin1String("jpeg"))
        throw core::Error(
            QCoreApplication::translate(
                "MbTilesFile",
                "%1: metadata: format \"%2\" is not a raster format CivicDesk reads (png or jpg)")
                .arg(m_path, format),
            {{QStringLiteral("format"), QCoreApplication::translate("MbTilesFile", "unsupported")}});
}

QMap<QString, QString> MbTilesFile::metadata() const
{
    QMap<QString, QString> result;
    core::SqlQuery q(connection(), QStringLiteral("SELECT name, value FROM metadata"));
    q.exec();
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

void MbTilesFile::setMetadata(const QString &key, const QString &value) const
{
    core::SqlQuery(connection(),
                   QStringLiteral("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)"))
        .bind(0, key)
        .bind(1, value)
        .exec();
    QMutexLocker lock(&m_mutex);
    m_metadata.insert(key, value);
}

QString MbTilesFile::name() const
{
    QMutexLocker lock(&m_mutex);
    return m_metadata.value(QStringLiteral("name"));
}

QString MbTilesFile::attribution() const
{
    QMutexLocker lock(&m_mutex);
    return m_metadata.value(QStringLiteral("attribution"));
}

int MbTilesFile::minZoom() const
{
    QMutexLocker lock(&m_mutex);
    bool ok = false;
    const int z = m_metadata.value(QStringLiteral("minzoom")).toInt(&ok);
    return ok ? z : 0;
}

int MbTilesFile::maxZoom() const
{
    QMutexLocker lock(&m_mutex);
    bool ok = false;
    const int z = m_metadata.value(QStringLiteral("maxzoom")).toInt(&ok);
    return ok ? z : 22;
}

QByteArray MbTilesFile::tileData(const TileId &id) const
{
    return storedTileData(id).value_or(QByteArray());
}

std::optional<QByteArray> MbTilesFile::storedTileData(const TileId &id) const
{
    if (!id.isValid())
        return std::nullopt;
    core::SqlQuery q(connection(),
                     QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                                    "AND tile_row = ?"));
    q.bind(0, id.z).bind(1, id.x).bind(2, id.tmsRow()).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QImage MbTilesFile::readTile(const TileId &id) const
{
    const QByteArray data = tileData(id);
    if (data.isEmpty())
        return {};
    QImage image;
    if (!image.loadFromData(data))
        throw core::Error(
            QCoreApplication::translate(
                "MbTilesFile",
                "%1: tile %2 (tile_row %3): the data is not a readable PNG or JPEG image (%4 bytes)")
                .arg(m_path, id.toString())
                .arg(id.tmsRow())
                .arg(data.size()));
    return image;
}

QImage MbTilesFile::tile(const TileId &id, qreal devicePixelRatio)
{
    Q_UNUSED(devicePixelRatio)
    try {
        QImage image = readTile(id);
        if (!image.isNull())
            image.setDevicePixelRatio(image.width() / 256.0);
        return image;
    } catch (const core::Error &e) {
        QMutexLocker lock(&m_mutex);
        m_lastError = e.message();
        return {};
    }
}

QString MbTilesFile::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void MbTilesFile::writeTile(const TileId &id, const QByteArray &imageData) const
{
    if (!id.isValid())
        throw core::Error(
            QCoreApplication::translate("MbTilesFile", "%1: tile %2 does not exist at its zoom level")
                .arg(m_path, id.toString()));
    core::SqlQuery(
        connection(),
        QStringLiteral("INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
                       "VALUES (?, ?, ?, ?)"))
        .bind(0, id.z)
        .bind(1, id.x)
        .bind(2, id.tmsRow())
        .bind(3, imageData)
        .exec();
}

void MbTilesFile::writeTile(const TileId &id, const QImage &image) const
{
    bool jpeg = false;
    {
        QMutexLocker lock(&m_mutex);
        jpeg = m_metadata.value(QStringLiteral("format")).startsWith(QStringLiteral("jp"));
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, jpeg ? "JPG" : "PNG"))
        throw core::Error(
            QCoreApplication::translate("MbTilesFile", "%1: tile %2: the image could not be encoded")
                .arg(m_path, id.toString()));
    writeTile(id, data);
}

int MbTilesFile::tileCount() const
{
    core::SqlQuery q(connection(), QStringLiteral("SELECT COUNT(*) FROM tiles"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace civicdesk::map

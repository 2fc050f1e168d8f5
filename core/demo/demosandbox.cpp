#include "core/demo/demosandbox.h"

#include "core/demo/demoprofilebuilder.h"
#include "core/domain/error.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace civicdesk::core {

namespace {

QString pathIn(const QString &directory, const char *file)
{
    return QDir(directory).filePath(QLatin1String(file));
}

// The store and everything derived from it that a reset must not keep.
QStringList storeFiles(const QString &directory)
{
    const QString store = Profile(directory).storePath();
    return {store, store + QStringLiteral("-wal"), store + QStringLiteral("-shm"),
            store + QStringLiteral("-journal"),
            QDir(directory).filePath(QStringLiteral("city-tiles.mbtiles"))};
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

QString DemoSandbox::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo"));
}

bool DemoSandbox::isSandbox(const QString &profileDirectory)
{
    return !profileDirectory.isEmpty() && QFile::exists(pathIn(profileDirectory, kMarkerFile));
}

QJsonObject DemoSandbox::marker(const QString &profileDirectory)
{
    QFile f(pathIn(profileDirectory, kMarkerFile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void DemoSandbox::writeMarker(const QString &profileDirectory, const QJsonObject &marker)
{
    QSaveFile f(pathIn(profileDirectory, kMarkerFile));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(marker).toJson()) < 0 || !f.commit())
        throw Error(QCoreApplication::translate("DemoSandbox", "%1: cannot write: %2")
                        .arg(f.fileName(), f.errorString()));
}

void DemoSandbox::takeSnapshot(const QString &profileDirectory)
{
    const QString snapshot = pathIn(profileDirectory, kSnapshotFile);
    QFile::remove(snapshot);
    if (!QFile::copy(Profile(profileDirectory).storePath(), snapshot))
        throw Error(QCoreApplication::translate("DemoSandbox", "%1: cannot write the demo's initial snapshot")
                        .arg(snapshot));
}

void DemoSandbox::reset(const QString &profileDirectory)
{
    const QJsonObject m = marker(profileDirectory);
    for (const QString &file : storeFiles(profileDirectory)) {
        if (QFile::exists(file) && !QFile::remove(file))
            throw Error(QCoreApplication::translate("DemoSandbox", "%1: cannot remove it to reset the demo")
                            .arg(file));
    }
    const QString snapshot = pathIn(profileDirectory, kSnapshotFile);
    if (looksLikeSqlite(snapshot) && QFile::copy(snapshot, Profile(profileDirectory).storePath())) {
        QFile(Profile(profileDirectory).storePath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return;
    }
    // No usable snapshot: make the same city again from what the marker remembers.
    DemoProfileBuilder::Options options;
    options.seed = m.value(QStringLiteral("seed")).toString(QStringLiteral("1")).toULongLong();
    options.cityName = m.value(QStringLiteral("city")).toString();
    options.tickets = m.value(QStringLiteral("tickets")).toInt(50000);
    options.lastDay = QDate::fromString(m.value(QStringLiteral("last_day")).toString(), Qt::ISODate);
    QFile::remove(snapshot);
    DemoProfileBuilder::build(profileDirectory, options);
}

bool DemoSandbox::ensure(const QString &profileDirectory)
{
    if (isSandbox(profileDirectory) && QFile::exists(Profile(profileDirectory).storePath()))
        return false;
    if (isSandbox(profileDirectory)) {
        reset(profileDirectory);
        return true;
    }
    if (QFile::exists(Profile(profileDirectory).storePath()))
        throw Error(
            QCoreApplication::translate(
                "DemoSandbox", "%1 holds a live profile, not a demo; the demo needs a folder of its own")
                .arg(profileDirectory));
    DemoProfileBuilder::build(profileDirectory, {});
    return true;
}

} // namespace civicdesk::core

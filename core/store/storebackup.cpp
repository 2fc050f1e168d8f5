#include "core/store/storebackup.h"

#include "core/domain/error.h"
#include "core/store/database.h"
#include "core/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace civicdesk::core {

namespace {
const QString kPrefix = QStringLiteral("civicdesk-");
const QString kSuffix = QStringLiteral(".sqlite");

// A native connection that closes itself; backups and checks run apart from Qt's connections.
struct NativeDb
{
    sqlite3 *handle = nullptr;
    NativeDb(const QString &file, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &handle, flags, nullptr) != SQLITE_OK &&
            !handle)
            handle = nullptr;
    }
    ~NativeDb() { sqlite3_close_v2(handle); }
    Q_DISABLE_COPY_MOVE(NativeDb)
    QString error() const
    {
        return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
    }
};

// Copies every page of `from` into `to` in one step: one read snapshot, so the copy is
// consistent even while other connections write.
void copyDatabase(sqlite3 *from, sqlite3 *to, const QString &target)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw Error(QCoreApplication::translate("StoreBackup", "%1: cannot start the backup: %2")
                        .arg(target, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw Error(QCoreApplication::translate("StoreBackup", "%1: the backup failed: %2")
                        .arg(target, QString::fromUtf8(sqlite3_errstr(rc))));
}

bool execNative(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Copies the outbox entries of the attached "damaged" store that main lacks, row by row, so
// that a damaged page ends the copy there and keeps every entry read before it.
int carryOutbox(sqlite3 *db)
{
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    int carried = 0;
    if (sqlite3_prepare_v2(
            db,
            "SELECT change_id, kind, ticket_id, payload, created_at FROM damaged.sync_outbox ORDER BY seq",
            -1, &read, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "INSERT OR IGNORE INTO main.sync_outbox (change_id, kind, ticket_id, payload, "
                           "created_at) VALUES (?, ?, ?, ?, ?)",
                           -1, &write, nullptr) == SQLITE_OK &&
        execNative(db, "BEGIN IMMEDIATE")) {
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int column = 0; column < 5; ++column)
                sqlite3_bind_value(write, column + 1, sqlite3_column_value(read, column));
            if (sqlite3_step(write) == SQLITE_DONE)
                carried += sqlite3_changes(db);
            sqlite3_reset(write);
        }
        execNative(db, "COMMIT");
    }
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return carried;
}
} // namespace

StoreBackup::StoreBackup(Profile profile) : m_profile(std::move(profile)) {}

QString StoreBackup::folder() const
{
    return QDir(m_profile.directory()).filePath(QStringLiteral("backups"));
}

QStringList StoreBackup::list() const
{
    // Names carry the UTC time, so name order is time order.
    QStringList names =
        QDir(folder()).entryList({kPrefix + u'*' + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = QDir(folder()).filePath(name);
    return names;
}

QString StoreBackup::create(const Database &db) const
{
    if (!QDir().mkpath(folder()))
        throw Error(
            QCoreApplication::translate("StoreBackup", "cannot create the backup folder %1").arg(folder()));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = QDir(folder()).filePath(kPrefix + stamp + kSuffix);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        {
            NativeDb out(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            if (!out.handle)
                throw Error(QCoreApplication::translate("StoreBackup", "%1: cannot create: %2")
                                .arg(partial, out.error()));
            copyDatabase(SqliteStatement::nativeHandle(db.connection()), out.handle, target);
            // A backup is a single file: no WAL beside it.
            execNative(out.handle, "PRAGMA journal_mode = DELETE");
        }
        if (!QFile::rename(partial, target))
            throw Error(QCoreApplication::translate("StoreBackup", "%1: cannot rename the finished backup")
                            .arg(target));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    const QStringList all = list();
    for (qsizetype i = kKeep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

QString StoreBackup::createIfDue(const Database &db, const QDateTime &nowUtc) const
{
    const QStringList all = list();
    if (!all.isEmpty()) {
        const QString stamp = QFileInfo(all.constFirst()).completeBaseName().mid(kPrefix.size());
        QDateTime newest = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        newest.setTimeSpec(Qt::UTC);
        // A clock set back makes the newest look future: that is not a reason to skip forever.
        if (newest.isValid() && newest <= nowUtc && newest.secsTo(nowUtc) < 24 * 3600)
            return {};
    }
    return create(db);
}

QString StoreBackup::quickCheck(const QString &file)
{
    if (!QFileInfo::exists(file))
        return QCoreApplication::translate("StoreBackup", "%1 does not exist").arg(file);
    // Read-write when allowed: a WAL store opened read-only needs its -shm file to exist already.
    NativeDb db(file, QFileInfo(file).isWritable() ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
    if (!db.handle)
        return db.error();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.handle, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
        return db.error();
    QString problem;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        const QString first =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (first != QLatin1String("ok"))
            problem = first;
    } else {
        problem = db.error();
    }
    sqlite3_finalize(statement);
    return problem;
}

QString StoreBackup::newestGood() const
{
    for (const QString &file : list()) {
        if (quickCheck(file).isEmpty())
            return file;
    }
    return {};
}

int StoreBackup::restore(const QString &file) const
{
    const QString problem = quickCheck(file);
    if (!problem.isEmpty())
        throw Error(QCoreApplication::translate("StoreBackup", "%1 is not a sound CivicDesk store: %2")
                        .arg(file, problem));
    const QString store = m_profile.storePath();
    const QString staged = store + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(file, staged))
        throw Error(QCoreApplication::translate("StoreBackup", "cannot copy %1 into the profile %2")
                        .arg(file, m_profile.directory()));

    // Changes the damaged store still holds and the backup does not: pending pushes since the
    // backup. Reading stops quietly at the first unreadable page.
    int carried = 0;
    if (QFileInfo::exists(store)) {
        NativeDb target(staged, SQLITE_OPEN_READWRITE);
        if (target.handle) {
            sqlite3_stmt *attach = nullptr;
            if (sqlite3_prepare_v2(target.handle, "ATTACH DATABASE ? AS damaged", -1, &attach, nullptr) ==
                SQLITE_OK) {
                const QByteArray uri = QFile::encodeName(store);
                sqlite3_bind_text(attach, 1, uri.constData(), int(uri.size()), SQLITE_TRANSIENT);
                const bool attached = sqlite3_step(attach) == SQLITE_DONE;
                sqlite3_finalize(attach);
                if (attached) {
                    carried = carryOutbox(target.handle);
                    execNative(target.handle, "DETACH DATABASE damaged");
                }
            }
        }
    }

    const QString kept = store + QStringLiteral(".damaged-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(store) && !QFile::rename(store, kept))
        throw Error(QCoreApplication::translate("StoreBackup", "cannot move the store %1 aside").arg(store));
    // The WAL and shared-memory files belong to the file just moved aside.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(store + suffix))
            QFile::rename(store + suffix, kept + suffix);
    }
    if (!QFile::rename(staged, store))
        throw Error(QCoreApplication::translate("StoreBackup", "cannot put the restored store in place at %1")
                        .arg(store));
    return carried;
}

} // namespace civicdesk::core

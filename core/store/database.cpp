#include "core/store/database.h"

#include "core/domain/error.h"
#include "core/store/sqlitemigrator.h"
#include "core/store/sqlquery.h"
#include "core/store/walflusher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>
#include <chrono>
#include <memory>
#include <sqlite3.h>
#include <thread>

namespace civicdesk::core {

namespace {
MigrationFolder migrationFolder()
{
    return MigrationFolder(QStringLiteral(":/civicdesk/store/migrations"));
}

constexpr int kBusyTimeoutMs = 10000;
constexpr int kBusyPollMicroseconds = 250;

// SQLite's own busy timeout sleeps up to 100 ms between attempts, so a ticket save waiting
// behind an import's batches keeps missing the short gaps between them. Polling every 250 us
// gets it in at the next gap (imports leave one after each batch).
int pollOften(void *, int attempts)
{
    if (attempts >= kBusyTimeoutMs * (1000 / kBusyPollMicroseconds))
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(kBusyPollMicroseconds));
    return 1;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

void waitForLocksBriefly(const QSqlDatabase &db)
{
    if (sqlite3 *handle = nativeHandle(db))
        sqlite3_busy_handler(handle, pollOften, nullptr);
    else
        SqlQuery::execute(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
}

int handOverToFlusher(void *flusher, sqlite3 *, const char *, int walPages)
{
    static_cast<WalFlusher *>(flusher)->committed(walPages);
    return SQLITE_OK;
}

// Set by Database::commitWithoutWaitingOnThisThread() on the ticket save's worker.
thread_local bool t_commitWithoutWaiting = false;

// The UI thread's connection (and the save worker's) commits without waiting for the disk, and
// WalFlusher waits for it on its own thread (and runs the checkpoints). Only where it can
// fdatasync the WAL.
void commitWithoutWaitingOnUiThread(const QSqlDatabase &db, WalFlusher &flusher)
{
#ifdef Q_OS_UNIX
    const QCoreApplication *app = QCoreApplication::instance();
    const bool uiThread = app && QThread::currentThread() == app->thread();
    sqlite3 *handle = nativeHandle(db);
    if (!(uiThread || t_commitWithoutWaiting) || !handle)
        return;
    SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    sqlite3_wal_hook(handle, handOverToFlusher, &flusher); // replaces wal_autocheckpoint's hook
#else
    Q_UNUSED(db)
    Q_UNUSED(flusher)
#endif
}

// Every connection of the store runs with the same pragmas, whichever thread opens it.
void prepareConnection(const QSqlDatabase &db, WalFlusher &flusher)
{
    // WAL lets the UI read while a worker writes. synchronous=FULL: a committed ticket survives
    // a power cut, not only a crash. The UI thread's connection hands that wait to WalFlusher;
    // an import's batches skip it (BulkWriteSync).
    SqlQuery::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = FULL"));
    waitForLocksBriefly(db);
    // 32 MiB of page cache per connection: random UUID keys touch pages all over the ticket
    // table's indexes, and the default 2 MiB turns a million-row store into disk seeks.
    SqlQuery::execute(db, QStringLiteral("PRAGMA cache_size = -32768"));
    // A ticket insert fires the R*Tree trigger, so SQLite keeps a statement journal; with
    // temp files on disk it spills to a file after 64 KiB and then writes every touched page
    // twice per statement (11 pwrites per ticket). In memory it costs a few KiB per statement.
    SqlQuery::execute(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Checkpoint every 8000 pages (32 MiB) instead of 1000: pages that every transaction touches
    // again (the newest index leaves) are copied into the database once per checkpoint, so rarer
    // checkpoints write less (figures in docs/store.md). The limit truncates the
    // WAL file back after a checkpoint so it does not stay at its high-water mark.
    SqlQuery::execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(WalFlusher::kCheckpointPages));
    SqlQuery::execute(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    commitWithoutWaitingOnUiThread(db, flusher);
}

ThreadConnections::Setup storeSetup(const QString &filePath)
{
    ThreadConnections::Setup setup;
    setup.beforeOpen = [filePath](QSqlDatabase &db) { db.setDatabaseName(filePath); };
    // The setup lives as long as the connections, and is destroyed after they are closed: the
    // flusher then flushes the last commits and stops.
    auto flusher = std::make_shared<WalFlusher>(filePath);
    setup.afterOpen = [flusher](const QSqlDatabase &db) { prepareConnection(db, *flusher); };
    setup.openFailed = [filePath](const QString &why) {
        return QCoreApplication::translate("Database", "cannot open the local store %1: %2")
            .arg(filePath, why);
    };
    return setup;
}
} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath)), m_connections(QStringLiteral("civicdesk"), storeSetup(m_filePath))
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(
            QCoreApplication::translate("Database", "cannot create the folder %1").arg(info.absolutePath()));
    if (info.exists() && !info.isWritable())
        throw Error(QCoreApplication::translate("Database", "%1 is not writable").arg(m_filePath));
    migrate();
}

Database::~Database() = default;

QSqlDatabase Database::connection() const
{
    return m_connections.connection();
}

void Database::closeThreadConnection() const
{
    m_connections.closeThreadConnection();
}

int Database::openConnectionCount() const
{
    return m_connections.openCount();
}

void Database::commitWithoutWaitingOnThisThread()
{
    t_commitWithoutWaiting = true;
}

int Database::schemaVersion() const
{
    return SqliteMigrator::version(connection());
}

int Database::latestSchemaVersion()
{
    return migrationFolder().latestVersion();
}

void Database::migrate()
{
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw Error(QCoreApplication::translate(
                        "Database",
                        "%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). "
                        "Update CivicDesk or use another profile.")
                        .arg(m_filePath)
                        .arg(current)
                        .arg(latest));
    SqliteMigrator(migrationFolder()).migrate(db);
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    SqlQuery q(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(0, key).exec();
    return q.next() ? q.value(0).toString() : fallback;
}

void Database::setMeta(const QString &key, const QString &value) const
{
    SqlQuery(connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(0, key)
        .bind(1, value)
        .exec();
}

} // namespace civicdesk::core

#include "core/store/database.h"

#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace civicdesk::core {

namespace {
struct Migration
{
    int version;
    QString file;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/civicdesk/store/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok)
            list.append({version, dir.filePath(name)});
    }
    return list;
}

// Names of every connection this Database opened, so the destructor can close them all.
QMutex g_connectionsMutex;
QSet<QString> g_connections;
} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath)),
      m_baseName(QStringLiteral("civicdesk-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(QCoreApplication::translate("Database", "cannot create the folder %1").arg(info.absolutePath()));
    if (info.exists() && !info.isWritable())
        throw Error(QCoreApplication::translate("Database", "%1 is not writable").arg(m_filePath));
    migrate();
}

Database::~Database()
{
    QMutexLocker lock(&g_connectionsMutex);
    for (auto it = g_connections.begin(); it != g_connections.end();) {
        if (it->startsWith(m_baseName)) {
            {
                QSqlDatabase db = QSqlDatabase::database(*it, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(*it);
            it = g_connections.erase(it);
        } else {
            ++it;
        }
    }
}

QString Database::connectionName() const
{
    return m_baseName + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(QCoreApplication::translate("Database", "cannot open the local store %1: %2").arg(m_filePath, why));
    }
    {
        QMutexLocker lock(&g_connectionsMutex);
        g_connections.insert(name);
    }
    // WAL lets the UI read while a worker writes. synchronous=FULL: a committed ticket survives
    // a power cut, not only a crash.
    SqlQuery::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = FULL"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
    // 32 MiB of page cache per connection: random UUID keys touch pages all over the ticket
    // table's indexes, and the default 2 MiB turns a million-row store into disk seeks.
    SqlQuery::execute(db, QStringLiteral("PRAGMA cache_size = -32768"));
    // A ticket insert fires the R*Tree trigger, so SQLite keeps a statement journal; with
    // temp files on disk it spills to a file after 64 KiB and then writes every touched page
    // twice per statement (11 pwrites per ticket). In memory it costs a few KiB per statement.
    SqlQuery::execute(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Checkpoint every 8000 pages (32 MiB) instead of 1000: pages that every transaction touches
    // again (the newest index leaves) are copied into the database once per checkpoint, so rarer
    // checkpoints write less (bulk inserts 39k -> 51k tickets/s at 1 M). The limit truncates the
    // WAL file back after a checkpoint so it does not stay at its high-water mark.
    SqlQuery::execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = 8000"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&g_connectionsMutex);
    g_connections.remove(name);
}

int Database::schemaVersion() const
{
    SqlQuery q(connection(), QStringLiteral("PRAGMA user_version"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

void Database::migrate()
{
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw Error(QCoreApplication::translate("Database", "%1 was written by a newer CivicDesk (schema %2; this version knows up to %3). "
                       "Update CivicDesk or use another profile.")
                        .arg(m_filePath)
                        .arg(current)
                        .arg(latest));
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QFile file(m.file);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QCoreApplication::translate("Database", "missing migration %1").arg(m.file));
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        // QSqlQuery runs one statement at a time. A statement ends at a line ending in ";",
        // except inside CREATE TRIGGER, which ends at the line ending in "END;".
        QString statement;
        for (const QString &line : script.split(u'\n')) {
            const QString t = line.trimmed();
            if (t.startsWith(QStringLiteral("--")))
                continue;
            statement += line + u'\n';
            const bool inTrigger = statement.contains(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
            if (t.endsWith(u';') && (!inTrigger || t.toUpper().endsWith(QStringLiteral("END;")))) {
                SqlQuery::execute(db, statement.trimmed());
                statement.clear();
            }
        }
        if (!statement.trimmed().isEmpty())
            SqlQuery::execute(db, statement.trimmed());
        SqlQuery::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
    }
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

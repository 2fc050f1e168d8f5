#pragma once

#include "core/store/threadconnections.h"

#include <QSqlDatabase>
#include <QString>

namespace civicdesk::core {

// The local SQLite store of one profile. Each thread gets its own named connection (SQLite
// connections must not be shared across threads); all of them run in WAL mode with foreign
// keys on. Opening migrates the schema with the numbered .sql files compiled into resources.
class Database
{
public:
    // Opens (creating if needed) and migrates. Throws civicdesk::core::Error when the file
    // cannot be opened or written, or holds a schema newer than this build knows.
    explicit Database(QString filePath);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString filePath() const { return m_filePath; }

    // This thread's connection, opened on first use and closed when the thread finishes.
    QSqlDatabase connection() const;
    // Closes this thread's connection now (a worker that is done with the store for a while).
    void closeThreadConnection() const;
    // How many threads hold an open connection to this store.
    int openConnectionCount() const;

    // Called on a thread before it first uses a store: its commits hand their wait for the disk
    // to WalFlusher, as the UI thread's do. For the thread that writes the call taker's saves.
    static void commitWithoutWaitingOnThisThread();

    int schemaVersion() const;
    static int latestSchemaVersion();

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value) const;

private:
    void migrate();

    QString m_filePath;
    ThreadConnections m_connections;
};

} // namespace civicdesk::core

#pragma once

#include "core/sync/serversettings.h"
#include "core/sync/syncerror.h"

#include <QSqlDatabase>

struct pg_conn;

namespace civicdesk::core {

// A QPSQL connection to the shared database, named and owned by the thread that opens it.
// Failures become SyncErrors that say what went wrong in words a call taker can act on.
class ServerConnection
{
public:
    // Opens and checks that the server schema is one this build understands. Throws SyncError.
    static QSqlDatabase open(const ServerSettings &settings, const QString &password,
                             const QString &connectionName, bool requireSchema = true);
    static void close(const QString &connectionName);
    // libpq's handle behind a QPSQL connection, for what QtSql cannot do (COPY, a whole
    // multi-statement script in one PQexec). Throws Error for any other connection.
    static pg_conn *nativeHandle(const QSqlDatabase &db);

    // The server schema version (0 when CivicDesk was never installed there).
    static int schemaVersion(const QSqlDatabase &db);
    // The newest server schema this build knows.
    static int latestSchemaVersion();

    // What a failed connect or query means; the message names the server.
    static SyncError classify(const QString &errorText, const ServerSettings &settings);
    // True when the connection itself is gone (so the next attempt must reconnect).
    static bool isConnectionLost(const QSqlDatabase &db);
    // Whether this session is encrypted, as the server sees it (pg_stat_ssl): a "prefer"
    // connection may have fallen back to plain text.
    static bool usesTls(const QSqlDatabase &db);
};

} // namespace civicdesk::core

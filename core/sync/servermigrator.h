#pragma once

#include <QSqlDatabase>
#include <QString>
#include <limits>

namespace civicdesk::core {

// Server administration: the versioned server schema (core/sync/server/NNNN_*.sql, compiled in)
// and login roles. Runs as a PostgreSQL superuser or a civicdesk_admin.
class ServerMigrator
{
public:
    // folder: where the NNNN_*.sql files are; tests pass their own.
    explicit ServerMigrator(QSqlDatabase db, QString folder = QStringLiteral(":/civicdesk/sync/server"))
        : m_db(std::move(db)), m_folder(std::move(folder))
    {
    }

    // Applies every migration newer than the server's version (up to upToVersion), all in one
    // transaction: a failure anywhere leaves the server as it was. PostgreSQL runs each file
    // whole (one multi-statement PQexec), so function bodies are never cut. Returns the versions
    // applied (empty when up to date). Throws SyncError (SchemaTooNew) when the server is newer
    // than the folder, and Error naming the file (and line, where the server names one).
    QList<int> migrate(int upToVersion = std::numeric_limits<int>::max());

    // Creates (or resets the password and role of) a login: role is calltaker, supervisor or admin.
    void createOrResetLogin(const QString &login, const QString &password, const QString &role);

private:
    QSqlDatabase m_db;
    QString m_folder;
};

} // namespace civicdesk::core

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace civicdesk::core {

// Server administration: the versioned server schema (core/sync/server/NNNN_*.sql, compiled in)
// and login roles. Runs as a PostgreSQL superuser or a civicdesk_admin.
class ServerMigrator
{
public:
    explicit ServerMigrator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Applies every migration newer than the server's version, each in one transaction.
    // Returns the versions applied (empty when up to date). Throws SyncError (SchemaTooNew)
    // when the server is newer than this build.
    QList<int> migrate();

    // Creates (or resets the password and role of) a login: role is calltaker, supervisor or admin.
    void createOrResetLogin(const QString &login, const QString &password, const QString &role);

    // Splits a migration script into statements: a statement ends at a line ending in ";"
    // outside a $$ ... $$ body.
    static QStringList statements(const QString &script);

private:
    QSqlDatabase m_db;
};

} // namespace civicdesk::core

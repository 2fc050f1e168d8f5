#include "core/sync/servermigrator.h"

#include "core/store/migrationfolder.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "core/sync/serverconnection.h"
#include "core/sync/syncerror.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <libpq-fe.h>

namespace civicdesk::core {

namespace {
// Runs a whole migration file inside the migrator's open transaction. The server names the
// failing statement's position (in characters from the start of the file), which becomes a line.
void runScript(const QSqlDatabase &db, const MigrationFolder::File &file, const QByteArray &script)
{
    PGconn *conn = ServerConnection::nativeHandle(db);
    PGresult *result = PQexec(conn, script.constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        const char *position = PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION);
        const QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
        PQclear(result);
        if (position) {
            const qsizetype before = std::max(0, std::atoi(position) - 1);
            const qsizetype line = QString::fromUtf8(script).left(before).count(u'\n') + 1;
            throw Error(QCoreApplication::translate("ServerMigrator", "server migration %1, line %2: %3")
                            .arg(file.name)
                            .arg(line)
                            .arg(message));
        }
        throw Error(
            QCoreApplication::translate("ServerMigrator", "server migration %1: %2").arg(file.name, message));
    }
    PQclear(result);
    // A COMMIT or ROLLBACK in the file would end the migrator's transaction half way.
    if (PQtransactionStatus(conn) != PQTRANS_INTRANS)
        throw Error(QCoreApplication::translate("ServerMigrator",
                                                "server migration %1 ends the migrator's transaction itself "
                                                "(remove its BEGIN/COMMIT)")
                        .arg(file.name));
}
} // namespace

QList<int> ServerMigrator::migrate(int upToVersion)
{
    QList<int> applied;
    const MigrationFolder folder(m_folder);
    const int latest = folder.latestVersion();
    // One administrator at a time: a second "server init" waits, then finds nothing to do.
    Transaction lock(m_db);
    SqlQuery::execute(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(3110311)"));
    // "role is already a member" notices on a second database are expected, not news.
    SqlQuery::execute(m_db, QStringLiteral("SET LOCAL client_min_messages = warning"));
    const int current = ServerConnection::schemaVersion(m_db);
    if (current > latest)
        throw SyncError(SyncError::Kind::SchemaTooNew,
                        QCoreApplication::translate(
                            "ServerMigrator",
                            "the server has schema %1, newer than this CivicDesk understands (up to %2); "
                            "use a newer civicdesk-cli")
                            .arg(current)
                            .arg(latest));
    for (const MigrationFolder::File &file : folder.files()) {
        if (file.version <= current || file.version > upToVersion)
            continue;
        runScript(m_db, file, MigrationFolder::read(file));
        SqlQuery(m_db, QStringLiteral("INSERT INTO civicdesk.schema_version (version) VALUES (?)"))
            .bind(0, file.version)
            .exec();
        applied.append(file.version);
    }
    lock.commit();
    return applied;
}

void ServerMigrator::createOrResetLogin(const QString &login, const QString &password, const QString &role)
{
    if (password.isEmpty())
        throw Error(
            QCoreApplication::translate("ServerMigrator", "password: must not be empty"),
            {{QStringLiteral("password"), QCoreApplication::translate("ServerMigrator", "is empty")}});
    SqlQuery(m_db, QStringLiteral("SELECT civicdesk.add_user(?, ?, ?)"))
        .bind(0, login)
        .bind(1, password)
        .bind(2, role)
        .exec();
}

} // namespace civicdesk::core

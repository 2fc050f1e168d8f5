#include "core/sync/serverconnection.h"

#include "core/store/migrationfolder.h"
#include "core/store/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <libpq-fe.h>

namespace civicdesk::core {

namespace {

QString describe(const ServerSettings &s)
{
    const QUrl u(s.url);
    return QStringLiteral("%1:%2").arg(u.host()).arg(u.port(5432));
}
} // namespace

int ServerConnection::latestSchemaVersion()
{
    return MigrationFolder(QStringLiteral(":/civicdesk/sync/server")).latestVersion();
}

pg_conn *ServerConnection::nativeHandle(const QSqlDatabase &db)
{
    // QPSQL hands out its PGconn pointer as the driver handle.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL || !handle.isValid() ||
        !(handle.metaType().flags() & QMetaType::IsPointer))
        throw Error(
            QCoreApplication::translate("PushStream", "the server connection is not a PostgreSQL one"));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        throw Error(QCoreApplication::translate("PushStream", "no connection to the server"));
    return conn;
}

SyncError ServerConnection::classify(const QString &text, const ServerSettings &settings)
{
    const QString where = describe(settings);
    using Kind = SyncError::Kind;
    if (text.contains(QStringLiteral("password authentication failed")) ||
        text.contains(QStringLiteral("no password supplied")) || text.contains(QStringLiteral("fe_sendauth")))
        return {Kind::WrongPassword,
                QCoreApplication::translate(
                    "ServerConnection",
                    "the server %1 refused the user name or password; check them in the connection settings")
                    .arg(where)};
    if (text.contains(QStringLiteral("server closed the connection")) ||
        text.contains(QStringLiteral("terminating connection")) ||
        text.contains(QStringLiteral("no connection to the server")) ||
        text.contains(QStringLiteral("closed unexpectedly")) ||
        text.contains(QStringLiteral("Broken pipe")) || text.contains(QStringLiteral("Connection reset")) ||
        text.contains(QStringLiteral("EOF detected")))
        return {Kind::ConnectionLost,
                QCoreApplication::translate(
                    "ServerConnection",
                    "the connection to %1 was lost; your work is kept and will sync when it is back")
                    .arg(where)};
    if (text.contains(QStringLiteral("certificate")) || text.contains(QStringLiteral("SSL")) ||
        text.contains(QStringLiteral("does not match host name")) ||
        text.contains(QStringLiteral("sslrootcert")))
        return {Kind::TlsFailure,
                QCoreApplication::translate("ServerConnection",
                                            "the secure connection to %1 failed (TLS verification): %2")
                    .arg(where, text.trimmed())};
    if (text.contains(QStringLiteral("could not connect")) ||
        text.contains(QStringLiteral("Connection refused")) ||
        text.contains(QStringLiteral("timeout expired")) ||
        text.contains(QStringLiteral("could not translate host")) ||
        text.contains(QStringLiteral("No route to host")) ||
        text.contains(QStringLiteral("Network is unreachable")) ||
        text.contains(QStringLiteral("the database system is")))
        return {Kind::Unreachable,
                QCoreApplication::translate(
                    "ServerConnection",
                    "the server %1 cannot be reached; your work is kept and will sync when it is back")
                    .arg(where)};
    if (text.contains(QStringLiteral("does not exist")) && text.contains(QStringLiteral("database")))
        return {Kind::Other,
                QCoreApplication::translate("ServerConnection", "the server %1 has no such database: %2")
                    .arg(where, text.trimmed())};
    return {Kind::Other, QCoreApplication::translate("ServerConnection", "the server %1 reported: %2")
                             .arg(where, text.trimmed())};
}

bool ServerConnection::isConnectionLost(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true;
    QSqlQuery q(db);
    return !q.exec(QStringLiteral("SELECT 1"));
}

bool ServerConnection::usesTls(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) || !q.next())
        return false;
    return q.value(0).toBool();
}

QSqlDatabase ServerConnection::open(const ServerSettings &settings, const QString &password,
                                    const QString &connectionName, bool requireSchema)
{
    if (!settings.isConfigured())
        throw SyncError(
            SyncError::Kind::NotConfigured,
            QCoreApplication::translate("ServerConnection", "no server is configured for this profile"));
    try {
        settings.validate();
    } catch (const Error &e) {
        throw SyncError(SyncError::Kind::NotConfigured, e.message());
    }
    const QUrl u(settings.url);
    QString database = u.path();
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(database.isEmpty() ? QStringLiteral("postgres") : database);
    db.setUserName(settings.user.isEmpty() ? u.userName() : settings.user);
    db.setPassword(password.isEmpty() ? u.password() : password);
    // Keepalives notice a dead server within seconds instead of hanging on a push.
    QStringList options = {QStringLiteral("sslmode=%1").arg(settings.sslMode),
                           QStringLiteral("connect_timeout=5"),
                           QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=5"),
                           QStringLiteral("keepalives_interval=2"),
                           QStringLiteral("keepalives_count=3"),
                           QStringLiteral("application_name=civicdesk")};
    if (!settings.caFile.isEmpty())
        options.append(QStringLiteral("sslrootcert=%1").arg(settings.caFile));
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        SyncError error = classify(db.lastError().text(), settings);
        error.setDetail(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw error;
    }
    if (requireSchema) {
        const int version = schemaVersion(db);
        const int latest = latestSchemaVersion();
        if (version == 0) {
            db.close();
            throw SyncError(
                SyncError::Kind::NotInitialised,
                QCoreApplication::translate("ServerConnection",
                                            "the server %1 has no CivicDesk schema; an administrator runs "
                                            "\"civicdesk-cli server init\" first")
                    .arg(describe(settings)));
        }
        if (version < latest) {
            // This build pushes through functions of the newest schema (the staged push of 3).
            db.close();
            throw SyncError(SyncError::Kind::NotInitialised,
                            QCoreApplication::translate(
                                "ServerConnection",
                                "the server %1 has schema %2, older than this CivicDesk needs (%3); "
                                "an administrator runs \"civicdesk-cli server init\" to upgrade it")
                                .arg(describe(settings))
                                .arg(version)
                                .arg(latest));
        }
        if (version > latest) {
            db.close();
            throw SyncError(
                SyncError::Kind::SchemaTooNew,
                QCoreApplication::translate(
                    "ServerConnection",
                    "the server %1 has schema %2, newer than this CivicDesk understands (up to %3); "
                    "update CivicDesk on this workstation")
                    .arg(describe(settings))
                    .arg(version)
                    .arg(latest));
        }
    }
    return db;
}

void ServerConnection::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

int ServerConnection::schemaVersion(const QSqlDatabase &db)
{
    SqlQuery exists(db, QStringLiteral("SELECT to_regclass('civicdesk.schema_version') IS NOT NULL"));
    exists.exec();
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    SqlQuery q(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM civicdesk.schema_version"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace civicdesk::core

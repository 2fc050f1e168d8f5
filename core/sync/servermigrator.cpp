#include "core/sync/servermigrator.h"

#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "core/sync/serverconnection.h"
#include "core/sync/syncerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace civicdesk::core {

QStringList ServerMigrator::statements(const QString &script)
{
    QStringList out;
    QString statement;
    bool inBody = false;
    for (const QString &line : script.split(u'\n')) {
        const QString t = line.trimmed();
        if (!inBody && (t.isEmpty() || t.startsWith(QStringLiteral("--"))))
            continue;
        statement += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && t.endsWith(u';')) {
            out.append(statement.trimmed());
            statement.clear();
        }
    }
    if (!statement.trimmed().isEmpty())
        out.append(statement.trimmed());
    return out;
}

QList<int> ServerMigrator::migrate()
{
    QList<int> applied;
    const QDir dir(QStringLiteral(":/civicdesk/sync/server"));
    const int latest = ServerConnection::latestSchemaVersion();
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
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const int version = name.section(u'_', 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(
                QCoreApplication::translate("ServerMigrator", "missing server migration %1").arg(name));
        for (const QString &sql : statements(QString::fromUtf8(file.readAll()))) {
            try {
                SqlQuery::execute(m_db, sql);
            } catch (const Error &e) {
                throw Error(QCoreApplication::translate("ServerMigrator", "server migration %1: %2")
                                .arg(name, e.message()));
            }
        }
        SqlQuery(m_db, QStringLiteral("INSERT INTO civicdesk.schema_version (version) VALUES (?)"))
            .bind(0, version)
            .exec();
        applied.append(version);
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

#include "core/store/sqlitemigrator.h"

#include "core/domain/error.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace civicdesk::core {

int SqliteMigrator::version(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("PRAGMA user_version"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QList<int> SqliteMigrator::migrate(const QSqlDatabase &db) const
{
    QList<int> applied;
    const int current = version(db);
    sqlite3 *native = SqliteStatement::nativeHandle(db);
    for (const MigrationFolder::File &file : m_folder.files()) {
        if (file.version <= current)
            continue;
        const QByteArray script = MigrationFolder::read(file);
        // The statements run on the connection's own handle, so they join the transaction that
        // Transaction opened; a BEGIN or COMMIT inside a file fails here instead of splitting it.
        Transaction tx(db);
        char *why = nullptr;
        if (sqlite3_exec(native, script.constData(), nullptr, nullptr, &why) != SQLITE_OK) {
            const QString message = QString::fromUtf8(why ? why : sqlite3_errmsg(native));
            sqlite3_free(why);
            throw Error(
                QCoreApplication::translate("SqliteMigrator", "migration %1: %2").arg(file.name, message));
        }
        if (sqlite3_get_autocommit(native) != 0)
            throw Error(QCoreApplication::translate("SqliteMigrator",
                                                    "migration %1 ends the migrator's transaction itself "
                                                    "(remove its BEGIN/COMMIT)")
                            .arg(file.name));
        SqlQuery::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(file.version));
        tx.commit();
        applied.append(file.version);
    }
    return applied;
}

} // namespace civicdesk::core

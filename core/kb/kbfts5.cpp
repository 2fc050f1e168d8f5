#include "core/kb/kbfts5.h"

#include "core/domain/error.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace civicdesk::core::kbfts5 {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QStringLiteral("database: not a SQLite connection"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

fts5_api *api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace civicdesk::core::kbfts5

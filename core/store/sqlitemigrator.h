#pragma once

#include "core/store/migrationfolder.h"

#include <QList>
#include <QSqlDatabase>

namespace civicdesk::core {

// Brings a SQLite database up to the newest migration of a folder. SQLite itself runs each
// file whole (sqlite3_exec), so a trigger body with CASE ... END; is never cut; the file and
// its version number (PRAGMA user_version) land in one transaction, or neither does.
class SqliteMigrator
{
public:
    explicit SqliteMigrator(MigrationFolder folder) : m_folder(std::move(folder)) {}

    static int version(const QSqlDatabase &db);
    // Applies every migration newer than the database's version, each in its own transaction,
    // and returns the versions applied. Throws Error naming the file that failed; that file
    // leaves no trace, the ones before it stay applied.
    QList<int> migrate(const QSqlDatabase &db) const;

private:
    MigrationFolder m_folder;
};

} // namespace civicdesk::core

#pragma once

#include "core/store/sqlitestatement.h"

#include <QString>
#include <memory>

namespace civicdesk::core {

class Database;

// One statement, prepared on first use on this thread's connection and reused after: a bulk
// command runs the same few statements for each of a thousand tickets, and preparing them
// again each time cost more than running them. Used from another thread's connection, it is
// prepared again there.
class CachedStatement final
{
public:
    CachedStatement(const Database &db, QString sql);
    ~CachedStatement();
    Q_DISABLE_COPY_MOVE(CachedStatement)

    // Reset, ready to bind.
    SqliteStatement &get() const;

private:
    const Database &m_db;
    const QString m_sql;
    mutable std::unique_ptr<SqliteStatement> m_statement;
    // The connection it was prepared on: a thread's connection closed and opened again keeps
    // its name, not its handle.
    mutable QString m_connection;
    mutable const void *m_handle = nullptr;
};

} // namespace civicdesk::core

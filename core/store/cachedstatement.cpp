#include "core/store/cachedstatement.h"

#include "core/store/database.h"

namespace civicdesk::core {

CachedStatement::CachedStatement(const Database &db, QString sql) : m_db(db), m_sql(std::move(sql)) {}

CachedStatement::~CachedStatement() = default;

SqliteStatement &CachedStatement::get() const
{
    const QSqlDatabase db = m_db.connection();
    const void *handle = SqliteStatement::nativeHandle(db);
    if (!m_statement || m_handle != handle || m_connection != db.connectionName()) {
        m_statement = std::make_unique<SqliteStatement>(db, m_sql);
        m_connection = db.connectionName();
        m_handle = handle;
    } else {
        m_statement->reset();
    }
    return *m_statement;
}

} // namespace civicdesk::core

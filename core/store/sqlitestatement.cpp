#include "core/store/sqlitestatement.h"

#include "core/domain/error.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace civicdesk::core {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql) : m_sql(sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QStringLiteral("database: not a SQLite connection"));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK)
        fail("prepare");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const char *what) const
{
    throw Error(QStringLiteral("database: %1 (%2, in: %3)")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QLatin1String(what), m_sql.simplified().left(120)));
}

void SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindDouble(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // Read the message before reset() replaces it.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        throw Error(QStringLiteral("database: %1 (in: %2)").arg(message, m_sql.simplified().left(120)));
    }
    // Every caller binds every parameter for each row, so the bindings need no clearing.
    sqlite3_reset(m_statement);
}

} // namespace civicdesk::core

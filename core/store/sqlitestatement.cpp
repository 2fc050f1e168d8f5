#include "core/store/sqlitestatement.h"

#include "core/domain/error.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace civicdesk::core {

sqlite3 *SqliteStatement::nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QStringLiteral("database: not a SQLite connection"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(nativeHandle(db)), m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        fail("prepare");
    m_buffers.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const char *what) const
{
    throw Error(
        QStringLiteral("database: %1 (%2, in: %3)")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QLatin1String(what), m_sql.simplified().left(120)));
}

void SqliteStatement::bindText(int index, const QString &value)
{
    // Each parameter encodes into its own buffer, kept for the next row, and SQLite reads it in
    // place (SQLITE_STATIC): no allocation and no copy per field once the buffers have grown.
    if (index < 1 || index > static_cast<int>(m_buffers.size()))
        fail("bind");
    QByteArray &buffer = m_buffers[static_cast<size_t>(index - 1)];
    buffer.resize(m_encoder.requiredSpace(value.size()));
    const char *end = m_encoder.appendToBuffer(buffer.data(), value);
    const int length = static_cast<int>(end - buffer.constData());
    if (sqlite3_bind_text(m_statement, index, length > 0 ? buffer.constData() : "", length, SQLITE_STATIC) !=
        SQLITE_OK)
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

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
}

int SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // Read the message before reset() replaces it.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        throw Error(QStringLiteral("database: %1 (in: %2)").arg(message, m_sql.simplified().left(120)));
    }
    const int changed = sqlite3_changes(m_db);
    // Every caller binds every parameter for each row, so the bindings need no clearing.
    sqlite3_reset(m_statement);
    return changed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    throw Error(QStringLiteral("database: %1 (in: %2)").arg(message, m_sql.simplified().left(120)));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    // Reading UTF-8 and decoding once is cheaper than SQLite's own UTF-16 conversion, which
    // allocates a second copy inside SQLite first.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QByteArrayView SqliteStatement::utf8View(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

} // namespace civicdesk::core

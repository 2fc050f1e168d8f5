#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace civicdesk::core {

// A prepared statement on the native handle of a QSQLITE connection, for the hot write paths
// (bulk ticket inserts). QSqlQuery spends more time naming each positional parameter than
// SQLite spends inserting the row; this binds straight through SQLite's C API. It shares the
// connection, so it takes part in the connection's open transaction like any QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    // The native handle behind a QSQLITE connection; throws Error for any other driver.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    // Parameters are numbered from 1, as in SQLite.
    void bindText(int index, const QString &value); // a null QString binds ''
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &value); // copied: value need not outlive the call

    // Runs the statement to completion, then resets it for the next row; returns the rows it
    // inserted, updated or deleted (0 when a conditional write did nothing). Throws Error.
    int execute();

    // Reading: step() moves to the next row, false after the last one (then the statement is
    // reset and can be bound again). Columns are numbered from 0, as in SQLite.
    bool step();
    // Ready to bind and run again, even after a read that stopped before its last row.
    void reset();
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes as stored, for text that is parsed rather than shown (JSON).
    QByteArray utf8(int column) const;
    // The same bytes without a copy, valid until the next step(): for scans of many rows.
    QByteArrayView utf8View(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<QByteArray> m_buffers; // one per parameter, bound SQLITE_STATIC
};

} // namespace civicdesk::core

#include "core/store/transaction.h"

#include "core/domain/error.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace civicdesk::core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // SQLite's plain BEGIN takes the write lock only at the first write. If another connection
    // commits in between, that write fails at once with "database is locked" (the busy timeout
    // cannot help: the snapshot is stale). BEGIN IMMEDIATE takes the lock up front, where the
    // busy timeout waits for it.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw Error(
                QStringLiteral("database: cannot begin a transaction: %1").arg(begin.lastError().text()));
        return;
    }
    if (!m_db.transaction())
        throw Error(QStringLiteral("database: cannot begin a transaction: %1").arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw Error(QStringLiteral("database: commit failed: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace civicdesk::core

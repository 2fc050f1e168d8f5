#include "core/store/transaction.h"

#include "core/domain/error.h"

#include <QSqlError>

namespace civicdesk::core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
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

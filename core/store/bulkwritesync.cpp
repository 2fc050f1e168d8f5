#include "core/store/bulkwritesync.h"

#include "core/domain/error.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

namespace civicdesk::core {

BulkWriteSync::BulkWriteSync(const Database &db) : m_db(db.connection())
{
    SqlQuery level(m_db, QStringLiteral("PRAGMA synchronous"));
    level.exec();
    m_previous = level.next() ? level.value(0).toInt() : kFull;
    level.raw().finish();
    SqlQuery::execute(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_relaxed = true;
}

BulkWriteSync::~BulkWriteSync()
{
    try {
        restore();
    } catch (const Error &) {
        // A connection that cannot take a pragma fails its next statement with the reason.
    }
}

void BulkWriteSync::restore()
{
    if (!m_relaxed)
        return;
    SqlQuery::execute(m_db, QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
    m_relaxed = false;
}

} // namespace civicdesk::core

#pragma once

#include "core/store/database.h"
#include "core/sync/serversettings.h"
#include "core/sync/syncreport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace civicdesk::core {

class KnowledgeBaseSink;

// One sync, run synchronously on the calling thread: push the outbox, then pull what changed
// on the server since the cursor, then the catalogue and the knowledge base. The local store
// is used through Database::connection() of this thread; the server connection is the
// caller's. Throws SyncError; nothing local is lost whatever fails, and a retry is always safe.
class SyncSession
{
public:
    SyncSession(const Database &local, QSqlDatabase server, ServerSettings settings);

    void setKnowledgeBaseSink(KnowledgeBaseSink *sink) { m_kb = sink; }
    void setBatchSize(int changes) { m_batchSize = changes; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Off: the pull skips the catalogue and the knowledge base (a wake-up for ticket changes).
    void setPullSharedData(bool on) { m_shared = on; }
    // Called after each pushed batch is sent and before its reply is applied (fault tests).
    void setAfterSendHook(std::function<void()> hook) { m_afterSend = std::move(hook); }

    SyncReport push();
    SyncReport pull();
    SyncReport run();

    // Local sync bookkeeping (cursor, last sync time, catalogue version).
    static QString state(const Database &local, const QString &key, const QString &fallback = {});
    static void setState(const Database &local, const QString &key, const QString &value);
    static QDateTime lastSync(const Database &local);

private:
    template <typename F> auto onServer(F &&work);
    void pullCatalogue(SyncReport &report);
    void pullArticles(SyncReport &report);

    const Database &m_local;
    QSqlDatabase m_server;
    ServerSettings m_settings;
    KnowledgeBaseSink *m_kb = nullptr;
    int m_batchSize = 2000;
    int m_pageSize = 20000;
    bool m_shared = true;
    std::function<void()> m_afterSend;
};

} // namespace civicdesk::core

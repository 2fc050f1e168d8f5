#pragma once

#include "core/store/database.h"
#include "core/sync/serversettings.h"
#include "core/sync/syncreport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <unordered_map>

namespace civicdesk::core {

class KnowledgeBaseSink;
class SqlQuery;
class SqliteStatement;

// One sync, run synchronously on the calling thread: push the outbox, then pull what changed
// on the server since the cursor, then the catalogue and the knowledge base. The local store
// is used through Database::connection() of this thread; the server connection is the
// caller's. Throws SyncError; nothing local is lost whatever fails, and a retry is always safe.
class SyncSession
{
public:
    SyncSession(const Database &local, QSqlDatabase server, ServerSettings settings);
    ~SyncSession();
    Q_DISABLE_COPY_MOVE(SyncSession)

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
    // The pull's statements, prepared once per session: a worker keeps its session for as long
    // as its connection, so a wake-up costs one round trip per statement, not three (QPSQL
    // prepares, executes and deallocates each new query).
    SqlQuery &serverStatement(const QString &sql);
    SqliteStatement &localStatement(const QString &sql);
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
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_serverStatements;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_localStatements;
};

} // namespace civicdesk::core

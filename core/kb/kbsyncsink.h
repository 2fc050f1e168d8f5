#pragma once

#include "core/store/database.h"
#include "core/sync/knowledgebasesink.h"

#include <QMutex>
#include <QStringList>

namespace civicdesk::core {

// The knowledge base's side of sync: articles that administrators published on the server are
// written into the local KB through KbRepository, so they get versions and are searchable at
// once (the FTS index follows the table). An article the server holds but this client cannot
// accept (a bad field, a newer format) is skipped with a message; the others still land, and
// one bad article never stops the rest of sync.
class KbSyncSink : public KnowledgeBaseSink
{
public:
    explicit KbSyncSink(const Database &db) : m_db(db) {}

    // Called on the sync thread, outside any transaction: one import transaction per batch.
    void applyArticles(const QList<QJsonObject> &articles) override;

    // Why articles of the most recent batch were skipped, one line each ("<id>: <field>: ...").
    QStringList skipped() const;

    // The author recorded on the versions that sync writes.
    static QString author();

private:
    const Database &m_db;
    mutable QMutex m_mutex;
    QStringList m_skipped;
};

} // namespace civicdesk::core

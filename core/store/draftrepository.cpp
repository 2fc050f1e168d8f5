#include "core/store/draftrepository.h"

#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QJsonDocument>

namespace civicdesk::core {

namespace {
Draft draftFromRow(const SqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
            timestamps::fromDb(q.value(3))};
}
} // namespace

void DraftRepository::save(const Draft &draft) const
{
    SqlQuery(m_db.connection(), QStringLiteral("INSERT INTO drafts (id, kind, payload, updated_at) VALUES (?, ?, ?, ?) "
                                               "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                                               "payload = excluded.payload, updated_at = excluded.updated_at"))
        .bind(0, draft.id)
        .bind(1, draft.kind)
        .bind(2, QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact)))
        .bind(3, timestamps::toDb(draft.updatedAt))
        .exec();
}

std::optional<Draft> DraftRepository::find(const QString &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, kind, payload, updated_at FROM drafts WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next())
        return std::nullopt;
    return draftFromRow(q);
}

QList<Draft> DraftRepository::list(const QString &kind) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, kind, payload, updated_at FROM drafts "
                                                 "WHERE ? = '' OR kind = ? ORDER BY updated_at DESC"));
    q.bind(0, kind).bind(1, kind).exec();
    QList<Draft> drafts;
    while (q.next())
        drafts.append(draftFromRow(q));
    return drafts;
}

void DraftRepository::remove(const QString &id) const
{
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM drafts WHERE id = ?")).bind(0, id).exec();
}

} // namespace civicdesk::core

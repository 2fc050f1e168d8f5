#include "core/queue/savedviewrepository.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/queue/queuequery.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QCoreApplication>
#include <QUuid>

namespace civicdesk::core {

namespace {
SavedView fromRow(const SqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
            q.value(4).toString()};
}
} // namespace

QList<SavedView> SavedViewRepository::visibleTo(const QString &user) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, name, owner, shared, query FROM saved_views "
                              "WHERE owner = ? OR shared = 1 ORDER BY owner <> ?, name, id"));
    q.bind(0, user).bind(1, user).exec();
    QList<SavedView> views;
    while (q.next())
        views.append(fromRow(q));
    return views;
}

std::optional<SavedView> SavedViewRepository::find(const QString &id) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, name, owner, shared, query FROM saved_views WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

SavedView SavedViewRepository::save(SavedView view, Role role) const
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty() || view.name.size() > 200)
        throw Error(
            QCoreApplication::translate("SavedViewRepository", "name: 1 to 200 characters"),
            {{QStringLiteral("name"), QCoreApplication::translate("SavedViewRepository", "invalid")}});
    if (view.owner.isEmpty())
        throw Error(
            QCoreApplication::translate("SavedViewRepository", "owner: is required"),
            {{QStringLiteral("owner"), QCoreApplication::translate("SavedViewRepository", "is required")}});
    if (view.shared && !role::may(role, Permission::ShareViews))
        throw Error(
            QCoreApplication::translate("SavedViewRepository", "shared: a %1 may not share views")
                .arg(role::displayName(role).toLower()),
            {{QStringLiteral("shared"), QCoreApplication::translate("SavedViewRepository", "not allowed")}});
    view.query = QueueQuery::fromString(view.query).toString(); // validates and normalises
    SqlQuery existing(m_db.connection(),
                      QStringLiteral("SELECT id FROM saved_views WHERE owner = ? AND name = ?"));
    existing.bind(0, view.owner).bind(1, view.name).exec();
    if (existing.next())
        view.id = existing.value(0).toString();
    if (view.id.isEmpty())
        view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlQuery(m_db.connection(),
             QStringLiteral("INSERT INTO saved_views (id, name, owner, shared, query, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                            "name = excluded.name, shared = excluded.shared, query = excluded.query"))
        .bind(0, view.id)
        .bind(1, view.name)
        .bind(2, view.owner)
        .bind(3, view.shared ? 1 : 0)
        .bind(4, view.query)
        .bind(5, timestamps::toDb(Clock::current().nowUtc()))
        .exec();
    return view;
}

void SavedViewRepository::remove(const QString &id, const QString &user) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM saved_views WHERE id = ? AND owner = ?"));
    q.bind(0, id).bind(1, user).exec();
    if (q.numRowsAffected() != 1)
        throw Error(
            QCoreApplication::translate("SavedViewRepository", "view: no view of yours with id %1").arg(id),
            {{QStringLiteral("view"), QCoreApplication::translate("SavedViewRepository", "not found")}});
}

} // namespace civicdesk::core

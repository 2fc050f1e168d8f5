#include "core/queue/savedviewlistmodel.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/queue/queuesql.h"
#include "core/queue/queuestore.h"
#include "core/queue/savedviewrepository.h"

#include <QCoreApplication>

namespace civicdesk::core {

SavedViewListModel::SavedViewListModel(const Database &db, const Catalog &catalog, QString user,
                                       QObject *parent)
    : RowModel(parent), m_db(db), m_catalog(catalog), m_user(std::move(user))
{
    reload();
}

void SavedViewListModel::count(Entry &e) const
{
    try {
        const QueueQuery q = QueueQuery::fromString(e.view.query);
        const QDateTime now = Clock::current().nowUtc();
        e.count = QueueStore(m_db, m_catalog).count(q, now);
        e.warning = QueueSql::build(q, m_catalog, now).warnings.join(QStringLiteral("; "));
    } catch (const Error &error) {
        e.count = -1;
        e.warning = error.message();
    }
}

void SavedViewListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const SavedView &v : SavedViewRepository(m_db).visibleTo(m_user)) {
        Entry e{v, -1, {}};
        count(e);
        m_rows.append(e);
    }
    endResetModel();
}

void SavedViewListModel::refresh()
{
    for (Entry &e : m_rows)
        count(e);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

QVariant SavedViewListModel::rowData(const Row &e, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (e.count < 0)
            return QCoreApplication::translate("SavedViewListModel", "%1 (cannot open)").arg(e.view.name);
        return QCoreApplication::translate("SavedViewListModel", "%1 (%2)").arg(e.view.name).arg(e.count);
    case Qt::ToolTipRole:
    case WarningRole:
        return e.warning;
    case ViewIdRole:
        return e.view.id;
    case QueryRole:
        return e.view.query;
    case CountRole:
        return e.count;
    case SharedRole:
        return e.view.shared;
    default:
        return {};
    }
}

} // namespace civicdesk::core

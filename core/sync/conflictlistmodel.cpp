#include "core/sync/conflictlistmodel.h"

#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"

#include <QLocale>

namespace civicdesk::core {

ConflictListModel::ConflictListModel(const Database &db, QObject *parent)
    : TextTableModel(ColumnCount, parent), m_db(db)
{
    reload();
}

void ConflictListModel::reload()
{
    QList<ParkedChange> rows;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT change_id, reference, kind, reason, parked_at FROM sync_conflicts "
                              "ORDER BY parked_at DESC, change_id"));
    q.exec();
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), timestamps::fromDb(q.value(4))});
    resetRows(rows);
}

void ConflictListModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Transaction tx(m_db.connection());
    SqlQuery(m_db.connection(),
             QStringLiteral("INSERT INTO sync_outbox (change_id, kind, ticket_id, payload, created_at) "
                            "SELECT change_id, kind, ticket_id, payload, parked_at FROM sync_conflicts "
                            "WHERE change_id = ?"))
        .bind(0, m_rows.at(row).changeId)
        .exec();
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM sync_conflicts WHERE change_id = ?"))
        .bind(0, m_rows.at(row).changeId)
        .exec();
    tx.commit();
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConflictListModel::discard(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM sync_conflicts WHERE change_id = ?"))
        .bind(0, m_rows.at(row).changeId)
        .exec();
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString ConflictListModel::cellText(const ParkedChange &r, int column) const
{
    switch (column) {
    case Reference:
        return r.reference;
    case Kind:
        return r.kind;
    case Reason:
        return r.reason;
    case ParkedAt:
        return QLocale().toString(r.parkedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ConflictListModel::otherData(const ParkedChange &r, int role) const
{
    if (role == Qt::UserRole)
        return r.changeId;
    return {};
}

QString ConflictListModel::columnTitle(int column) const
{
    switch (column) {
    case Reference:
        return tr("Ticket");
    case Kind:
        return tr("Change");
    case Reason:
        return tr("Why the server refused it");
    case ParkedAt:
        return tr("When");
    default:
        return {};
    }
}

} // namespace civicdesk::core

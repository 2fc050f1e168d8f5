#pragma once

#include "core/commands/tickettarget.h"
#include "core/queue/queuequery.h"
#include "core/queue/queuerow.h"
#include "core/store/database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace civicdesk::core {

class Catalog;

// A queue view over the local store that never loads every row: it counts the view once and
// reads pages of rows as the view asks for them, keeping a few pages cached. Any column sorts
// (in SQL); the chosen columns come from the query. The view gets the rows a window at a time
// (canFetchMore/fetchMore, as QSqlQueryModel does): a table view keeps a header section per row,
// and building a million of them cost the first page more than its rows; totalCount() is the
// whole view's count.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        ReferenceRole,
        VersionRole,
        SlaStateRole,   // int, SlaReading::State
        SlaSecondsRole, // qint64
        RawValueRole,   // the column's stored value (ms for times, keys for enums)
        ColumnKeyRole,  // headerData: the column key
    };

    QueueModel(const Database &db, const Catalog &catalog, QObject *parent = nullptr);

    // Validates (throws Error and keeps the current view) and shows the view from its top.
    void setQuery(const QueueQuery &query);
    const QueueQuery &query() const { return m_query; }
    QStringList columnKeys() const { return m_columns; }
    QStringList warnings() const { return m_warnings; }
    qint64 totalCount() const { return m_count; }
    // Personal data columns (caller) are left out unless allowed.
    void setCallerDetailsAllowed(bool allowed);
    void setPageSize(int size) { m_pageSize = std::max(10, size); }
    // The rows the view gets at first and at each fetchMore().
    void setFetchSize(int rows) { m_fetchSize = std::max(1, rows); }
    void setDueSoonSeconds(qint64 seconds) { m_dueSoon = seconds; }

    // Reads the view again after a change or a sync, without a reset: rows stay where they are
    // (the view keeps its selection and scroll position), rows are added or removed at the end.
    void refresh();

    QList<TicketTarget> targets(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void queryChanged();

private:
    const QueueRow *rowAt(int row) const;
    QStringList visibleColumns(const QueueQuery &query) const;
    QString display(const QueueRow &row, int column) const;

    const Database &m_db;
    const Catalog &m_catalog;
    QueueQuery m_query;
    QStringList m_columns;
    QStringList m_warnings;
    qint64 m_count = 0;
    bool m_counted = false;
    QDateTime m_now;
    int m_pageSize = 100;
    int m_fetchSize = 2000;
    int m_shown = 0; // rows the view has fetched
    qint64 m_dueSoon = 4 * 3600;
    bool m_callerDetails = false;
    mutable QHash<int, QList<QueueRow>> m_pages;
    mutable QList<int> m_recent; // least recently used first
};

} // namespace civicdesk::core

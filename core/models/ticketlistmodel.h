#pragma once

#include "core/models/rowmodel.h"
#include "core/store/database.h"
#include "core/store/ticketsummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace civicdesk::core {

// The ticket list, newest first. It reads one page at a time (keyset paging on requested
// time), so a million-ticket store opens as fast as an empty one; views pull more pages
// through canFetchMore()/fetchMore() as the user scrolls.
class TicketListModel final : public RowModel<QAbstractTableModel, QList<TicketSummary>>
{
    Q_OBJECT

public:
    enum Column { Reference, Status, Service, Address, Requested, Expected, Priority, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, ReferenceRole, StatusKeyRole, IsOverdueRole };

    explicit TicketListModel(const Database &db, QObject *parent = nullptr);

    void setFilter(const TicketFilter &filter);
    TicketFilter filter() const { return m_filter; }
    void setPageSize(int size) { m_pageSize = size; }
    // Reloads from the first page (after a change in the store).
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TicketSummary &summary(int row) const { return m_rows.at(row); }
    // How many tickets match the filter in the store, not how many pages are loaded. Counted
    // (SELECT COUNT) on first use after each reload, so it stays current with every reload and
    // costs nothing until someone shows it.
    qint64 totalCount() const;

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    const Database &m_db;
    TicketFilter m_filter;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may call fetchMore() from inside an insert
    mutable std::optional<qint64> m_total;
};

} // namespace civicdesk::core

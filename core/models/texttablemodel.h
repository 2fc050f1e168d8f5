#pragma once

#include "core/models/rowmodel.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVariant>

namespace civicdesk::core {

// A flat table of text cells with titled columns (a ticket's notes and audit trail, parked sync
// conflicts, an import preview): a cell shows the same text as its tooltip, and a model names
// only its cells' text and its columns' titles.
template <typename Container> class TextTableModel : public RowModel<QAbstractTableModel, Container>
{
public:
    using Row = typename RowModel<QAbstractTableModel, Container>::Row;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
            return {};
        return columnTitle(section);
    }

protected:
    TextTableModel(int columns, QObject *parent)
        : RowModel<QAbstractTableModel, Container>(parent), m_columns(columns)
    {
    }

    QVariant rowData(const Row &row, int column, int role) const final
    {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return cellText(row, column);
        return otherData(row, role);
    }

    virtual QString cellText(const Row &row, int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Any role but display and tooltip (an id for the view's actions, say); none by default.
    virtual QVariant otherData(const Row &, int) const { return {}; }

private:
    int m_columns;
};

} // namespace civicdesk::core

#pragma once

#include <QAbstractItemModel>
#include <QVariant>
#include <utility>

namespace civicdesk::core {

// What CivicDesk's flat models share: their rows in one container (QList or std::vector), no
// children, the row behind an index, and a reset when a new set of rows replaces the old.
// Base is QAbstractListModel or QAbstractTableModel; the model itself adds Q_OBJECT, its
// columns and roles.
template <typename Base, typename Container> class RowModel : public Base
{
public:
    using Row = typename Container::value_type;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = rowAt(index);
        return row ? rowData(*row, index.column(), role) : QVariant();
    }

protected:
    explicit RowModel(QObject *parent) : Base(parent) {}

    // The row behind an index of this model, or nullptr for an index that is not one.
    const Row *rowAt(const QModelIndex &index) const
    {
        using Check = QAbstractItemModel::CheckIndexOption;
        if (!this->checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(static_cast<typename Container::size_type>(index.row()));
    }

    // What data() returns for a cell of this model: the row behind it, its column and the role.
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

    // Replaces every row at once (a new query, a reload); views start over.
    void resetRows(Container rows)
    {
        this->beginResetModel();
        m_rows = std::move(rows);
        this->endResetModel();
    }

    Container m_rows;
};

} // namespace civicdesk::core

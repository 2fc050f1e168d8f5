#pragma once

#include "core/models/rowmodel.h"
#include "core/queue/savedview.h"
#include "core/store/database.h"

#include <QAbstractListModel>

namespace civicdesk::core {

class Catalog;

// One saved view with its live count, as the list shows it.
struct SavedViewEntry
{
    SavedView view;
    qint64 count = -1; // -1: the view no longer parses
    QString warning;
};

// The saved views a user sees, each with its live count ("Overdue potholes (42)").
// refresh() counts again (after a change or a sync).
class SavedViewListModel final : public RowModel<QAbstractListModel, QList<SavedViewEntry>>
{
    Q_OBJECT

public:
    enum Role { ViewIdRole = Qt::UserRole + 1, QueryRole, CountRole, SharedRole, WarningRole };

    SavedViewListModel(const Database &db, const Catalog &catalog, QString user, QObject *parent = nullptr);

    void reload();  // the list itself (views added or removed)
    void refresh(); // the counts only
    const SavedView &view(int row) const { return m_rows.at(row).view; }

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    using Entry = SavedViewEntry;
    void count(Entry &entry) const;

    const Database &m_db;
    const Catalog &m_catalog;
    QString m_user;
};

} // namespace civicdesk::core

#pragma once

#include "core/catalog/catalog.h"
#include "core/models/rowmodel.h"
#include "core/queue/savedview.h"
#include "core/store/database.h"

#include <QAbstractListModel>
#include <QHash>
#include <QThreadPool>

namespace civicdesk::core {

// One saved view with its live count, as the list shows it.
struct SavedViewEntry
{
    SavedView view;
    qint64 count = -1;    // -1: the view no longer parses
    bool counted = false; // false until the count has come back from the worker
    QString warning;
};

// The saved views a user sees, each with its live count ("Overdue potholes (42)").
//
// The counts run on a worker thread with its own connection: at a million tickets ten views
// take about a tenth of a second to count, and the queue's first page must not wait for them.
// The list itself (names, queries, warnings) is there at once; each row shows its count when
// counted() has been emitted. refresh() counts again (after a change or a sync).
class SavedViewListModel final : public RowModel<QAbstractListModel, QList<SavedViewEntry>>
{
    Q_OBJECT

public:
    enum Role { ViewIdRole = Qt::UserRole + 1, QueryRole, CountRole, SharedRole, WarningRole };

    SavedViewListModel(const Database &db, const Catalog &catalog, QString user, QObject *parent = nullptr);
    ~SavedViewListModel() override;

    void reload();  // the list itself (views added or removed), then its counts
    void refresh(); // the counts only
    const SavedView &view(int row) const { return m_rows.at(row).view; }
    // True while a count runs or waits to run.
    bool counting() const { return m_pending > 0; }

Q_SIGNALS:
    // The counts of the newest reload() or refresh() have arrived.
    void counted();

private:
    using Entry = SavedViewEntry;
    using Counts = QHash<QString, qint64>; // view id → tickets
    QVariant rowData(const Row &row, int column, int role) const override;
    void startCount();
    void applyCounts(quint64 generation, const Counts &counts);

    const Database &m_db;
    const Catalog &m_catalog;
    QString m_user;
    // One worker: counts run one after another, and the destructor waits for the last.
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace civicdesk::core

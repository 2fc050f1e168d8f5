#include "core/queue/savedviewlistmodel.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/queue/queuesql.h"
#include "core/queue/queuestore.h"
#include "core/queue/savedviewrepository.h"
#include "core/queue/ticketcounts.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace civicdesk::core {

namespace {
// New tickets the queue may count itself before the worker folds them into the kept counts:
// a few hundred table pages at most, and not a write after every small sync.
constexpr qint64 kFoldAfter = 1000;
} // namespace

SavedViewListModel::SavedViewListModel(const Database &db, const Catalog &catalog, QString user,
                                       QObject *parent)
    : RowModel(parent), m_db(db), m_catalog(catalog), m_user(std::move(user))
{
    m_pool.setMaxThreadCount(1);
    reload();
}

SavedViewListModel::~SavedViewListModel()
{
    // The worker reads the store and the catalogue this model was given: it must be done
    // before their owner can go.
    m_pool.waitForDone();
}

void SavedViewListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QDateTime now = Clock::current().nowUtc();
    for (const SavedView &v : SavedViewRepository(m_db).visibleTo(m_user)) {
        Entry e{v, -1, false, {}};
        // Parsing and the warnings need no ticket: the list can say at once which views
        // cannot open or name a service that is gone.
        try {
            e.warning = QueueSql::build(QueueQuery::fromString(v.query), m_catalog, now)
                            .warnings.join(QStringLiteral("; "));
        } catch (const Error &error) {
            e.counted = true;
            e.warning = error.message();
        }
        m_rows.append(e);
    }
    endResetModel();
    startCount();
}

void SavedViewListModel::refresh()
{
    startCount();
}

void SavedViewListModel::startCount()
{
    QList<SavedView> views;
    for (const Entry &e : std::as_const(m_rows)) {
        if (e.count >= 0 || !e.counted)
            views.append(e.view);
    }
    const quint64 generation = ++m_generation;
    ++m_pending;
    const QDateTime now = Clock::current().nowUtc();
    // The catalogue is copied: an import may replace the store's catalogue while the worker counts.
    (void)QtConcurrent::run(&m_pool, [this, generation, views, now, catalog = m_catalog] {
        Counts counts;
        try {
            // The queue's first page reads the kept ticket counts (TicketCounts) and counts the
            // new tickets itself: this worker adds them to the counts off the UI thread, once
            // enough have come in to be worth a write.
            const TicketCounts kept(m_db);
            if (kept.uncounted() >= kFoldAfter)
                kept.fold();
        } catch (const Error &) {
            // A store that cannot be written counts the new tickets each time, as before.
        }
        try {
            const QueueStore store(m_db, catalog);
            for (const SavedView &v : views)
                counts.insert(v.id, store.count(QueueQuery::fromString(v.query), now));
        } catch (const Error &) {
            // A view that fails to count keeps its last count; the next refresh tries again.
        }
        m_db.closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, generation, counts] { applyCounts(generation, counts); }, Qt::QueuedConnection);
    });
}

void SavedViewListModel::applyCounts(quint64 generation, const Counts &counts)
{
    --m_pending;
    if (generation != m_generation)
        return; // a newer reload or refresh is on its way
    for (Entry &e : m_rows) {
        const auto found = counts.constFind(e.view.id);
        if (found == counts.constEnd())
            continue;
        e.count = *found;
        e.counted = true;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    Q_EMIT counted();
}

QVariant SavedViewListModel::rowData(const Row &e, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (!e.counted)
            return e.view.name;
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
        return e.counted ? QVariant(e.count) : QVariant();
    case SharedRole:
        return e.view.shared;
    default:
        return {};
    }
}

} // namespace civicdesk::core

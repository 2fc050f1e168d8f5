#include "core/queue/queuemodel.h"

#include "core/catalog/catalog.h"
#include "core/domain/channel.h"
#include "core/domain/clock.h"
#include "core/domain/priority.h"
#include "core/queue/queuecolumn.h"
#include "core/queue/queuestore.h"
#include "core/sla/slaclock.h"

#include <algorithm>
#include <limits>

namespace civicdesk::core {

namespace {
constexpr int kCachedPages = 32;

bool isTimeColumn(const QString &key)
{
    return key == QLatin1String("requested") || key == QLatin1String("updated") ||
           key == QLatin1String("due") || key == QLatin1String("acknowledged") ||
           key == QLatin1String("closed");
}
} // namespace

QueueModel::QueueModel(const Database &db, const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_catalog(catalog)
{
    m_columns = visibleColumns(m_query);
}

QStringList QueueModel::visibleColumns(const QueueQuery &query) const
{
    QStringList keys = query.columns.isEmpty() ? QueueColumn::defaultKeys() : query.columns;
    if (!m_callerDetails) {
        keys.removeIf([](const QString &k) {
            const QueueColumn *c = QueueColumn::find(k);
            return c && c->callerDetail;
        });
    }
    return keys;
}

void QueueModel::setCallerDetailsAllowed(bool allowed)
{
    if (m_callerDetails == allowed)
        return;
    m_callerDetails = allowed;
    if (!m_counted) {
        // Nothing read yet (a view being built): the first setQuery() reads with these columns,
        // so no count of the whole store here.
        beginResetModel();
        m_columns = visibleColumns(m_query);
        endResetModel();
        return;
    }
    setQuery(m_query);
}

void QueueModel::setQuery(const QueueQuery &query)
{
    query.validate();
    const QDateTime now = Clock::current().nowUtc();
    // A new sort or new columns select the same tickets: the count stands (unless time moved,
    // which changes "overdue").
    QueueQuery sameFilter = query;
    sameFilter.sortColumn = m_query.sortColumn;
    sameFilter.sortDescending = m_query.sortDescending;
    sameFilter.columns = m_query.columns;
    const bool countStands = m_counted && sameFilter == m_query && now == m_now;
    const qint64 count = countStands ? m_count : QueueStore(m_db, m_catalog).count(query, now);
    beginResetModel();
    m_query = query;
    m_columns = visibleColumns(query);
    m_warnings = QueueSql::build(query, m_catalog, now).warnings;
    m_now = now;
    m_count = count;
    m_shown = static_cast<int>(std::min<qint64>(count, m_fetchSize));
    m_counted = true;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
    Q_EMIT queryChanged();
}

void QueueModel::refresh()
{
    const QDateTime now = Clock::current().nowUtc();
    const qint64 count = QueueStore(m_db, m_catalog).count(m_query, now);
    const int oldRows = rowCount();
    m_now = now;
    m_pages.clear();
    m_recent.clear();
    // The rows fetched so far stay fetched (the scroll position holds), as far as the view has them.
    const int newRows = static_cast<int>(std::min<qint64>(count, std::max(oldRows, m_fetchSize)));
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_count = count;
        m_shown = newRows;
        endInsertRows();
    } else if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_count = count;
        m_shown = newRows;
        endRemoveRows();
    } else {
        m_count = count;
    }
    const int kept = std::min(oldRows, newRows);
    if (kept > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
}

const QueueRow *QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it =
            m_pages.insert(page, QueueStore(m_db, m_catalog)
                                     .page(m_query, m_columns, m_now, qint64(page) * m_pageSize, m_pageSize));
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int at = row - page * m_pageSize;
    return at < it->size() ? &it->at(at) : nullptr;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < std::min<qint64>(m_count, std::numeric_limits<int>::max());
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int rows = static_cast<int>(
        std::min<qint64>({m_count, qint64(m_shown) + m_fetchSize, std::numeric_limits<int>::max()}));
    beginInsertRows({}, m_shown, rows - 1);
    m_shown = rows;
    endInsertRows();
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString QueueModel::display(const QueueRow &row, int column) const
{
    const QString &key = m_columns.at(column);
    const QVariant &v = row.values.at(column);
    if (key == QLatin1String("sla")) {
        const SlaReading r = SlaClock(m_catalog).read(row.status, row.expectedAt, row.closedAt,
                                                      row.holdStartedAt, m_now, m_dueSoon);
        return SlaClock::describe(r);
    }
    if (key == QLatin1String("status")) {
        const auto s = ticketstatus::fromKey(v.toString());
        return s ? ticketstatus::displayName(*s) : v.toString();
    }
    if (key == QLatin1String("priority")) {
        const auto p = priority::fromKey(v.toString());
        return p ? priority::displayName(*p) : v.toString();
    }
    if (key == QLatin1String("channel")) {
        const auto c = channel::fromKey(v.toString());
        return c ? channel::displayName(*c) : v.toString();
    }
    if (isTimeColumn(key)) {
        if (v.isNull())
            return {};
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc())
            .toTimeZone(m_catalog.calendar.timeZone())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return v.toString();
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case TicketIdRole:
        return row->id;
    case ReferenceRole:
        return row->reference;
    case VersionRole:
        return row->version;
    case SlaStateRole:
    case SlaSecondsRole: {
        const SlaReading r = SlaClock(m_catalog).read(row->status, row->expectedAt, row->closedAt,
                                                      row->holdStartedAt, m_now, m_dueSoon);
        return role == SlaStateRole ? QVariant(static_cast<int>(r.state)) : QVariant(r.seconds);
    }
    case RawValueRole:
        return row->values.at(index.column());
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == ColumnKeyRole)
        return m_columns.at(section);
    if (role != Qt::DisplayRole)
        return {};
    const QueueColumn *c = QueueColumn::find(m_columns.at(section));
    return c ? c->displayTitle() : m_columns.at(section);
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    QueueQuery q = m_query;
    q.sortColumn = m_columns.at(column);
    q.sortDescending = order == Qt::DescendingOrder;
    if (q == m_query)
        return;
    // A sort keeps the chosen columns even when they were the defaults.
    if (q.columns.isEmpty())
        q.columns = m_columns;
    setQuery(q);
}

QList<TicketTarget> QueueModel::targets(const QList<int> &rows) const
{
    QList<TicketTarget> out;
    out.reserve(rows.size());
    for (int r : rows) {
        if (const QueueRow *row = rowAt(r))
            out.append({row->reference, row->version});
    }
    return out;
}

} // namespace civicdesk::core

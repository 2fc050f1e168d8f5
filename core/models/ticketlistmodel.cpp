#include "core/models/ticketlistmodel.h"

#include "core/domain/clock.h"
#include "core/store/ticketrepository.h"

#include <QLocale>

namespace civicdesk::core {

TicketListModel::TicketListModel(const Database &db, QObject *parent) : RowModel(parent), m_db(db)
{
    reload();
}

void TicketListModel::setFilter(const TicketFilter &filter)
{
    m_filter = filter;
    reload();
}

void TicketListModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows = TicketRepository(m_db).page(m_filter, std::nullopt, m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    m_total.reset();
    endResetModel();
    m_fetching = false;
}

qint64 TicketListModel::totalCount() const
{
    if (m_atEnd)
        return m_rows.size(); // everything is loaded: no need to ask the store
    if (!m_total)
        m_total = TicketRepository(m_db).count(m_filter);
    return *m_total;
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::rowData(const Row &t, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Reference:
            return t.reference;
        case Status:
            return ticketstatus::displayName(t.status);
        case Service:
            return t.serviceName.isEmpty() ? t.serviceCode : t.serviceName;
        case Address:
            return t.address;
        case Requested:
            return QLocale().toString(t.requestedAt.toLocalTime(), QLocale::ShortFormat);
        case Expected:
            return t.expectedAt.isValid()
                       ? QLocale().toString(t.expectedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Priority:
            return priority::displayName(t.priority);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Expected && t.expectedAt.isValid() && ticketstatus::isOpen(t.status) &&
            t.expectedAt < Clock::current().nowUtc())
            return tr("Past its expected date");
        return {};
    case TicketIdRole:
        return t.id;
    case ReferenceRole:
        return t.reference;
    case StatusKeyRole:
        return ticketstatus::toKey(t.status);
    case IsOverdueRole:
        return t.expectedAt.isValid() && ticketstatus::isOpen(t.status) &&
               t.expectedAt < Clock::current().nowUtc();
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Status:
        return tr("Status");
    case Service:
        return tr("Service");
    case Address:
        return tr("Address");
    case Requested:
        return tr("Requested");
    case Expected:
        return tr("Expected");
    case Priority:
        return tr("Priority");
    }
    return {};
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_fetching)
        return;
    const TicketSummary &last = m_rows.constLast();
    const QList<TicketSummary> more = TicketRepository(m_db).page(
        m_filter, TicketPageKey{last.requestedAt.toMSecsSinceEpoch(), last.id.toString(QUuid::WithoutBraces)},
        m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

} // namespace civicdesk::core

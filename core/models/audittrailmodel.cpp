#include "core/models/audittrailmodel.h"

#include "core/tickets/auditfield.h"

#include <QLocale>

namespace civicdesk::core {

void AuditTrailModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Actor:
            return e.actor;
        case Field:
            return auditfield::label(e.field);
        case OldValue:
            return auditfield::value(e.field, e.oldValue);
        case NewValue:
            return auditfield::value(e.field, e.newValue);
        }
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Actor:
        return tr("Who");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Before");
    case NewValue:
        return tr("After");
    }
    return {};
}

} // namespace civicdesk::core

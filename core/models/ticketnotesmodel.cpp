#include "core/models/ticketnotesmodel.h"

#include <QLocale>

namespace civicdesk::core {

void TicketNotesModel::setNotes(const QList<Note> &notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

int TicketNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int TicketNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_notes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Author:
            return n.author;
        case Visibility:
            return n.internal ? tr("Internal") : tr("Public");
        case Text:
            return n.text;
        }
    }
    return {};
}

QVariant TicketNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Author:
        return tr("Author");
    case Visibility:
        return tr("Visibility");
    case Text:
        return tr("Note");
    }
    return {};
}

} // namespace civicdesk::core

#pragma once

#include "core/domain/note.h"

#include <QAbstractTableModel>
#include <QList>

namespace civicdesk::core {

// A ticket's notes, oldest first, for the details pane.
class TicketNotesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Author, Visibility, Text, ColumnCount };

    explicit TicketNotesModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setNotes(const QList<Note> &notes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Note> m_notes;
};

} // namespace civicdesk::core

#pragma once

#include "core/domain/note.h"
#include "core/models/texttablemodel.h"

#include <QList>

namespace civicdesk::core {

// A ticket's notes, oldest first, for the details pane.
class TicketNotesModel final : public TextTableModel<QList<Note>>
{
    Q_OBJECT

public:
    enum Column { When, Author, Visibility, Text, ColumnCount };

    explicit TicketNotesModel(QObject *parent = nullptr) : TextTableModel(ColumnCount, parent) {}

    void setNotes(const QList<Note> &notes) { resetRows(notes); }

private:
    QString cellText(const Note &n, int column) const override;
    QString columnTitle(int column) const override;
};

} // namespace civicdesk::core

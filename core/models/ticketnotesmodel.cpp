#include "core/models/ticketnotesmodel.h"

#include <QLocale>

namespace civicdesk::core {

QString TicketNotesModel::cellText(const Note &n, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Author:
        return n.author;
    case Visibility:
        return n.internal ? tr("Internal") : tr("Public");
    case Text:
        return n.text;
    }
    return {};
}

QString TicketNotesModel::columnTitle(int column) const
{
    switch (column) {
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

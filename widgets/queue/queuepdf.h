#pragma once

#include "core/domain/ticket.h"

#include <QString>

class QAbstractItemModel;

namespace civicdesk::core {
class Catalog;
}

namespace civicdesk::widgets {

// PDF pages for the paper trail: one ticket with its notes and audit, or a queue view as a
// table (its first maxRows rows, fetched from a model that hands them out lazily; total is the
// whole view's count). A4, laid out by QTextDocument. Throw core::Error naming the file when it
// cannot be written.
class QueuePdf
{
public:
    static void writeTicket(const core::Ticket &ticket, const core::Catalog &catalog,
                            const QString &fileName);
    static void writeQueue(QAbstractItemModel &model, qint64 total, const QString &title,
                           const QString &fileName, int maxRows = 2000);
};

} // namespace civicdesk::widgets

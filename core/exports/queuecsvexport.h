#pragma once

#include "core/accounts/role.h"
#include "core/queue/queuequery.h"
#include "core/store/database.h"

#include <QString>
#include <QStringList>

namespace civicdesk::core {

class Catalog;

// The CSV export of a queue view: its rows, in its order, with the chosen columns. Caller
// details are left out unless the role may export them and the user asked for them. Written to
// a temporary file and renamed, so a failed export leaves no half file.
class QueueCsvExport
{
public:
    struct Options
    {
        QStringList columns; // empty = the view's columns
        bool bom = false;    // for Excel
        bool callerDetails = false;
    };

    QueueCsvExport(const Database &db, const Catalog &catalog, Role role)
        : m_db(db), m_catalog(catalog), m_role(role)
    {
    }

    // Returns the number of tickets written. Throws Error naming the file (e.g. a folder that
    // is not writable) or the column.
    qint64 write(const QueueQuery &query, const QString &fileName, const Options &options) const;

    // The columns an export would have, after the caller-details rule.
    QStringList columnsFor(const QueueQuery &query, const Options &options) const;

private:
    const Database &m_db;
    const Catalog &m_catalog;
    Role m_role;
};

} // namespace civicdesk::core

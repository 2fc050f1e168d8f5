#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A column a queue view can show and sort by: its key (in view strings and CSV headers), its
// title, and the SQL that reads and sorts it.
struct QueueColumn
{
    QString key;
    const char *title;         // translated in context "QueueColumn"
    QString select;            // SQL expression over table tickets
    QString sort;              // SQL expression to sort by
    bool callerDetail = false; // personal data: shown and exported only when the role allows

    QString displayTitle() const;

    static const QList<QueueColumn> &all();
    static const QueueColumn *find(const QString &key);
    static QStringList defaultKeys();
};

} // namespace civicdesk::core

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A CSV header, matched by spelling-insensitive names: cities publish one column as
// "Unique Key" (portal), "unique_key" (Socrata API) or "unique key" (mirrors), so two names
// match when they agree after case folding and removing spaces, underscores, dots and hyphens.
class CsvHeader
{
public:
    explicit CsvHeader(QStringList columns);

    // "Request.Type", "request_type" and "RequestType" all become "requesttype".
    static QString normalize(QStringView name);

    // The columns (indexes, in header order, each once) whose names match any of names.
    QList<int> find(const QStringList &names) const;
    const QStringList &columns() const { return m_columns; }
    QString column(int index) const { return m_columns.value(index); }
    // Socrata's system and computed columns (":id", ":@computed_region_...") and CKAN's "_id"
    // appear only in API downloads, never in the portals' CSV exports.
    bool hasApiColumns() const;

private:
    QStringList m_columns;               // trimmed
    QHash<QString, QList<int>> m_byName; // normalized name -> indexes
};

} // namespace civicdesk::core

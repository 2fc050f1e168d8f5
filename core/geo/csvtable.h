#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace civicdesk::core {

// A CSV file (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) as a header and
// rows, for address imports and batch district lookups.
class CsvTable
{
public:
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> rowLines; // the file line where each row starts, for error messages

    // Throws Error naming the source and line for an unterminated quote.
    static CsvTable parse(const QByteArray &data, const QString &source);
    // The index of a column by name (case-insensitive) or 0-based number; throws when absent.
    int column(const QString &nameOrIndex, const QString &option, const QString &source) const;
    QByteArray toCsv() const;
};

} // namespace civicdesk::core

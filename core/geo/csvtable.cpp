#include "core/geo/csvtable.h"

#include "core/csvimport/csvreader.h"
#include "core/domain/error.h"
#include "core/interop/csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>

namespace civicdesk::core {

CsvTable CsvTable::parse(const QByteArray &data, const QString &source)
{
    // One CSV reader for the whole project: quoting, BOMs, encodings and size limits are
    // handled (and fuzzed) in core/csvimport.
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, source);
    CsvTable table;
    QStringList record;
    while (reader.next(record)) {
        if (record.size() == 1 && record.first().isEmpty())
            continue; // a blank line
        if (table.header.isEmpty()) {
            table.header = record;
        } else {
            table.rows.push_back(record);
            table.rowLines.push_back(static_cast<int>(reader.line()));
        }
    }
    if (table.header.isEmpty())
        throw Error(
            QCoreApplication::translate("CsvTable", "%1: the file is empty (no header line)").arg(source));
    return table;
}

int CsvTable::column(const QString &nameOrIndex, const QString &option, const QString &source) const
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(nameOrIndex.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    bool ok = false;
    const int index = nameOrIndex.toInt(&ok);
    if (ok && index >= 0 && index < header.size())
        return index;
    throw Error(QCoreApplication::translate("CsvTable", "%1: --%2: no column \"%3\" (columns: %4)")
                    .arg(source, option, nameOrIndex, header.join(QStringLiteral(", "))),
                {{option, QCoreApplication::translate("CsvTable", "no such column")}});
}

QByteArray CsvTable::toCsv() const
{
    QByteArray out;
    CsvWriter writer(out, {false, QByteArrayLiteral("\n")});
    writer.writeRow(header);
    for (const auto &r : rows)
        writer.writeRow(r);
    return out;
}

} // namespace civicdesk::core

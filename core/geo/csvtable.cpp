#include "core/geo/csvtable.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

CsvTable CsvTable::parse(const QByteArray &data, const QString &source)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    CsvTable table;
    std::vector<QStringList> records;
    std::vector<int> lines;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1, quoteLine = 1;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records.push_back(record);
            lines.push_back(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        throw Error(QCoreApplication::translate("CsvTable", "%1:%2: a quoted field is never closed").arg(source).arg(quoteLine));
    if (fieldStarted || !record.isEmpty())
        endRecord();
    if (records.empty())
        throw Error(QCoreApplication::translate("CsvTable", "%1: the file is empty (no header line)").arg(source));
    table.header = records.front();
    table.rows.assign(records.begin() + 1, records.end());
    table.rowLines.assign(lines.begin() + 1, lines.end());
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

QString CsvTable::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QByteArray CsvTable::toCsv() const
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(quote(f));
        out += quoted.join(u',') + u'\n';
    };
    line(header);
    for (const auto &r : rows)
        line(r);
    return out.toUtf8();
}

} // namespace civicdesk::core

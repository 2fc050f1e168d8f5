#include "core/exports/csvwriter.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

void CsvWriter::writeBom()
{
    m_device.write("\xEF\xBB\xBF");
}

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString out = cell;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(quoted(neutralised(c)));
    const QByteArray line = out.join(u',').toUtf8() + "\r\n";
    if (m_device.write(line) != line.size())
        throw Error(
            QCoreApplication::translate("CsvWriter", "could not write: %1").arg(m_device.errorString()));
}

} // namespace civicdesk::core

#include "core/geo/geocsvreader.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

GeoCsvReader::GeoCsvReader(QIODevice &device, QString file)
    : m_file(std::move(file)), m_reader(device, m_file)
{
    if (!next(m_header))
        throw Error(QCoreApplication::translate("GeoCsvReader", "%1: the file is empty (no header line)")
                        .arg(m_file));
    m_headerLine = m_reader.line();
}

int GeoCsvReader::column(const QString &nameOrIndex, const QString &role) const
{
    for (qsizetype i = 0; i < m_header.size(); ++i)
        if (m_header.at(i).trimmed().compare(nameOrIndex.trimmed(), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    bool ok = false;
    const int index = nameOrIndex.toInt(&ok);
    if (ok && index >= 0 && index < m_header.size())
        return index;
    throw Error(QCoreApplication::translate("GeoCsvReader",
                                            "%1:%2: the header has no column \"%3\" (%4; columns: %5)")
                    .arg(m_file)
                    .arg(m_headerLine)
                    .arg(nameOrIndex, role, m_header.join(QStringLiteral(", "))),
                {{role, QCoreApplication::translate("GeoCsvReader", "no such column")}});
}

bool GeoCsvReader::next(QStringList &record)
{
    // A blank line reads as one empty field.
    while (m_reader.next(record))
        if (record.size() != 1 || !record.first().isEmpty())
            return true;
    return false;
}

} // namespace civicdesk::core

#include "core/csvimport/csvheader.h"

namespace civicdesk::core {

CsvHeader::CsvHeader(QStringList columns) : m_columns(std::move(columns))
{
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i] = m_columns.at(i).trimmed();
        m_byName[normalize(m_columns.at(i))].append(i);
    }
}

QString CsvHeader::normalize(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'.' || c == u'-')
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QList<int> CsvHeader::find(const QStringList &names) const
{
    QList<int> found;
    for (const QString &name : names) {
        for (const int i : m_byName.value(normalize(name))) {
            if (!found.contains(i))
                found.append(i);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool CsvHeader::hasApiColumns() const
{
    for (const QString &c : m_columns) {
        if (c.startsWith(u':') || c == QLatin1String("_id"))
            return true;
    }
    return false;
}

} // namespace civicdesk::core

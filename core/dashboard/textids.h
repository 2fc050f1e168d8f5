#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <vector>

namespace civicdesk::core {

// Small integer ids for the few distinct codes of a column (statuses, services, agencies,
// channels) while a scan reads a million rows: the dashboard keys its sums by id and turns an
// id back into text once per sum, not once per row.
class TextIds final
{
public:
    // The id of these bytes, a new one (the next number from 0) the first time they are seen.
    int id(QByteArrayView text);
    const QByteArray &text(int id) const { return m_texts.at(size_t(id)); }
    int size() const { return int(m_texts.size()); }

private:
    std::vector<QByteArray> m_texts;
    QHash<QByteArray, int> m_ids;
    int m_last = -1; // rows in index order often repeat the previous code
};

} // namespace civicdesk::core

#include "core/dashboard/textids.h"

namespace civicdesk::core {

int TextIds::id(QByteArrayView text)
{
    if (m_last >= 0 && m_texts[size_t(m_last)] == text)
        return m_last;
    // fromRawData: the lookup copies nothing; only a new code is stored.
    const auto found = m_ids.constFind(QByteArray::fromRawData(text.data(), text.size()));
    if (found != m_ids.cend()) {
        m_last = found.value();
        return m_last;
    }
    m_last = int(m_texts.size());
    m_texts.emplace_back(text.toByteArray());
    m_ids.insert(m_texts.back(), m_last);
    return m_last;
}

} // namespace civicdesk::core

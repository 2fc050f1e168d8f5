#include "core/kb/kbvocabulary.h"

#include "core/store/sqlitestatement.h"

#include <algorithm>

namespace civicdesk::core {

std::shared_ptr<const KbVocabulary> KbVocabulary::load(const QSqlDatabase &db)
{
    auto vocabulary = std::make_shared<KbVocabulary>();
    SqliteStatement q(db, QStringLiteral("SELECT term, doc FROM kb_fts_vocab"));
    while (q.step())
        vocabulary->m_terms.push_back({q.text(0), int(q.int64(1))});
    // FTS5 orders terms by their UTF-8 bytes; lookups compare QStrings (UTF-16), which order a
    // few characters beyond the Basic Multilingual Plane differently.
    const auto less = [](const Term &a, const Term &b) { return a.term < b.term; };
    if (!std::is_sorted(vocabulary->m_terms.cbegin(), vocabulary->m_terms.cend(), less))
        std::sort(vocabulary->m_terms.begin(), vocabulary->m_terms.end(), less);
    return vocabulary;
}

std::pair<std::vector<KbVocabulary::Term>::const_iterator, std::vector<KbVocabulary::Term>::const_iterator>
KbVocabulary::range(const QString &prefix) const
{
    const auto first = std::lower_bound(m_terms.cbegin(), m_terms.cend(), prefix,
                                        [](const Term &t, const QString &p) { return t.term < p; });
    auto last = first;
    while (last != m_terms.cend() && last->term.startsWith(prefix))
        ++last;
    return {first, last};
}

int KbVocabulary::documents(const QString &term) const
{
    const auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), term,
                                     [](const Term &t, const QString &p) { return t.term < p; });
    return it != m_terms.cend() && it->term == term ? it->documents : 0;
}

QList<KbVocabulary::Term> KbVocabulary::completions(const QString &prefix, int count) const
{
    const auto [first, last] = range(prefix);
    std::vector<const Term *> found;
    found.reserve(size_t(last - first));
    for (auto it = first; it != last; ++it)
        found.push_back(&*it);
    const auto more = [](const Term *a, const Term *b) {
        return a->documents != b->documents ? a->documents > b->documents : a->term < b->term;
    };
    const auto end = found.begin() + std::min<std::ptrdiff_t>(count, std::ssize(found));
    std::partial_sort(found.begin(), end, found.end(), more);
    QList<Term> out;
    for (auto it = found.begin(); it != end; ++it)
        out.append(**it);
    return out;
}

void KbVocabulary::forEachStartingWith(const QString &prefix, const std::function<void(const Term &)> &visit) const
{
    const auto [first, last] = range(prefix);
    std::for_each(first, last, visit);
}

} // namespace civicdesk::core

#include "core/kb/kbvocabulary.h"

#include "core/kb/kbquerytext.h"
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
    vocabulary->findCompounds();
    return vocabulary;
}

void KbVocabulary::findCompounds()
{
    // A caller says "light" where the KB says "streetlight", or "walk" for "sidewalk". Each part
    // has at least three letters and is a term itself; a part that is a stop word ("with" in
    // "without", "some" in "someone") joins no compound. Stems of real compounds are short, so
    // long terms (made-up names, codes) are not tried.
    constexpr qsizetype kMinPart = 3;
    constexpr qsizetype kLongest = 24;
    const auto isTerm = [this](QStringView part) {
        const auto it =
            std::lower_bound(m_terms.cbegin(), m_terms.cend(), part,
                             [](const Term &t, QStringView p) { return QStringView(t.term) < p; });
        return it != m_terms.cend() && QStringView(it->term) == part && !kbquerytext::isStopword(it->term);
    };
    for (qsizetype i = 0; i < qsizetype(m_terms.size()); ++i) {
        const QString &term = m_terms.at(size_t(i)).term;
        if (term.size() < 2 * kMinPart || term.size() > kLongest)
            continue;
        bool letters = true;
        for (const QChar c : term)
            letters = letters && c.isLetter();
        if (!letters)
            continue;
        for (qsizetype at = kMinPart; at + kMinPart <= term.size(); ++at) {
            const QStringView first = QStringView(term).left(at);
            const QStringView second = QStringView(term).mid(at);
            if (isTerm(first) && isTerm(second)) {
                m_compounds[first.toString()].append(i);
                m_compounds[second.toString()].append(i);
                break;
            }
        }
    }
    // In the order a search takes them, so that a common part costs no sort per query.
    for (QList<qsizetype> &places : m_compounds) {
        std::sort(places.begin(), places.end(), [this](qsizetype a, qsizetype b) {
            const Term &x = m_terms.at(size_t(a));
            const Term &y = m_terms.at(size_t(b));
            return x.documents != y.documents ? x.documents > y.documents : x.term < y.term;
        });
    }
}

QList<KbVocabulary::Term> KbVocabulary::compoundsOf(const QString &term, int count) const
{
    QList<Term> out;
    const auto it = m_compounds.constFind(term);
    if (it == m_compounds.cend())
        return out;
    for (qsizetype k = 0; k < it->size() && out.size() < count; ++k)
        out.append(m_terms.at(size_t(it->at(k))));
    return out;
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

void KbVocabulary::forEachStartingWith(const QString &prefix,
                                       const std::function<void(const Term &)> &visit) const
{
    const auto [first, last] = range(prefix);
    std::for_each(first, last, visit);
}

} // namespace civicdesk::core

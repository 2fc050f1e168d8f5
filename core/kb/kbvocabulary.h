#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace civicdesk::core {

// The knowledge base index's vocabulary: every term (a Porter stem) and how many articles hold
// it, read from FTS5 in one pass and kept in memory, sorted. It lets a search complete the word
// being typed to whole terms, find spelling corrections and tell common words from rare ones
// without reading the index once per keystroke (a prefix query made FTS5 merge the lists of
// every term it begins; counting a term's articles reads its whole list). Immutable once loaded:
// a search shares it between threads and loads a new one when the articles change.
class KbVocabulary
{
public:
    struct Term
    {
        QString term;
        int documents = 0;
    };

    // Reads kb_fts_vocab: slow on a large index, quick on a few hundred articles (docs/kb.md,
    // "Measured figures").
    static std::shared_ptr<const KbVocabulary> load(const QSqlDatabase &db);

    // Articles holding the term, 0 when none.
    int documents(const QString &term) const;
    // Up to `count` terms starting with `prefix`, those in the most articles first.
    QList<Term> completions(const QString &prefix, int count) const;
    // Each term starting with `prefix`, in order.
    void forEachStartingWith(const QString &prefix, const std::function<void(const Term &)> &visit) const;
    qsizetype size() const { return qsizetype(m_terms.size()); }
    // Up to `count` terms that are this term joined with another term of the vocabulary, either
    // way round ("light" -> streetlight, "walk" -> sidewalk, crosswalk), those in the most
    // articles first.
    QList<Term> compoundsOf(const QString &term, int count) const;

private:
    std::pair<std::vector<Term>::const_iterator, std::vector<Term>::const_iterator>
    range(const QString &prefix) const;

    void findCompounds();

    std::vector<Term> m_terms;                    // sorted by term
    QHash<QString, QList<qsizetype>> m_compounds; // a part -> the compounds' places in m_terms
};

} // namespace civicdesk::core

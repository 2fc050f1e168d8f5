#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>

namespace civicdesk::core {

// Words related to a caller's word, from the system's WordNet (Debian's wordnet-base): its
// synonyms ("couch" -> sofa), the broader terms above it ("rat" -> rodent, "couch" -> furniture)
// and, for small families, its neighbours under the same broader term ("lamp" -> light). Each
// comes with a weight below 1, so a search ranks it below the word itself.
//
// WordNet's files are large (25 MB) and slow to walk, so they are read once into a compact table
// (one line per word, its related words and weights) kept in the cache folder and rebuilt only
// when the WordNet files change: at install (`civicdesk-cli kb thesaurus --build`) or on first
// use, never per query. Missing or damaged WordNet files leave the thesaurus empty, with one
// warning in the log; search works without it. The table also lists every word WordNet knows,
// so that search can tell a caller's real word from a typo.
class KbThesaurus
{
public:
    struct Related
    {
        QString term; // lower case; one word or two ("light source")
        double weight = 0;
    };

    // The process's thesaurus, loaded (or built) on the first call; thread-safe.
    static std::shared_ptr<const KbThesaurus> shared();

    // Reads `wordnetDir` (index.noun, data.noun, ... as Debian installs them), using and renewing
    // the compact table at `tablePath`. Never throws: on trouble it warns once and is empty.
    static std::shared_ptr<const KbThesaurus> load(const QString &wordnetDir, const QString &tablePath);

    // Builds the compact table from WordNet's files, or returns an error message.
    static QString build(const QString &wordnetDir, const QString &tablePath);

    // Where the system's WordNet is (CIVICDESK_WORDNET_DIR, else /usr/share/wordnet) and where the
    // compact table is kept.
    static QString defaultWordnetDir();
    static QString defaultTablePath();

    // Related words, strongest first; a plural ("rats") is looked up as its singular too.
    QList<Related> related(const QString &word) const;
    // Whether the word is an English word WordNet knows, in any inflection ("paid", "tires",
    // "wanted"): such a word missing from the KB is the caller's own word, not a typo of one.
    bool knows(const QString &word) const;
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QHash<QString, QList<Related>> m_entries;
    QSet<QString> m_known;                 // WordNet's single-word lemmas
    QHash<QString, QString> m_inflections; // irregular forms ("paid" -> pay), from the .exc files
};

} // namespace civicdesk::core

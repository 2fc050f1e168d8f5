#pragma once

#include "core/kb/kbhit.h"
#include "core/kb/kbquery.h"
#include "core/kb/kbthesaurus.h"
#include "core/kb/kbvocabulary.h"
#include "core/store/database.h"

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMultiMap>
#include <QMutex>

namespace civicdesk::core {

class KbTokenizer;

// Finds articles from a caller's own words. Safe to call from several threads at once: each
// thread uses its own connection.
//
// Ranking: the typed words (stop words dropped) each become a group of alternatives: the word
// (a prefix while it is being typed), its synonyms from the kb_synonyms table, and spelling
// corrections from the index vocabulary when the word matches nothing. Articles matching every
// group come first; if they are too few, articles matching any group follow. Within each, the
// order is bm25 with field weights (title 2, questions 1.5, keywords 1.5, answer 1, script
// 0.5), multiplied by boosts for published, recently reviewed and helpful articles and by a
// bonus for each pair of adjacent typed words found side by side in the article. A query with
// more matches than can be ranked quickly (common words, a few letters) scores a capped set of
// the newest matches instead (see kbsearch.cpp and docs/kb.md).
class KbSearch
{
public:
    // `thesaurus`: related words for the caller's words; the system's WordNet unless given
    // (tests pass their own, or an empty one).
    explicit KbSearch(const Database &db, std::shared_ptr<const KbThesaurus> thesaurus = {});
    ~KbSearch();
    Q_DISABLE_COPY_MOVE(KbSearch)

    QList<KbHit> search(const KbQuery &query) const;

    // A match as the index and the article row give it, before the boosts, which depend on the
    // time (see kbsearch.cpp).
    struct FetchedRow
    {
        qint64 rowid = 0;
        KbHit hit; // without its score
        double rank = 0;
        QDate reviewBy;
        QDateTime reviewedAt;
        int helpful = 0;
        int notHelpful = 0;
        int outdated = 0;
    };

    // Loads the index vocabulary now, so that the first search does not (the console calls it
    // when the panel opens, the benchmark to time it). Returns the milliseconds it took.
    double prepare() const;

    // The baseline for `bench kb-relevance`: the typed words OR-ed, plain unweighted bm25 over
    // the same index, no synonyms, corrections, boosts or filters.
    QList<KbHit> plainBm25(const QString &text, int limit) const;

    // Re-reads the synonym table (after an administrator edits it).
    void reloadSynonyms();

    // The MATCH expression search() would run first, for tests and `kb search --explain`.
    QString matchExpression(const QString &text, bool asYouType) const;

private:
    struct Plan
    {
        QStringList groups;    // one FTS5 expression per typed term
        QStringList selective; // the groups that are not too common for "any word" matching
        QStringList anyWord;   // those the "any word" fallback asks (see plan())
        // Upper bounds from the vocabulary on the articles matching all groups and any selective
        // group; -1 when a group (a phrase, a two-word synonym) has no such bound.
        int allAtMost = -1;
        int anyAtMost = -1;
        // Words the thesaurus relates to the caller's words and the index holds, each as an FTS5
        // expression; with the "any word" groups they make a second, down-weighted query.
        QStringList related;
        int relatedAtMost = 0;
        // What else counts as a caller's word in an article's headings: its synonyms, and the
        // terms a word the index lacks was corrected to.
        QHash<QString, QStringList> forms;
        // The three MATCH expressions (every group; any "any word" group; those with the related
        // words) and the ranking each is run with (KbRanking), told the articles per phrase.
        QString all;
        QString any;
        QString withRelated;
        QString allRank;
        QString anyRank;
        QString withRelatedRank;
        qint64 generation = -1; // the kb_generation the plan was made at
    };
    Plan plan(const QString &text, bool asYouType) const;
    QStringList corrections(const KbVocabulary &vocabulary, const QString &word) const;
    void addRelated(Plan &p, const QString &word, const KbVocabulary &vocabulary,
                    const KbTokenizer &tokenizer) const;
    int cachedCount(const QSqlDatabase &db, const QString &expression, int atMost) const;
    // `current`, when given, tells whether it was read at the index's present generation (a large
    // one is reread in the background, and searches use the previous one meanwhile).
    std::shared_ptr<const KbVocabulary> vocabulary(const QSqlDatabase &db, bool *current = nullptr,
                                                   qint64 *generation = nullptr) const;
    // What search() reads again keystroke after keystroke, kept for one kb_generation: an
    // article's text for the headings and pairs checks, and a shown article's snippet.
    QStringList articleText(const QSqlDatabase &db, qint64 generation, qint64 rowid) const;
    void keepForGeneration(qint64 generation) const;
    // A ranked query's rows (see fetchRows() in kbsearch.cpp), kept while `marks` (the
    // kb_generation and the latest feedback) stay as they are.
    QList<FetchedRow> fetched(const QSqlDatabase &db, const QString &marks, const QString &match,
                              const QString &rank, const KbQuery &q, int fetch, bool capped) const;
    void loadVocabulary(const QSqlDatabase &db, qint64 generation) const;

    const Database &m_db;
    mutable QMutex m_mutex;
    QMultiMap<QString, QString> m_synonyms;
    std::shared_ptr<const KbThesaurus> m_thesaurus;
    // Facts about words reused across keystrokes (a call taker retypes the same words with one
    // more letter each time): capped match counts and spelling corrections. Dropped with the
    // vocabulary when the articles change (the kb_generation counter moves) or the synonyms are
    // reloaded.
    mutable QHash<QString, int> m_counts;
    mutable QHash<QString, QStringList> m_corrections;
    mutable qint64 m_textsGeneration = -1;
    mutable QHash<qint64, QStringList> m_texts; // rowid -> the five columns, headings, body
    mutable QHash<QString, QString> m_snippets; // snippet MATCH and rowid -> snippet
    mutable QString m_fetchedMarks;
    mutable QHash<QString, QList<FetchedRow>> m_fetched;
    // The vocabulary and the kb_generation it was read at. A small one is reloaded at once when
    // stale; a large one (a load that took long) in the background, searches using the previous
    // one meanwhile.
    mutable std::shared_ptr<const KbVocabulary> m_vocabulary;
    mutable qint64 m_vocabularyGeneration = -1;
    mutable double m_loadMs = 0;
    mutable QFuture<void> m_reload;
    mutable QMutex m_loadMutex; // one load at a time
};

} // namespace civicdesk::core

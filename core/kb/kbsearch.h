#pragma once

#include "core/kb/kbhit.h"
#include "core/kb/kbquery.h"
#include "core/store/database.h"

#include <QHash>
#include <QList>
#include <QMultiMap>
#include <QMutex>

namespace civicdesk::core {

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
    explicit KbSearch(const Database &db);

    QList<KbHit> search(const KbQuery &query) const;

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
    };
    Plan plan(const QString &text, bool asYouType) const;
    QStringList corrections(const QSqlDatabase &db, const QString &word) const;
    QString stemmedPrefix(const QSqlDatabase &db, const QString &typed) const;
    int cachedCount(const QSqlDatabase &db, const QString &expression, int atMost) const;
    void dropStaleCache(const QSqlDatabase &db) const;

    const Database &m_db;
    mutable QMutex m_mutex;
    QMultiMap<QString, QString> m_synonyms;
    // Facts about words reused across keystrokes (a call taker retypes the same words with one
    // more letter each time): capped match counts and spelling corrections. Dropped when an
    // article is added (the largest rowid changes) or the synonyms are reloaded. An edit of an
    // existing article can leave a count slightly off; counts only decide whether a word is too
    // common for "any word" matching and whether a query is ranked in full.
    mutable QHash<QString, int> m_counts;
    mutable QHash<QString, QStringList> m_corrections;
    mutable qint64 m_cacheRowid = -1;
};

} // namespace civicdesk::core

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace civicdesk::core {

// How the knowledge base index ranks a match: bm25 with the field weights of migration 0010
// (title 2, questions 1.5, keywords 1.5, answer 1, script 0.5), computed as FTS5's own bm25()
// computes it, except that the number of articles holding a phrase may be given instead of
// counted. bm25() counts each phrase's articles by reading its whole list of articles, once per
// query: for a word found in most of a 100,000-article index that is milliseconds, and a
// keystroke runs up to three ranked queries. The search knows most of those numbers from the
// vocabulary already. With the right numbers the scores are exactly those of bm25().
class KbRanking
{
public:
    // Makes the ranking function known to this connection's FTS5; once per connection.
    static void install(const QSqlDatabase &db);

    // The value for `kb_fts.rank MATCH ?`: the ranking, told how many articles hold each phrase
    // of the query's MATCH expression (in the order they appear in it), -1 where FTS5 is to
    // count. A list that does not have one entry per phrase is ignored: FTS5 then counts all.
    static QString rankFunction(const QList<qint64> &documents);
};

} // namespace civicdesk::core

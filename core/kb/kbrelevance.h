#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace civicdesk::core::kbrelevance {

// One judged query: what a caller said and the articles that answer it, by id or by title
// (several acceptable answers are separated by "|" in the file).
struct Case
{
    QString query;
    QStringList expected;
    int line = 0;
};

// One ranked answer as the evaluation sees it: it counts when its id or its title is expected.
struct Ranked
{
    QString id;
    QString title;
};

struct Scores
{
    double mrr = 0;    // mean reciprocal rank of the expected article within the top k
    double recall = 0; // share of queries whose expected article is in the top k
    int cases = 0;
    QStringList misses; // "query -> expected" for the cases not in the top k
    QStringList lower;  // "query -> expected at N (first: title)" for those found below rank 1
};

// A TSV "query<TAB>expected[|expected...]", with an optional header line starting "query<TAB>".
// Errors name the line.
QList<Case> parseCases(const QByteArray &tsv, const QString &sourceName);

// `rank` returns the answers it ranks first, best first.
Scores evaluate(const QList<Case> &cases, int k, const std::function<QList<Ranked>(const QString &)> &rank);

} // namespace civicdesk::core::kbrelevance

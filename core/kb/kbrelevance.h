#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace civicdesk::core::kbrelevance {

// One judged query: what a caller said and the article that answers it.
struct Case
{
    QString query;
    QString expectedId;
    int line = 0;
};

struct Scores
{
    double mrr = 0;    // mean reciprocal rank of the expected article within the top k
    double recall = 0; // share of queries whose expected article is in the top k
    int cases = 0;
    QStringList misses; // "query -> expected" for the cases not in the top k
};

// A TSV with a header line "query<TAB>expected_id". Errors name the line.
QList<Case> parseCases(const QByteArray &tsv, const QString &sourceName);

// `rank` returns the ids it ranks first, best first.
Scores evaluate(const QList<Case> &cases, int k, const std::function<QStringList(const QString &)> &rank);

} // namespace civicdesk::core::kbrelevance

#include "cli/relevancereport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace civicdesk::cli {

// Prints both sides of a relevance benchmark in one run, as text or one JSON object. The two
// figures are named by the caller (MRR@5 and recall@5, or top-1 and top-3).
void printRelevance(Context &c, const QString &file, const core::kbrelevance::Scores &civicdesk,
                    const core::kbrelevance::Scores &bm25, bool beats, const QString &firstKey,
                    const QString &secondKey, const QString &firstName, const QString &secondName)
{
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("cases"), civicdesk.cases},
                         {QStringLiteral("queries"), file},
                         {QStringLiteral("civicdesk_") + firstKey, std::round(civicdesk.mrr * 1000) / 1000},
                         {QStringLiteral("civicdesk_") + secondKey,
                          std::round(civicdesk.recall * 1000) / 1000},
                         {QStringLiteral("bm25_") + firstKey, std::round(bm25.mrr * 1000) / 1000},
                         {QStringLiteral("bm25_") + secondKey, std::round(bm25.recall * 1000) / 1000},
                         {QStringLiteral("civicdesk_beats_bm25"), beats}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return;
    }
    c.out << civicdesk.cases << " judged queries from " << file << "\n"
          << "CivicDesk:  " << firstName << " " << QString::number(civicdesk.mrr, 'f', 3) << ", "
          << secondName << " " << QString::number(civicdesk.recall, 'f', 3) << "\n"
          << "plain bm25: " << firstName << " " << QString::number(bm25.mrr, 'f', 3) << ", " << secondName
          << " " << QString::number(bm25.recall, 'f', 3) << "\n";
    if (c.args.has(QStringLiteral("verbose"))) {
        for (const QString &m : civicdesk.misses)
            c.out << "  CivicDesk missed: " << m << "\n";
        for (const QString &m : civicdesk.lower)
            c.out << "  CivicDesk ranked lower: " << m << "\n";
        for (const QString &m : bm25.misses)
            c.out << "  bm25 missed: " << m << "\n";
    }
}

} // namespace civicdesk::cli

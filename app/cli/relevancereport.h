#pragma once

#include "cli/command.h"
#include "core/kb/kbrelevance.h"

namespace civicdesk::cli {

// Prints both sides of a relevance benchmark (CivicDesk and plain bm25, one run) as text, or as
// one JSON object with --json; --verbose lists the misses. `firstKey`/`firstName` name the
// Scores' mrr figure and `secondKey`/`secondName` its recall figure (MRR@5 and recall@5 for the
// KB, top-1 and top-3 for the service picker).
void printRelevance(Context &c, const QString &file, const core::kbrelevance::Scores &civicdesk,
                    const core::kbrelevance::Scores &bm25, bool beats, const QString &firstKey,
                    const QString &secondKey, const QString &firstName, const QString &secondName);

} // namespace civicdesk::cli

#include "core/kb/kbspelling.h"

#include <QVarLengthArray>
#include <algorithm>

namespace civicdesk::core::kbspelling {

int allowedMistakes(qsizetype wordLength)
{
    if (wordLength < 4)
        return 0;
    return wordLength < 8 ? 1 : 2;
}

int stemDistance(const QString &word, const QString &term, int maxDistance)
{
    const qsizetype n = term.size();
    const qsizetype m = word.size();
    if (n == 0 || m == 0 || n > m + maxDistance || n + kMaxLeftover + maxDistance < m)
        return kFar;
    // Optimal string alignment distance; rows over the term, columns over the word, so the last
    // row holds the distance of the term to every start of the word.
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = term.at(i - 1) == word.at(j - 1) ? 0 : 1;
            int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && term.at(i - 1) == word.at(j - 2) && term.at(i - 2) == word.at(j - 1))
                d = std::min(d, prev2[j - 2] + 1);
            cur[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > maxDistance)
            return kFar;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    // Each character left over after the stem costs a quarter of a mistake: "tiket" is closer
    // to "ticket" (one insertion) than to "time" (one substitution, "t" left over).
    int best = kFar;
    for (qsizetype j = std::max<qsizetype>(1, m - kMaxLeftover); j <= m; ++j) {
        if (prev[j] <= maxDistance)
            best = std::min(best, prev[j] * 4 + int(m - j));
    }
    return best;
}

} // namespace civicdesk::core::kbspelling

#pragma once

#include <QString>

namespace civicdesk::core::kbspelling {

// Edit distance (insert, delete, substitute, swap of neighbours) between `term`, a word of the
// index vocabulary (a Porter stem such as "restaur"), and the best-fitting start of `word` as
// typed ("resturant"): the index holds stems, so the typed word may carry an ending the stem
// lacks. At most kMaxLeftover trailing characters may be left over.
// The result is in quarter mistakes: 4 per edit plus 1 per character left over, so that a full
// match beats a shorter stem. Returns a large number when no start of the word is within
// maxDistance edits.
int stemDistance(const QString &word, const QString &term, int maxDistance);
constexpr int kMaxLeftover = 3;
constexpr int kFar = 1000;

// How many typing mistakes a word of this length may have and still be corrected.
int allowedMistakes(qsizetype wordLength);

} // namespace civicdesk::core::kbspelling

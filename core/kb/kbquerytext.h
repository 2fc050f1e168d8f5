#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core::kbquerytext {

// One unit of what the call taker typed: a word, or a "quoted phrase" of several words.
struct Term
{
    QStringList words; // lower case; one word unless a phrase
    bool phrase = false;
    bool prefix = false; // the word still being typed
};

// Splits any input into terms. Nothing the user types is passed to FTS5 as syntax: operators,
// quotes, stars, brackets and colons only separate words, and a balanced pair of double quotes
// makes a phrase. With asYouType, a last word not followed by a space becomes a prefix.
// Capped at kMaxTerms terms that are not stop words (kMaxTermsWithStopwords in all) of at most
// kMaxWordLength characters, so pasted text stays cheap.
QList<Term> parse(const QString &input, bool asYouType);

constexpr int kMaxTerms = 12;
constexpr int kMaxTermsWithStopwords = 36;
constexpr int kMaxWordLength = 48;

bool isStopword(const QString &word);
// Drops stop words ("the", "my", "de"), unless that would leave nothing.
QList<Term> withoutStopwords(const QList<Term> &terms);

// An FTS5 string literal: always double-quoted, inner quotes doubled. Safe for any text.
QString quoted(const QString &text);
// The FTS5 expression for one term: "word", "word"* or "several words".
QString expression(const Term &term);

} // namespace civicdesk::core::kbquerytext

#include "core/kb/kbquerytext.h"

#include <QSet>

namespace civicdesk::core::kbquerytext {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

const QSet<QString> &stopwords()
{
    // Short function words in en/es/fr: they carry no meaning for finding an article and in a
    // large index they match nearly every row, which makes a query slow for nothing.
    static const QSet<QString> words = {
        QStringLiteral("a"),     QStringLiteral("an"),     QStringLiteral("the"),  QStringLiteral("and"),
        QStringLiteral("or"),    QStringLiteral("not"),    QStringLiteral("near"), QStringLiteral("of"),
        QStringLiteral("to"),    QStringLiteral("in"),     QStringLiteral("on"),   QStringLiteral("at"),
        QStringLiteral("for"),   QStringLiteral("is"),     QStringLiteral("are"),  QStringLiteral("was"),
        QStringLiteral("be"),    QStringLiteral("it"),     QStringLiteral("its"),  QStringLiteral("i"),
        QStringLiteral("me"),    QStringLiteral("my"),     QStringLiteral("we"),   QStringLiteral("our"),
        QStringLiteral("us"),    QStringLiteral("you"),    QStringLiteral("your"), QStringLiteral("they"),
        QStringLiteral("their"), QStringLiteral("them"),   QStringLiteral("he"),   QStringLiteral("she"),
        QStringLiteral("his"),   QStringLiteral("her"),    QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("there"), QStringLiteral("theres"), QStringLiteral("with"), QStringLiteral("by"),
        QStringLiteral("do"),    QStringLiteral("does"),   QStringLiteral("did"),  QStringLiteral("so"),
        QStringLiteral("can"),   QStringLiteral("some"),   QStringLiteral("any"),  QStringLiteral("have"),
        QStringLiteral("has"),   QStringLiteral("been"),   QStringLiteral("if"),   QStringLiteral("im"),
        QStringLiteral("from"),  QStringLiteral("about"),  QStringLiteral("what"), QStringLiteral("how"),
        QStringLiteral("where"), QStringLiteral("when"),   QStringLiteral("who"),  QStringLiteral("s"),
        QStringLiteral("t"),     QStringLiteral("el"),     QStringLiteral("la"),   QStringLiteral("los"),
        QStringLiteral("las"),   QStringLiteral("de"),     QStringLiteral("del"),  QStringLiteral("y"),
        QStringLiteral("un"),    QStringLiteral("una"),    QStringLiteral("que"),  QStringLiteral("mi"),
        QStringLiteral("le"),    QStringLiteral("les"),    QStringLiteral("des"),  QStringLiteral("du"),
        QStringLiteral("et"),    QStringLiteral("une"),    QStringLiteral("est"),  QStringLiteral("je")};
    return words;
}
} // namespace

QList<Term> parse(const QString &input, bool asYouType)
{
    QList<Term> terms;
    QStringList phraseWords;
    bool inPhrase = false;
    // A quote opens a phrase only when a closing quote follows; an unbalanced one is ignored.
    const qsizetype quoteCount = input.count(u'"');
    qsizetype quotesSeen = 0;
    QString word;

    auto flushWord = [&] {
        if (word.isEmpty())
            return;
        const QString w = word.left(kMaxWordLength).toLower();
        word.clear();
        if (inPhrase)
            phraseWords.append(w);
        else
            terms.append(Term{{w}, false, false});
    };
    for (const QChar c : input) {
        if (isWordChar(c)) {
            word += c;
            continue;
        }
        flushWord();
        if (c == u'"') {
            ++quotesSeen;
            if (inPhrase) {
                if (!phraseWords.isEmpty())
                    terms.append(Term{phraseWords, phraseWords.size() > 1, false});
                phraseWords.clear();
                inPhrase = false;
            } else if (quotesSeen < quoteCount) {
                inPhrase = true;
            }
        }
    }
    const bool endsInWord = !word.isEmpty();
    flushWord();
    for (const QString &w : std::as_const(phraseWords)) // an unclosed phrase becomes plain words
        terms.append(Term{{w}, false, false});
    if (asYouType && endsInWord && !inPhrase && !terms.isEmpty() && !terms.constLast().phrase)
        terms.last().prefix = true;
    // The cap counts the words that carry meaning: a caller's sentence is half stop words ("there's
    // a big hole in the road on my street that keeps blowing out tires"), and counting them cut
    // off the words that said what the call was about.
    qsizetype meaningful = 0;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (terms.at(i).phrase || !isStopword(terms.at(i).words.constFirst()))
            ++meaningful;
        if (meaningful > kMaxTerms || i >= kMaxTermsWithStopwords) {
            terms.resize(i);
            break;
        }
    }
    return terms;
}

bool isStopword(const QString &word)
{
    return stopwords().contains(word);
}

QList<Term> withoutStopwords(const QList<Term> &terms)
{
    QList<Term> kept;
    for (const Term &t : terms) {
        if (t.phrase || !isStopword(t.words.constFirst()))
            kept.append(t);
    }
    return kept.isEmpty() ? terms : kept;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString expression(const Term &term)
{
    return quoted(term.words.join(u' ')) + (term.prefix ? QStringLiteral("*") : QString());
}

} // namespace civicdesk::core::kbquerytext

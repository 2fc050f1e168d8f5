#pragma once

#include "core/kb/article.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace civicdesk::core {

// Makes any number of articles of realistic length and wording for benchmarks: words are drawn
// with the frequencies they have in the matching fields of the built-in articles (titles from
// titles, answers from answers), so term statistics look like a real KB's, not uniform noise.
class KbArticleGenerator
{
public:
    explicit KbArticleGenerator(const QList<Article> &sample, quint32 seed = 311);

    Article next();
    // A sentence in a caller's words, as typed into the search box.
    QString callerQuestion();

private:
    struct Bag
    {
        QStringList words; // with repeats: drawing uniformly follows the observed frequencies
    };
    QString sentence(const Bag &bag, int minWords, int maxWords);
    static void addWords(Bag &bag, const QString &text);

    QRandomGenerator m_random;
    Bag m_titles;
    Bag m_questions;
    Bag m_keywords;
    Bag m_answers;
    QStringList m_agencies;
    QStringList m_categories;
    int m_counter = 0;
};

} // namespace civicdesk::core

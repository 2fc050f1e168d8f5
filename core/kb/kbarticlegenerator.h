#pragma once

#include "core/kb/article.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <vector>

namespace civicdesk::core {

// Makes any number of articles of realistic length and wording for benchmarks.
//
// Word frequencies follow Zipf's law over a large vocabulary, as in real text: the words of the
// built-in articles, most frequent first, take the top ranks ("the", "your", "call", "trash"),
// and made-up pronounceable words ("brandelo": street names, programmes, places) fill the long
// tail. Each article also has a few topic words of its own that recur in its title, questions,
// keywords and answer, so a title word is specific to a few articles instead of being spread
// uniformly over all of them.
class KbArticleGenerator
{
public:
    explicit KbArticleGenerator(const QList<Article> &sample, quint32 seed = 311,
                                int vocabularySize = 200000);

    Article next();
    // The title or a question variant of an article generated so far, in lower case, as a call
    // taker would type it into the search box.
    QString typedText();

    qsizetype vocabularySize() const { return m_vocabulary.size(); }

private:
    QString word();
    QString topicWord();
    QString sentence(const QStringList &topic, double topicShare, int minWords, int maxWords);

    QRandomGenerator m_random;
    QStringList m_vocabulary;         // by rank, most frequent first
    std::vector<double> m_cumulative; // Zipf weights 1/rank, summed
    int m_firstContentRank = 0;       // ranks below are mostly function words
    QStringList m_agencies;
    QStringList m_categories;
    QStringList m_typed; // a sample of titles and questions already generated
    qint64 m_typedSeen = 0;
    int m_counter = 0;
};

} // namespace civicdesk::core

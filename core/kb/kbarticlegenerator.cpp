#include "core/kb/kbarticlegenerator.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace civicdesk::core {

namespace {
// Ranks below this are the most frequent words of the built-in articles ("the", "your",
// "city"): common to most articles, never anyone's topic.
constexpr int kFunctionWordRanks = 150;
// At most this many typed texts are kept to draw queries from (a uniform sample).
constexpr int kTypedSample = 20000;

QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text + u' ') {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    return out;
}
} // namespace

KbArticleGenerator::KbArticleGenerator(const QList<Article> &sample, quint32 seed, int vocabularySize)
    : m_random(seed)
{
    QHash<QString, int> counts;
    QSet<QString> agencies;
    QSet<QString> categories;
    for (const Article &a : sample) {
        if (a.language != QLatin1String("en"))
            continue;
        const QString text = a.title + u' ' + a.questionVariants.join(u' ') + u' ' + a.keywords.join(u' ') +
                             u' ' + a.answerMarkdown + u' ' + a.script;
        for (const QString &w : words(text))
            ++counts[w];
        if (!a.agency.isEmpty())
            agencies.insert(a.agency);
        if (!a.category.isEmpty())
            categories.insert(a.category);
    }
    m_vocabulary = counts.keys();
    std::sort(m_vocabulary.begin(), m_vocabulary.end(), [&](const QString &a, const QString &b) {
        const int ca = counts.value(a);
        const int cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    if (m_vocabulary.size() < kFunctionWordRanks)
        m_vocabulary += QStringList{QStringLiteral("the"), QStringLiteral("city"), QStringLiteral("service")};
    m_firstContentRank = int(std::min<qsizetype>(kFunctionWordRanks, m_vocabulary.size() / 2));

    // The long tail: made-up words from syllables, never equal to a real word above.
    static const char *const onsets[] = {"b",  "br", "c",  "ch", "d", "dr", "f", "fl", "g",
                                         "gr", "h",  "j",  "k",  "l", "m",  "n", "p",  "pl",
                                         "r",  "s",  "sh", "st", "t", "tr", "v", "w",  "z"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
    static const char *const codas[] = {"", "", "n", "r", "l", "s", "m", "nd", "st", "th"};
    QSet<QString> seen(m_vocabulary.cbegin(), m_vocabulary.cend());
    auto pick = [this](const auto &array) {
        return QLatin1String(array[m_random.bounded(int(std::size(array)))]);
    };
    while (m_vocabulary.size() < vocabularySize) {
        QString w;
        const int syllables = 2 + int(m_random.bounded(3));
        for (int i = 0; i < syllables; ++i)
            w += pick(onsets) + pick(vowels) + pick(codas);
        if (!seen.contains(w)) {
            seen.insert(w);
            m_vocabulary.append(w);
        }
    }
    m_cumulative.reserve(size_t(m_vocabulary.size()));
    double sum = 0;
    for (qsizetype rank = 1; rank <= m_vocabulary.size(); ++rank) {
        sum += 1.0 / double(rank);
        m_cumulative.push_back(sum);
    }

    m_agencies = agencies.values();
    m_agencies.sort();
    m_categories = categories.values();
    m_categories.sort();
    if (m_agencies.isEmpty())
        m_agencies = {QStringLiteral("DPW")};
    if (m_categories.isEmpty())
        m_categories = {QStringLiteral("General")};
}

QString KbArticleGenerator::word()
{
    const double target = m_random.generateDouble() * m_cumulative.back();
    const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return m_vocabulary.at(std::min<qsizetype>(at - m_cumulative.begin(), m_vocabulary.size() - 1));
}

QString KbArticleGenerator::topicWord()
{
    // Same Zipf law, without the function words: a topic may be "pothole" or "brandelo".
    for (;;) {
        const double target = m_random.generateDouble() * m_cumulative.back();
        const auto rank =
            std::lower_bound(m_cumulative.begin(), m_cumulative.end(), target) - m_cumulative.begin();
        if (rank >= m_firstContentRank && rank < m_vocabulary.size())
            return m_vocabulary.at(rank);
    }
}

QString KbArticleGenerator::sentence(const QStringList &topic, double topicShare, int minWords, int maxWords)
{
    const int count = int(m_random.bounded(minWords, maxWords + 1));
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(m_random.generateDouble() < topicShare ? topic.at(m_random.bounded(int(topic.size())))
                                                          : word());
    return out.join(u' ');
}

Article KbArticleGenerator::next()
{
    Article a;
    ++m_counter;
    a.id = QStringLiteral("gen-%1").arg(m_counter, 6, 10, QLatin1Char('0'));
    QStringList topic;
    const int topicWords = 3 + int(m_random.bounded(4));
    for (int i = 0; i < topicWords; ++i)
        topic.append(topicWord());
    QString title = sentence(topic, 0.5, 3, 8);
    title[0] = title.at(0).toUpper();
    a.title = title;
    const int questions = int(m_random.bounded(3, 6));
    for (int i = 0; i < questions; ++i)
        a.questionVariants.append(sentence(topic, 0.3, 4, 10));
    a.keywords = topic.mid(0, 2);
    const int keywords = int(m_random.bounded(2, 6));
    for (int i = 0; i < keywords; ++i)
        a.keywords.append(topicWord());
    // About 150-300 words in paragraphs and a bullet list, like the built-in answers.
    QStringList answer;
    answer.append(sentence(topic, 0.08, 25, 50) + u'.');
    answer.append(QStringLiteral("### ") + sentence(topic, 0.3, 2, 4));
    const int bullets = int(m_random.bounded(3, 7));
    for (int i = 0; i < bullets; ++i)
        answer.append(QStringLiteral("- ") + sentence(topic, 0.08, 8, 20));
    answer.append(sentence(topic, 0.08, 30, 70) + u'.');
    a.answerMarkdown = answer.join(u'\n');
    a.script = sentence(topic, 0.05, 15, 35) + u'.';
    a.agency = m_agencies.at(m_random.bounded(int(m_agencies.size())));
    a.category = m_categories.at(m_random.bounded(int(m_categories.size())));
    const quint32 stateRoll = m_random.bounded(100);
    a.state = stateRoll < 90   ? QStringLiteral("published")
              : stateRoll < 95 ? QStringLiteral("review")
                               : QStringLiteral("draft");
    a.audience = m_random.bounded(100) < 95 ? QStringLiteral("public") : QStringLiteral("internal");
    a.reviewBy = QDate(2026, 1, 1).addDays(m_random.bounded(730));
    a.owner = QStringLiteral("Generated");

    // Reservoir sampling keeps a uniform sample of every title and question generated so far.
    const QStringList texts = QStringList{a.title.toLower()} + a.questionVariants;
    for (const QString &t : texts) {
        ++m_typedSeen;
        if (m_typed.size() < kTypedSample) {
            m_typed.append(t);
        } else {
            const quint64 slot = m_random.bounded(quint64(m_typedSeen) + 1);
            if (slot < quint64(kTypedSample))
                m_typed[qsizetype(slot)] = t;
        }
    }
    return a;
}

QString KbArticleGenerator::typedText()
{
    if (m_typed.isEmpty())
        next();
    return m_typed.at(m_random.bounded(int(m_typed.size())));
}

} // namespace civicdesk::core

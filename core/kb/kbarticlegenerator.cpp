#include "core/kb/kbarticlegenerator.h"

#include <QSet>

namespace civicdesk::core {

KbArticleGenerator::KbArticleGenerator(const QList<Article> &sample, quint32 seed) : m_random(seed)
{
    QSet<QString> agencies;
    QSet<QString> categories;
    for (const Article &a : sample) {
        if (a.language != QLatin1String("en"))
            continue;
        addWords(m_titles, a.title);
        addWords(m_questions, a.questionVariants.join(u' '));
        addWords(m_keywords, a.keywords.join(u' '));
        addWords(m_answers, a.answerMarkdown + u' ' + a.script);
        if (!a.agency.isEmpty())
            agencies.insert(a.agency);
        if (!a.category.isEmpty())
            categories.insert(a.category);
    }
    m_agencies = agencies.values();
    m_agencies.sort();
    m_categories = categories.values();
    m_categories.sort();
    if (m_agencies.isEmpty())
        m_agencies = {QStringLiteral("DPW")};
    if (m_categories.isEmpty())
        m_categories = {QStringLiteral("General")};
    for (Bag *bag : {&m_titles, &m_questions, &m_keywords, &m_answers}) {
        if (bag->words.isEmpty())
            bag->words = {QStringLiteral("city"), QStringLiteral("service"), QStringLiteral("request")};
    }
}

void KbArticleGenerator::addWords(Bag &bag, const QString &text)
{
    QString word;
    for (const QChar c : text + u' ') {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            bag.words.append(word);
            word.clear();
        }
    }
}

QString KbArticleGenerator::sentence(const Bag &bag, int minWords, int maxWords)
{
    const int count = int(m_random.bounded(minWords, maxWords + 1));
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(bag.words.at(m_random.bounded(int(bag.words.size()))));
    return words.join(u' ');
}

Article KbArticleGenerator::next()
{
    Article a;
    ++m_counter;
    a.id = QStringLiteral("gen-%1").arg(m_counter, 6, 10, QLatin1Char('0'));
    QString title = sentence(m_titles, 3, 8);
    title[0] = title.at(0).toUpper();
    a.title = title;
    const int questions = int(m_random.bounded(3, 6));
    for (int i = 0; i < questions; ++i)
        a.questionVariants.append(sentence(m_questions, 4, 10));
    const int keywords = int(m_random.bounded(4, 9));
    for (int i = 0; i < keywords; ++i)
        a.keywords.append(sentence(m_keywords, 1, 2));
    // About 150-300 words in paragraphs and a bullet list, like the built-in answers.
    QStringList answer;
    answer.append(sentence(m_answers, 25, 50) + u'.');
    answer.append(QStringLiteral("### ") + sentence(m_titles, 2, 4));
    const int bullets = int(m_random.bounded(3, 7));
    for (int i = 0; i < bullets; ++i)
        answer.append(QStringLiteral("- ") + sentence(m_answers, 8, 20));
    answer.append(sentence(m_answers, 30, 70) + u'.');
    a.answerMarkdown = answer.join(u'\n');
    a.script = sentence(m_answers, 15, 35) + u'.';
    a.agency = m_agencies.at(m_random.bounded(int(m_agencies.size())));
    a.category = m_categories.at(m_random.bounded(int(m_categories.size())));
    const quint32 stateRoll = m_random.bounded(100);
    a.state = stateRoll < 90 ? QStringLiteral("published") : stateRoll < 95 ? QStringLiteral("review") : QStringLiteral("draft");
    a.audience = m_random.bounded(100) < 95 ? QStringLiteral("public") : QStringLiteral("internal");
    a.reviewBy = QDate(2026, 1, 1).addDays(m_random.bounded(730));
    a.owner = QStringLiteral("Generated");
    return a;
}

QString KbArticleGenerator::callerQuestion()
{
    return sentence(m_questions, 3, 8);
}

} // namespace civicdesk::core

// The benchmark's generated articles must look like a real knowledge base, or the benchmark
// measures nothing: realistic lengths, a large vocabulary, and title words that are specific to
// few articles instead of appearing in all of them.
#include "core/kb/kbarticlegenerator.h"
#include "core/kb/kbrepository.h"
#include "support/testmain.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace civicdesk;

class TestKbArticleGenerator : public QObject
{
    Q_OBJECT

private:
    static QStringList words(const QString &text)
    {
        static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
        return text.toLower().split(separators, Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void articlesAreRealisticAndNotDegenerate()
    {
        core::KbArticleGenerator generator(core::KbRepository::builtInArticles());
        constexpr int kArticles = 3000;
        QHash<QString, int> documentFrequency;
        QSet<QString> titles;
        qint64 totalWords = 0;
        for (int i = 0; i < kArticles; ++i) {
            const core::Article a = generator.next();
            QVERIFY(!a.title.isEmpty());
            titles.insert(a.title.toLower());
            const QStringList all = words(a.title + u' ' + a.questionVariants.join(u' ') + u' ' +
                                          a.keywords.join(u' ') + u' ' + a.answerMarkdown + u' ' + a.script);
            totalWords += all.size();
            const QSet<QString> distinct(all.cbegin(), all.cend());
            for (const QString &w : distinct)
                ++documentFrequency[w];
            const int answerWords = int(words(a.answerMarkdown).size());
            QVERIFY2(answerWords >= 80 && answerWords <= 400, qPrintable(QString::number(answerWords)));
            QVERIFY(a.questionVariants.size() >= 3);
        }
        QCOMPARE(titles.size(), kArticles); // no two articles share a title
        const double meanWords = double(totalWords) / kArticles;
        QVERIFY2(meanWords > 150 && meanWords < 400, qPrintable(QString::number(meanWords)));
        // Heaps' law: a few thousand articles already use tens of thousands of distinct words.
        QVERIFY2(documentFrequency.size() > 20000, qPrintable(QString::number(documentFrequency.size())));
        // Zipf: only a handful of (function) words occur in most articles; the typical word is rare.
        int inMost = 0;
        int inFew = 0;
        for (const int df : std::as_const(documentFrequency)) {
            inMost += df > kArticles / 2 ? 1 : 0;
            inFew += df <= 5 ? 1 : 0;
        }
        QVERIFY2(inMost < 60, qPrintable(QString::number(inMost)));
        QVERIFY2(inFew > documentFrequency.size() / 2, qPrintable(QString::number(inFew)));
    }

    void typedTextIsATitleOrQuestionOfAGeneratedArticle()
    {
        core::KbArticleGenerator generator(core::KbRepository::builtInArticles(), 7);
        QSet<QString> texts;
        for (int i = 0; i < 200; ++i) {
            const core::Article a = generator.next();
            texts.insert(a.title.toLower());
            for (const QString &q : a.questionVariants)
                texts.insert(q);
        }
        for (int i = 0; i < 100; ++i) {
            const QString typed = generator.typedText();
            QVERIFY2(texts.contains(typed), qPrintable(typed));
        }
    }
};

CIVICDESK_TEST_MAIN(TestKbArticleGenerator)
#include "test_kbarticlegenerator.moc"

// KbTokenizer and KbVocabulary: the index's own stems, the vocabulary's counts against FTS5's,
// completions in order of use, and a vocabulary that follows changes to the articles.
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/kb/kbtokenizer.h"
#include "core/kb/kbvocabulary.h"
#include "core/store/sqlquery.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QtTest>

using namespace civicdesk;

class TestKbVocabulary : public QObject
{
    Q_OBJECT

    testsupport::TempProfile m_profile;

    core::KbRepository repo() { return core::KbRepository(m_profile.store().database()); }

    static core::Article article(const QString &id, const QString &title, const QString &answer)
    {
        core::Article a;
        a.id = id;
        a.title = title;
        a.answerMarkdown = answer;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        repo().setEditors({QStringLiteral("tester")});
        repo().importAll({article(QStringLiteral("a"), QStringLiteral("Requests for collection"),
                                  QStringLiteral("Collections happen weekly.")),
                          article(QStringLiteral("b"), QStringLiteral("Request a permit"),
                                  QStringLiteral("Permits take a week.")),
                          article(QStringLiteral("c"), QStringLiteral("Recycling"),
                                  QStringLiteral("Recycle paper and requests."))},
                         QStringLiteral("tester"));
    }

    void tokenizerStemsAsTheIndexDoes()
    {
        const core::KbTokenizer tokenizer(m_profile.store().database().connection());
        QCOMPARE(tokenizer.terms(QStringLiteral("Requests for Collection")),
                 (QStringList{QStringLiteral("request"), QStringLiteral("for"), QStringLiteral("collect")}));
        QCOMPARE(tokenizer.term(QStringLiteral("Recolección")), QStringLiteral("recoleccion"));
        QCOMPARE(tokenizer.term(QStringLiteral("two words")), QString());
        QCOMPARE(tokenizer.term(QStringLiteral("...")), QString());
    }

    void countsMatchTheIndex()
    {
        const QSqlDatabase db = m_profile.store().database().connection();
        const auto vocabulary = core::KbVocabulary::load(db);
        core::SqlQuery q(db, QStringLiteral("SELECT term, doc FROM kb_fts_vocab"));
        q.exec();
        int terms = 0;
        while (q.next()) {
            QCOMPARE(vocabulary->documents(q.value(0).toString()), q.value(1).toInt());
            ++terms;
        }
        QVERIFY(terms > 10);
        QCOMPARE(vocabulary->size(), terms);
        QCOMPARE(vocabulary->documents(QStringLiteral("request")), 3);
        QCOMPARE(vocabulary->documents(QStringLiteral("nowhere")), 0);
    }

    void completionsMostUsedFirst()
    {
        const auto vocabulary = core::KbVocabulary::load(m_profile.store().database().connection());
        const QList<core::KbVocabulary::Term> re = vocabulary->completions(QStringLiteral("re"), 2);
        QCOMPARE(re.size(), 2);
        QCOMPARE(re.at(0).term, QStringLiteral("request"));
        QCOMPARE(re.at(0).documents, 3);
        QVERIFY(re.at(1).term.startsWith(QStringLiteral("re")));
        QVERIFY(vocabulary->completions(QStringLiteral("zz"), 5).isEmpty());
        QStringList seen;
        vocabulary->forEachStartingWith(QStringLiteral("perm"), [&](const core::KbVocabulary::Term &t) { seen.append(t.term); });
        QCOMPARE(seen, QStringList{QStringLiteral("permit")});
    }

    void stemsThePorterStemmerWouldChangeAreAskedAsWords()
    {
        // "hous" (house, housing) would be stemmed again to "hou" if asked as it is, and as a
        // prefix it would expand to every "hou..." term; it is asked as "house", which stems to it.
        repo().save(article(QStringLiteral("h"), QStringLiteral("Housing help"), QStringLiteral("Houses and housing.")),
                    QStringLiteral("tester"));
        const core::KbSearch search(m_profile.store().database());
        const QString expression = search.matchExpression(QStringLiteral("housi"), true);
        QVERIFY2(expression.contains(QStringLiteral("\"house\"")) && !expression.contains(u'*'), qPrintable(expression));
        core::KbQuery q;
        q.text = QStringLiteral("housi");
        QCOMPARE(search.search(q).value(0).id, QStringLiteral("h"));
        repo().remove(QStringLiteral("h"));
    }

    void searchFollowsNewWords()
    {
        // The search's vocabulary is read once, then again when the articles change: a word an
        // edit brings in completes on the next keystroke.
        const core::KbSearch search(m_profile.store().database());
        core::KbQuery q;
        q.text = QStringLiteral("zephy");
        QVERIFY(search.search(q).isEmpty());
        repo().save(article(QStringLiteral("d"), QStringLiteral("Zephyr festival"), QStringLiteral("Kites in the park.")),
                    QStringLiteral("tester"));
        const QList<core::KbHit> hits = search.search(q);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().id, QStringLiteral("d"));
        // Removing it takes the word out again, and the merged index still answers.
        repo().remove(QStringLiteral("d"));
        repo().optimizeIndex();
        QVERIFY(search.search(q).isEmpty());
        q.text = QStringLiteral("permi");
        QCOMPARE(search.search(q).value(0).id, QStringLiteral("b"));
    }
};

CIVICDESK_TEST_MAIN(TestKbVocabulary)
#include "test_kbvocabulary.moc"

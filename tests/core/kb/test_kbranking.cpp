// KbRanking: the KB's own bm25 gives exactly the scores of FTS5's bm25() with the same field
// weights, whether the phrase counts are given (from the index's vocabulary) or left to FTS5,
// and given counts are really used. Real SQLite store holding the built-in articles.
#include "core/kb/kbranking.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbtokenizer.h"
#include "core/store/sqlquery.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QRegularExpression>

using namespace civicdesk;

class TestKbRanking : public QObject
{
    Q_OBJECT

private:
    testsupport::TempProfile m_profile;

    QSqlDatabase db() { return m_profile.store().database().connection(); }

    // rowid -> score of every match, with FTS5's bm25() or with `rank` as the rank function.
    QHash<qint64, double> scores(const QString &match, const QString &rank = {})
    {
        core::SqlQuery q(
            db(), rank.isEmpty() ? QStringLiteral("SELECT rowid, bm25(kb_fts, 2.0, 1.5, 1.5, 1.0, 0.5) FROM "
                                                  "kb_fts WHERE kb_fts MATCH ?")
                                 : QStringLiteral("SELECT rowid, rank FROM kb_fts WHERE kb_fts MATCH ? "
                                                  "AND rank MATCH ?"));
        q.bind(0, match);
        if (!rank.isEmpty())
            q.bind(1, rank);
        q.exec();
        QHash<qint64, double> out;
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        return out;
    }

    // Articles holding a word, as the vocabulary reads it (the word as the index stems it).
    qint64 documents(const QString &word)
    {
        core::SqlQuery q(db(), QStringLiteral("SELECT doc FROM kb_fts_vocab WHERE term = ?"));
        q.bind(0, core::KbTokenizer(db()).term(word)).exec();
        return q.next() ? q.value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const core::KbRepository repo(m_profile.store().database());
        repo.importAll(core::KbRepository::builtInArticles(), QStringLiteral("tester"));
        core::KbRanking::install(db());
        core::KbRanking::install(db()); // a second time changes nothing
    }

    void sameScoresAsBm25_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QList<qint64>>("given"); // -2: the term's count from the vocabulary
        QTest::newRow("one word") << QStringLiteral("\"pothole\"") << QList<qint64>{-2};
        QTest::newRow("all words") << QStringLiteral("\"street\" AND \"light\"") << QList<qint64>{-2, -2};
        QTest::newRow("any word, a common one")
            << QStringLiteral("\"the\" OR \"trash\" OR \"collection\"") << QList<qint64>{-2, -2, -2};
        QTest::newRow("phrase and prefix left to FTS5")
            << QStringLiteral("(\"street light\" OR \"streetlight\") AND \"pot\"*")
            << QList<qint64>{-1, -2, -1};
        QTest::newRow("a word no article holds")
            << QStringLiteral("\"noise\" OR \"zzyzx\"") << QList<qint64>{-2, -2};
        QTest::newRow("counts that do not fit are ignored")
            << QStringLiteral("\"noise\" OR \"park\"") << QList<qint64>{5};
        QTest::newRow("no counts") << QStringLiteral("\"noise\" OR \"park\"") << QList<qint64>{};
    }

    void sameScoresAsBm25()
    {
        QFETCH(QString, match);
        QFETCH(QList<qint64>, given);
        // The terms of the phrases in order, for the vocabulary's counts.
        static const QRegularExpression phrase(QStringLiteral("\"([^\"]*)\""));
        QStringList terms;
        for (const auto &m : phrase.globalMatch(match))
            terms.append(m.captured(1));
        QList<qint64> counts;
        for (qsizetype i = 0; i < given.size(); ++i)
            counts.append(given.at(i) == -2 ? documents(terms.value(i)) : given.at(i));
        const QHash<qint64, double> expected = scores(match);
        QVERIFY(!expected.isEmpty());
        const QHash<qint64, double> actual = scores(match, core::KbRanking::rankFunction(counts));
        QCOMPARE(actual.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            // Exactly equal, not merely close: the order of ties must not change either.
            if (actual.value(it.key()) != it.value())
                QFAIL(qPrintable(QStringLiteral("rowid %1: %2 instead of %3")
                                     .arg(it.key())
                                     .arg(actual.value(it.key()), 0, 'g', 17)
                                     .arg(it.value(), 0, 'g', 17)));
        }
    }

    void givenCountsAreUsed()
    {
        // A count that differs from the index's changes the scores: the given count is the one
        // used, so the search must give the right one (tested through the search's own tests).
        const QString match = QStringLiteral("\"noise\"");
        const QHash<qint64, double> right =
            scores(match, core::KbRanking::rankFunction({documents(QStringLiteral("noise"))}));
        const QHash<qint64, double> wrong = scores(match, core::KbRanking::rankFunction({1}));
        QVERIFY(!right.isEmpty());
        const qint64 row = right.cbegin().key();
        QVERIFY(wrong.value(row) < right.value(row)); // rarer means a higher weight, a more negative rank
    }
};

CIVICDESK_TEST_MAIN(TestKbRanking)
#include "test_kbranking.moc"

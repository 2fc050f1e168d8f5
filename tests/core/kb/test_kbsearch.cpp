// KbSearch: ranking, synonyms, typos, prefixes, phrases, filters, boosts and hostile input,
// on a real SQLite store holding the built-in articles.
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/kb/kbarticlegenerator.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QScopeGuard>

using namespace civicdesk;

class TestKbSearch : public QObject
{
    Q_OBJECT

private:
    testsupport::TempProfile m_profile;
    std::unique_ptr<core::KbSearch> m_search;

    core::KbRepository repo() { return core::KbRepository(m_profile.store().database()); }

    QStringList ids(const QString &text, bool asYouType = false, int limit = 5)
    {
        core::KbQuery q;
        q.text = text;
        q.asYouType = asYouType;
        q.limit = limit;
        QStringList out;
        for (const auto &h : m_search->search(q))
            out.append(h.id);
        return out;
    }

    core::Article twin(const QString &id)
    {
        core::Article a;
        a.id = id;
        a.title = QStringLiteral("Zephyr quilting circle");
        a.answerMarkdown = QStringLiteral("The zephyr quilting circle meets on Mondays.");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        repo().setEditors({QStringLiteral("tester")});
        repo().importAll(core::KbRepository::builtInArticles(), QStringLiteral("tester"));
        m_search = std::make_unique<core::KbSearch>(m_profile.store().database());
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title words") << "report a pothole"
                                     << "kb-svc-pothole";
        QTest::newRow("caller words") << "nobody picked up our garbage"
                                      << "kb-svc-missed-collection";
        QTest::newRow("stemming") << "potholes"
                                  << "kb-svc-pothole";
        QTest::newRow("general info") << "library hours"
                                      << "kb-gen-library-hours";
        QTest::newRow("noise words around") << "hi yes so um the streetlight is out ok"
                                            << "kb-svc-streetlight-out";
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = ids(query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found.first(), expected);
    }

    void builtInSynonyms()
    {
        // "cab" is in the starting synonym table as taxi.
        QVERIFY2(ids(QStringLiteral("rude cab driver"))
                     .mid(0, 3)
                     .contains(QStringLiteral("kb-gen-taxi-complaint")),
                 qPrintable(ids(QStringLiteral("rude cab driver")).join(u',')));
    }

    void editableSynonyms()
    {
        QVERIFY(ids(QStringLiteral("zorblat")).isEmpty());
        repo().addSynonym(QStringLiteral("Zorblat"), QStringLiteral("pothole"));
        m_search->reloadSynonyms();
        QCOMPARE(ids(QStringLiteral("zorblat")).value(0), QStringLiteral("kb-svc-pothole"));
        repo().removeSynonym(QStringLiteral("zorblat"), QStringLiteral("pothole"));
        m_search->reloadSynonyms();
        QVERIFY(ids(QStringLiteral("zorblat")).isEmpty());
    }

    void multiWordSynonym()
    {
        // "pot hole" -> pothole is one term made of two words.
        QCOMPARE(ids(QStringLiteral("pot hole")).value(0), QStringLiteral("kb-svc-pothole"));
    }

    void typos_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing letter") << "grafiti on my wall"
                                        << "kb-svc-graffiti";
        QTest::newRow("swapped letters") << "potohle"
                                         << "kb-svc-pothole";
        QTest::newRow("wrong letter") << "streetlite out"
                                      << "kb-svc-streetlight-out";
        QTest::newRow("ending") << "recyling center hours"
                                << "kb-gen-recycling-center-hours";
    }
    void typos()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = ids(query);
        QVERIFY2(found.mid(0, 3).contains(expected),
                 qPrintable(query + QStringLiteral(": ") + found.join(u',')));
    }

    void typoNeverReplacesRealWords()
    {
        // A word that is in the index is searched as typed, without guessed alternatives.
        QVERIFY(!m_search->matchExpression(QStringLiteral("pothole"), false).contains(u'('));
        QVERIFY(m_search->matchExpression(QStringLiteral("potohle"), false).contains(QStringLiteral("OR")));
    }

    void prefixAsYouType()
    {
        QCOMPARE(ids(QStringLiteral("potho"), true).value(0), QStringLiteral("kb-svc-pothole"));
        QCOMPARE(ids(QStringLiteral("graff"), true).value(0), QStringLiteral("kb-svc-graffiti"));
        // As you type, the unfinished word becomes the whole terms it begins (the index holds
        // "pothol"); once finished, it is a word of its own (found only via correction).
        const QString typing = m_search->matchExpression(QStringLiteral("potho"), true);
        QVERIFY2(typing.contains(QStringLiteral("\"pothol\"")) &&
                     !typing.contains(QStringLiteral("\"potho\"")),
                 qPrintable(typing));
        const QString finished = m_search->matchExpression(QStringLiteral("potho "), true);
        QVERIFY2(finished.startsWith(QStringLiteral("(\"potho\" OR")), qPrintable(finished));
    }

    void prefixTypedPastTheStem()
    {
        // The index holds stems: "collection" is "collect", so "collecti" is a prefix of no
        // indexed term. As you type it becomes the stem and what the stem begins, not a spelling
        // correction.
        const QString expression = m_search->matchExpression(QStringLiteral("garbage collecti"), true);
        QVERIFY2(expression.endsWith(QStringLiteral("AND \"collect\"")) ||
                     expression.contains(QStringLiteral("(\"collect\" OR")),
                 qPrintable(expression));
        QVERIFY(!ids(QStringLiteral("garbage collecti"), true).isEmpty());
        // A final y the stemmer turns into i: "emergency" is indexed as "emergenc" or
        // "emergenci"; either way the typed word keeps finding articles.
        QVERIFY(!ids(QStringLiteral("emergency"), true).isEmpty());
        // A real typo still goes to the vocabulary when no shorter prefix matches anything.
        const QString typo = m_search->matchExpression(QStringLiteral("resturant"), true);
        QVERIFY2(typo.contains(QStringLiteral("\"restaur")), qPrintable(typo));
        QVERIFY(!ids(QStringLiteral("resturant"), true).isEmpty());
    }

    void phrase()
    {
        repo().save(twin(QStringLiteral("test-phrase-a")), QStringLiteral("tester"));
        core::Article b = twin(QStringLiteral("test-phrase-b"));
        b.title = QStringLiteral("Quilting for the zephyr festival");
        b.answerMarkdown = QStringLiteral("Bring quilting supplies. The zephyr parade starts at noon.");
        repo().save(b, QStringLiteral("tester"));
        const QStringList both = ids(QStringLiteral("zephyr quilting"));
        QVERIFY(both.contains(QStringLiteral("test-phrase-a")) &&
                both.contains(QStringLiteral("test-phrase-b")));
        const QStringList exact = ids(QStringLiteral("\"zephyr quilting\""));
        QCOMPARE(exact, QStringList{QStringLiteral("test-phrase-a")});
        repo().remove(QStringLiteral("test-phrase-a"));
        repo().remove(QStringLiteral("test-phrase-b"));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("findsPothole");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces") << "   \t " << false;
        QTest::newRow("lone quote") << "\"" << false;
        QTest::newRow("unbalanced quote") << "\"pothole" << true;
        QTest::newRow("three quotes") << "\"pothole\" \"street" << true;
        QTest::newRow("doubled quotes") << "\"\"pothole\"\"" << true;
        QTest::newRow("AND") << "pothole AND" << true;
        QTest::newRow("OR alone") << "OR" << false;
        QTest::newRow("NOT") << "NOT pothole" << true;
        QTest::newRow("NEAR") << "NEAR(pothole street, 2)" << true;
        QTest::newRow("star") << "*" << false;
        QTest::newRow("star prefix") << "*pothole" << true;
        QTest::newRow("star word") << "pot*hole" << false;
        QTest::newRow("caret") << "^pothole" << true;
        QTest::newRow("column filter") << "title:pothole" << true;
        QTest::newRow("column set") << "{title answer_markdown}: pothole" << true;
        QTest::newRow("minus") << "-pothole" << true;
        QTest::newRow("plus") << "pothole + street" << true;
        QTest::newRow("open paren") << "(pothole" << true;
        QTest::newRow("close paren") << "pothole)" << true;
        QTest::newRow("nested parens") << "((pothole OR) AND (" << true;
        QTest::newRow("semicolon") << "pothole'; DROP TABLE kb_articles; --" << true;
        QTest::newRow("percent") << "%pothole%" << true;
        QTest::newRow("backslash") << "pothole\\" << true;
        QTest::newRow("nul") << QStringLiteral("pot") + QChar(0) + QStringLiteral("hole") << false;
        QTest::newRow("emoji") << "🕳️ pothole 🚗" << true;
        QTest::newRow("arabic") << "حفرة في الطريق" << false;
        QTest::newRow("cjk") << "道路の穴" << false;
        QTest::newRow("combining") << "pothole\u0301" << false;
        QTest::newRow("rtl mark") << "\u200fpothole" << true;
        QTest::newRow("long word") << QString(5000, u'x') << false;
        QTest::newRow("many words") << QStringLiteral("pothole ").repeated(500) << true;
        QTest::newRow("operators only") << "AND OR NOT NEAR ( ) * : ^ \" + -" << false;
        QTest::newRow("lower operators") << "pothole and or not near" << true;
    }
    void hostileInput()
    {
        QFETCH(QString, query);
        QFETCH(bool, findsPothole);
        for (bool asYouType : {false, true}) {
            QStringList found;
            try {
                found = ids(query, asYouType);
            } catch (const core::Error &e) {
                QFAIL(qPrintable(e.message()));
            }
            if (findsPothole)
                QVERIFY2(found.contains(QStringLiteral("kb-svc-pothole")), qPrintable(found.join(u',')));
        }
        QVERIFY(m_search->plainBm25(query, 5).size() <= 5); // the baseline is just as safe
    }

    void filters()
    {
        core::KbQuery q;
        q.text = QStringLiteral("pothole");
        q.limit = 20;
        q.language = QStringLiteral("es");
        const auto spanish = m_search->search(q);
        QVERIFY(!spanish.isEmpty());
        for (const auto &h : spanish)
            QCOMPARE(h.language, QStringLiteral("es"));
        q.text = QStringLiteral("bache");
        QCOMPARE(m_search->search(q).value(0).id, QStringLiteral("kb-svc-pothole-es"));
        q.language.clear();
        q.agency = QStringLiteral("DPW");
        q.text = QStringLiteral("report");
        const auto dpw = m_search->search(q);
        QVERIFY(!dpw.isEmpty());
        for (const auto &h : dpw)
            QCOMPARE(h.agency, QStringLiteral("DPW"));
        q.agency.clear();
        q.audience = QStringLiteral("internal");
        for (const auto &h : m_search->search(q))
            QCOMPARE(repo().find(h.id)->audience, QStringLiteral("internal"));
    }

    void stateFilterAndRetired()
    {
        core::Article a = twin(QStringLiteral("test-retired"));
        a.state = QStringLiteral("retired");
        repo().save(a, QStringLiteral("tester"));
        // Retired is hidden by default. (Other articles may still come through the thesaurus's
        // words for "zephyr", such as wind.)
        QVERIFY(!ids(QStringLiteral("zephyr")).contains(QStringLiteral("test-retired")));
        core::KbQuery q;
        q.text = QStringLiteral("zephyr");
        q.state = QStringLiteral("retired");
        QCOMPARE(m_search->search(q).value(0).id, QStringLiteral("test-retired"));
        q.state = QStringLiteral("published");
        for (const auto &h : m_search->search(q))
            QCOMPARE(h.state, QStringLiteral("published"));
        repo().remove(QStringLiteral("test-retired"));
    }

    void boosts()
    {
        // Identical text: published beats draft, and helpful feedback beats none.
        core::Article draft = twin(QStringLiteral("test-boost-draft"));
        draft.state = QStringLiteral("draft");
        repo().save(draft, QStringLiteral("tester"));
        repo().save(twin(QStringLiteral("test-boost-published")), QStringLiteral("tester"));
        QCOMPARE(ids(QStringLiteral("zephyr quilting")).value(0), QStringLiteral("test-boost-published"));

        repo().save(twin(QStringLiteral("test-boost-helpful")), QStringLiteral("tester"));
        for (int i = 0; i < 3; ++i)
            repo().addFeedback({QStringLiteral("test-boost-helpful"),
                                QStringLiteral("helpful"),
                                {},
                                QStringLiteral("t"),
                                {}});
        QCOMPARE(ids(QStringLiteral("zephyr quilting")).value(0), QStringLiteral("test-boost-helpful"));
        for (int i = 0; i < 6; ++i)
            repo().addFeedback({QStringLiteral("test-boost-helpful"),
                                QStringLiteral("not_helpful"),
                                {},
                                QStringLiteral("t"),
                                {}});
        QCOMPARE(ids(QStringLiteral("zephyr quilting")).value(0), QStringLiteral("test-boost-published"));

        // Recently reviewed beats never reviewed.
        repo().save(twin(QStringLiteral("test-boost-reviewed")), QStringLiteral("tester"));
        repo().markReviewed(QStringLiteral("test-boost-reviewed"), QDate::currentDate().addYears(1),
                            QStringLiteral("tester"));
        QCOMPARE(ids(QStringLiteral("zephyr quilting")).value(0), QStringLiteral("test-boost-reviewed"));
        for (const QString &id :
             {QStringLiteral("test-boost-draft"), QStringLiteral("test-boost-published"),
              QStringLiteral("test-boost-helpful"), QStringLiteral("test-boost-reviewed")})
            repo().remove(id);
    }

    void freshnessToTheSecond()
    {
        // A review counts as fresh for 180 days: at exactly 180 days the boost holds, one second
        // later it is gone. Both the review time and "now" come from the injected clock.
        const QDateTime reviewedAt(QDate(2021, 3, 1), QTime(9, 30), Qt::UTC);
        core::FixedClock clock(reviewedAt);
        core::Clock::setCurrent(&clock);
        const auto restore = qScopeGuard([this] {
            core::Clock::setCurrent(nullptr);
            repo().remove(QStringLiteral("test-fresh-early"));
            repo().remove(QStringLiteral("test-fresh-late"));
        });
        const QDate reviewBy = reviewedAt.date().addYears(2);
        repo().save(twin(QStringLiteral("test-fresh-early")), QStringLiteral("tester"));
        repo().save(twin(QStringLiteral("test-fresh-late")), QStringLiteral("tester"));
        repo().markReviewed(QStringLiteral("test-fresh-early"), reviewBy, QStringLiteral("tester"));
        clock.advanceSecs(1);
        repo().markReviewed(QStringLiteral("test-fresh-late"), reviewBy, QStringLiteral("tester"));

        const auto scores = [this] {
            core::KbQuery q;
            q.text = QStringLiteral("zephyr quilting");
            QHash<QString, double> byId;
            for (const auto &h : m_search->search(q))
                byId.insert(h.id, h.score);
            return byId;
        };
        const qint64 freshFor = qint64(180) * 24 * 3600;
        clock.set(reviewedAt.addSecs(freshFor));
        const auto bothFresh = scores();
        QVERIFY(bothFresh.value(QStringLiteral("test-fresh-early")) > 0);
        QCOMPARE(bothFresh.value(QStringLiteral("test-fresh-early")),
                 bothFresh.value(QStringLiteral("test-fresh-late")));

        clock.set(reviewedAt.addSecs(freshFor + 1));
        const auto oneStale = scores();
        QCOMPARE(oneStale.value(QStringLiteral("test-fresh-late")),
                 bothFresh.value(QStringLiteral("test-fresh-late")));
        QCOMPARE(oneStale.value(QStringLiteral("test-fresh-early")) * 1.1,
                 oneStale.value(QStringLiteral("test-fresh-late")));
        QCOMPARE(ids(QStringLiteral("zephyr quilting")).value(0), QStringLiteral("test-fresh-late"));
    }

    void snippetsAndHits()
    {
        core::KbQuery q;
        q.text = QStringLiteral("pothole");
        const auto hits = m_search->search(q);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().rank, 1);
        QVERIFY(hits.first().snippet.contains(core::KbHit::kHighlightStart));
        QVERIFY(hits.first().snippet.contains(core::KbHit::kHighlightEnd));
        QCOMPARE(hits.first().serviceCodes, QStringList{QStringLiteral("POTHOLE")});
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }

    void snippetsWhileTypingALongPrefix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("marked"); // one of these words is marked
        // A prefix past the prefix index (4+ letters) gets the snippets of all hits from one
        // FTS5 query; each hit must still carry its own snippet with the typed word marked.
        QTest::newRow("one long prefix") << "potho" << QStringList{QStringLiteral("pothole")};
        QTest::newRow("stemmed prefix")
            << "garbage collecti"
            << QStringList{QStringLiteral("collect"), QStringLiteral("garbage"), QStringLiteral("trash")};
        // ("pot" itself is a whole word of the index, searched as typed; "sid" begins words.)
        QTest::newRow("short prefix, one lookup each") << "sid" << QStringList{QStringLiteral("sid")};
    }
    void snippetsWhileTypingALongPrefix()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, marked);
        core::KbQuery q;
        q.text = typed;
        q.limit = 8;
        const auto hits = m_search->search(q);
        QVERIFY(hits.size() >= 2);
        for (const core::KbHit &h : hits) {
            const qsizetype start = h.snippet.indexOf(core::KbHit::kHighlightStart);
            QVERIFY2(start >= 0, qPrintable(h.id + QStringLiteral(": ") + h.snippet));
            const qsizetype end = h.snippet.indexOf(core::KbHit::kHighlightEnd, start);
            QVERIFY2(end > start, qPrintable(h.id));
            const QString word = h.snippet.mid(start + 1, end - start - 1).toLower();
            QVERIFY2(std::any_of(marked.cbegin(), marked.cend(),
                                 [&](const QString &m) { return word.startsWith(m); }),
                     qPrintable(h.id + QStringLiteral(": ") + h.snippet));
        }
        // Each snippet is the hit's own: its words come from that article's text.
        for (const core::KbHit &h : hits) {
            const auto article = repo().find(h.id);
            QVERIFY(article);
            const QString text =
                (article->title + u' ' + article->questionVariants.join(u' ') + u' ' +
                 article->keywords.join(u' ') + u' ' + article->answerMarkdown + u' ' + article->script)
                    .simplified();
            QString plain = h.snippet;
            plain.remove(core::KbHit::kHighlightStart)
                .remove(core::KbHit::kHighlightEnd)
                .remove(QStringLiteral("…"));
            QVERIFY2(text.contains(plain.simplified().left(20)),
                     qPrintable(h.id + QStringLiteral(": ") + plain));
        }
    }

    void limitIsHonoured() { QCOMPARE(ids(QStringLiteral("city"), false, 3).size(), 3); }

    void oneUnfinishedLetterAfterWordsIsIgnored()
    {
        QCOMPARE(m_search->matchExpression(QStringLiteral("pothole s"), true), QStringLiteral("\"pothole\""));
        QCOMPARE(m_search->matchExpression(QStringLiteral("pothole sx"), true),
                 QStringLiteral("\"pothole\""));
        // Two letters that are a whole word of the index are the word, as `kb search` takes them
        // (one term's list, not the completions of a prefix).
        QCOMPARE(m_search->matchExpression(QStringLiteral("pothole st"), true),
                 QStringLiteral("\"pothole\" AND \"st\""));
        const QString third = m_search->matchExpression(QStringLiteral("pothole str"), true);
        QVERIFY2(third.startsWith(QStringLiteral("\"pothole\" AND (")) &&
                     third.contains(QStringLiteral("\"street\"")),
                 qPrintable(third));
        QVERIFY(!ids(QStringLiteral("s"), true).isEmpty()); // alone, one letter still searches
    }

    void largeIndexCapsBroadQueries()
    {
        // More matches than are ranked in full: a word in nearly every article ranks a capped set
        // of candidates, still sorted by score and within the limit; a specific word is ranked
        // over all its matches and finds its article first.
        testsupport::TempProfile p;
        const core::KbRepository r(p.store().database());
        core::KbArticleGenerator generator(core::KbRepository::builtInArticles(), 42, 20000);
        QList<core::Article> articles;
        for (int i = 0; i < 1500; ++i)
            articles.append(generator.next());
        core::Article quilting = twin(QStringLiteral("zephyr-quilting"));
        quilting.answerMarkdown += QStringLiteral(" Bring the fabric to the city hall.");
        articles.append(quilting);
        r.importAll(articles, QStringLiteral("tester"));
        const core::KbSearch search(p.store().database());
        core::KbQuery q;
        q.text = QStringLiteral("the ");
        q.limit = 10;
        const QList<core::KbHit> broad = search.search(q);
        QCOMPARE(broad.size(), 10);
        for (qsizetype i = 1; i < broad.size(); ++i)
            QVERIFY(broad.at(i - 1).score >= broad.at(i).score);
        q.text = QStringLiteral("the zephyr qui");
        const QList<core::KbHit> specific = search.search(q);
        QVERIFY(!specific.isEmpty());
        QCOMPARE(specific.constFirst().id, QStringLiteral("zephyr-quilting"));
    }

    void cachedWordFactsFollowNewArticles()
    {
        // A word that matched nothing (and was spelling-corrected) finds the article added with
        // it later: cached counts and corrections only add alternatives, never hide the word.
        testsupport::TempProfile p;
        const core::KbRepository r(p.store().database());
        r.setEditors({QStringLiteral("tester")});
        r.importAll(core::KbRepository::builtInArticles(), QStringLiteral("tester"));
        const core::KbSearch search(p.store().database());
        core::KbQuery q;
        q.text = QStringLiteral("quokkas");
        q.asYouType = false;
        const QList<core::KbHit> before = search.search(q);
        QVERIFY(before.isEmpty() || before.constFirst().id != QLatin1String("kb-quokka"));
        core::Article quokka = twin(QStringLiteral("kb-quokka"));
        quokka.title = QStringLiteral("Quokkas at the city zoo");
        r.save(quokka, QStringLiteral("tester"));
        const QList<core::KbHit> after = search.search(q);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.constFirst().id, QStringLiteral("kb-quokka"));
    }

    void indexFollowsEdits()
    {
        core::Article a = *repo().find(QStringLiteral("kb-svc-pothole"));
        a.keywords.append(QStringLiteral("quagmire"));
        repo().save(a, QStringLiteral("tester"));
        QCOMPARE(ids(QStringLiteral("quagmire")).value(0), QStringLiteral("kb-svc-pothole"));
        a.keywords.removeLast();
        repo().save(a, QStringLiteral("tester"));
        QVERIFY(!ids(QStringLiteral("quagmire")).contains(QStringLiteral("kb-svc-pothole")));
    }
};

CIVICDESK_TEST_MAIN(TestKbSearch)
#include "test_kbsearch.moc"

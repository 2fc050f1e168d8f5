// KbSearch and a caller's own words: compounds written together or apart (en, es, fr), typos in
// several words at once, whole words above other words of the same stem, the same list for the
// same final text however it was typed, and hostile input. Real SQLite store, no thesaurus (its
// own test covers it), so what is checked here is the index's words alone.
#include "core/kb/kbrelevance.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/kb/kbthesaurus.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>

using namespace civicdesk;

class TestKbSearchWords : public QObject
{
    Q_OBJECT

private:
    testsupport::TempProfile m_profile;        // the articles below
    testsupport::TempProfile m_builtInProfile; // the built-in articles
    std::unique_ptr<core::KbSearch> m_search;
    std::unique_ptr<core::KbSearch> m_builtIn;

    static core::Article article(const QString &id, const QString &title, const QString &body,
                                 const QString &language = QStringLiteral("en"))
    {
        core::Article a;
        a.id = id;
        a.title = title;
        a.answerMarkdown = body;
        a.language = language;
        return a;
    }

    QStringList ids(const QString &text, bool asYouType = false, int limit = 5,
                    const core::KbSearch *search = nullptr) const
    {
        core::KbQuery q;
        q.text = text;
        q.asYouType = asYouType;
        q.limit = limit;
        QStringList out;
        for (const auto &h : (search ? search : m_search.get())->search(q))
            out.append(h.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QList<core::Article> articles{
            article(QStringLiteral("t-speed-bump"), QStringLiteral("Request a speed bump"),
                    QStringLiteral("Residents may ask for a speed bump on a residential block.")),
            article(QStringLiteral("t-sidewalk"), QStringLiteral("Broken sidewalk"),
                    QStringLiteral("Report a cracked or lifted sidewalk slab.")),
            article(QStringLiteral("t-streetlight"), QStringLiteral("Broken street light"),
                    QStringLiteral("A street light that is out, flickering or knocked down.")),
            article(QStringLiteral("t-walk-signal"), QStringLiteral("Walk signal not working"),
                    QStringLiteral("The walk sign at a crossing stays dark or never changes.")),
            article(QStringLiteral("t-signs"), QStringLiteral("Missing or damaged signs"),
                    QStringLiteral("A stop, yield or street sign that is missing, bent or turned.")),
            article(QStringLiteral("t-bus-shelter"), QStringLiteral("Bus shelter"),
                    QStringLiteral("Shelters stand on the side of the road at a bus stop.")),
            article(QStringLiteral("t-block-party"), QStringLiteral("Block party permit"),
                    QStringLiteral("Close your block to traffic for a party; apply 30 days ahead.")),
            article(QStringLiteral("t-blocked-drive"), QStringLiteral("Blocked driveway"),
                    QStringLiteral("A car blocking a driveway is towed by parking enforcement.")),
            article(QStringLiteral("t-es-agua"), QStringLiteral("Corte de agua potable"),
                    QStringLiteral("Si no tiene agua potable en casa, llame al servicio de aguas."),
                    QStringLiteral("es")),
            article(QStringLiteral("t-es-medio"), QStringLiteral("Denuncias de medioambiente"),
                    QStringLiteral("Ruidos, humo y vertidos: la oficina de medioambiente los inspecciona."),
                    QStringLiteral("es")),
            article(
                QStringLiteral("t-fr-lave"), QStringLiteral("Collecte des lave-vaisselle"),
                QStringLiteral("Les gros appareils comme un lave-vaisselle sont ramassés sur rendez-vous."),
                QStringLiteral("fr")),
            article(QStringLiteral("t-fr-autoroute"), QStringLiteral("Bruit de l'autoroute"),
                    QStringLiteral("Le bruit de l'autoroute est mesuré par la direction des routes."),
                    QStringLiteral("fr")),
        };
        core::KbRepository(m_profile.store().database()).importAll(articles, QStringLiteral("tester"));
        const auto noThesaurus = std::make_shared<const core::KbThesaurus>();
        m_search = std::make_unique<core::KbSearch>(m_profile.store().database(), noThesaurus);
        core::KbRepository(m_builtInProfile.store().database())
            .importAll(core::KbRepository::builtInArticles(), QStringLiteral("tester"));
        m_builtIn = std::make_unique<core::KbSearch>(m_builtInProfile.store().database(), noThesaurus);
    }

    void compounds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en split") << "speedbump"
                                  << "t-speed-bump";
        QTest::newRow("en split in a sentence") << "need a speedbump on our street"
                                                << "t-speed-bump";
        QTest::newRow("en join") << "the side walk is broken"
                                 << "t-sidewalk";
        QTest::newRow("es split") << "no hay aguapotable"
                                  << "t-es-agua";
        QTest::newRow("es join") << "denuncia de medio ambiente"
                                 << "t-es-medio";
        QTest::newRow("fr split") << "collecte lavevaisselle"
                                  << "t-fr-lave";
        QTest::newRow("fr join") << "bruit auto route"
                                 << "t-fr-autoroute";
    }
    void compounds()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = ids(query);
        QVERIFY2(!found.isEmpty() && found.constFirst() == expected, qPrintable(found.join(u',')));
    }

    // A run-together word is searched as its two words, not only as the phrase: the signs article
    // never says "stop sign", but holds both words.
    void runTogetherWordsAreTwoWords()
    {
        QCOMPARE(ids(QStringLiteral("stopsign")).value(0), QStringLiteral("t-signs"));
        QCOMPARE(ids(QStringLiteral("stopsign down")).value(0), QStringLiteral("t-signs"));
    }

    // The cap on a query's terms counts the words that mean something: in a long sentence, the
    // words after a dozen stop words still count.
    void longSentencesKeepTheirLastWords()
    {
        QCOMPARE(
            ids(QStringLiteral("so it is that on the way to the shop we saw that there is no speed bump"))
                .value(0),
            QStringLiteral("t-speed-bump"));
    }

    // A caller's word that the index holds only inside a compound of two of its words: "walk"
    // also finds sidewalk (side + walk), weighted below the word itself, so "cracked walk" finds
    // the cracked sidewalk.
    void wordsFindTheCompoundsThatHoldThem()
    {
        QCOMPARE(ids(QStringLiteral("cracked walk")).value(0), QStringLiteral("t-sidewalk"));
        // The article that says the word itself ranks above the one holding it in a compound.
        QCOMPARE(ids(QStringLiteral("walk")),
                 (QStringList{QStringLiteral("t-walk-signal"), QStringLiteral("t-sidewalk")}));
    }

    void typosInEveryWord()
    {
        // Each word is corrected, not only the last: 1 mistake for 4-7 letters, 2 from 8.
        QCOMPARE(ids(QStringLiteral("brokn stret lihgt")).value(0), QStringLiteral("t-streetlight"));
        QCOMPARE(ids(QStringLiteral("brokn sidewlak")).value(0), QStringLiteral("t-sidewalk"));
        QCOMPARE(ids(QStringLiteral("resdential speeed bump")).value(0), QStringLiteral("t-speed-bump"));
        // Three letters are never corrected: too many words are one letter away.
        QVERIFY(!ids(QStringLiteral("xqz")).contains(QStringLiteral("t-speed-bump")));
    }

    void wholeWordAboveOtherWordsOfItsStem()
    {
        // "block" and "blocked" share the stem: the article that says "block" comes first.
        QCOMPARE(ids(QStringLiteral("block")).value(0), QStringLiteral("t-block-party"));
        QCOMPARE(ids(QStringLiteral("blocked")).value(0), QStringLiteral("t-blocked-drive"));
        QCOMPARE(ids(QStringLiteral("my block")).value(0), QStringLiteral("t-block-party"));
    }

    // As you type, a finished text gives the list `kb search` gives for it, and a shorter list is
    // always the start of a longer one. (The panel searches an unfinished last word as final
    // when typing pauses; its own test types the queries key by key.)
    void finalTextGivesTheSameListAsTyped()
    {
        QFile file(qEnvironmentVariable("CIVICDESK_SOURCE_DIR", QStringLiteral("..")) +
                   QStringLiteral("/tests/data/kb-relevance.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto cases = core::kbrelevance::parseCases(file.readAll(), file.fileName());
        QVERIFY(cases.size() >= 30);
        QStringList texts{QStringLiteral("noise"), QStringLiteral("when is my trash picked up"),
                          QStringLiteral("speedbump")};
        for (qsizetype i = 0; i < 30; ++i)
            texts.append(cases.at(i).query);
        const core::KbSearch *b = m_builtIn.get();
        for (const QString &text : std::as_const(texts)) {
            const QStringList whole = ids(text, false, 10, b);
            // A space ends the last word: as you type, the text is then searched as final.
            QVERIFY2(ids(text + u' ', true, 10, b) == whole, qPrintable(text));
            QVERIFY2(ids(text + u' ', true, 20, b).mid(0, 10) == whole, qPrintable(text));
            QCOMPARE(ids(text, false, 3, b), whole.mid(0, 3));
        }
        // So is a text whose last word is a whole word of the index, a stop word, or one that
        // begins no word of the index (a compound, a typo).
        for (const QString &text : {QStringLiteral("noise"), QStringLiteral("when is my trash picked up"),
                                    QStringLiteral("speedbump"), QStringLiteral("my garbage")})
            QVERIFY2(ids(text, true, 10, b) == ids(text, false, 10, b), qPrintable(text));
        QVERIFY(!ids(QStringLiteral("noise"), true, 10, b).isEmpty());
        // A word still being typed is completed: "potho" finds the pothole article.
        QCOMPARE(ids(QStringLiteral("potho"), true, 5, b).value(0), QStringLiteral("kb-svc-pothole"));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("stop words only") << "the and of to is it";
        QTest::newRow("punctuation only") << "?!... ;;; --- ((( ))) \"\" ** ^^";
        QTest::newRow("4000 characters")
            << QString(QStringLiteral("pothole street light ")).repeated(200).left(4000);
        QTest::newRow("one 4000-letter word") << QString(4000, u'a');
        QTest::newRow("cyrillic") << "яма на дороге";
        QTest::newRow("cjk") << "路上有一个坑";
        QTest::newRow("emoji") << "🕳️🚗💥 🙂";
        QTest::newRow("fts syntax") << "NEAR(pothole AND OR NOT *) \"unbalanced";
    }
    void hostileInput()
    {
        QFETCH(QString, query);
        for (const bool asYouType : {false, true}) {
            const QStringList found = ids(query, asYouType, 10);
            QVERIFY(found.size() <= 10);
        }
        if (query.startsWith(QLatin1String("pothole street")))
            QVERIFY(ids(query, false, 5, m_builtIn.get()).contains(QStringLiteral("kb-svc-pothole")));
        if (query.startsWith(u'?'))
            QVERIFY(ids(query).isEmpty());
    }
};

CIVICDESK_TEST_MAIN(TestKbSearchWords)
#include "test_kbsearchwords.moc"

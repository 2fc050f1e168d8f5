// KbThesaurus: WordNet's files read into the compact table once, related words weighted below
// the word itself, and a missing or damaged WordNet leaving search working with one warning.
// The WordNet files here are written by the test in WordNet's own format (a synset's id is its
// byte offset in the data file), so the test does not depend on what the machine installed.
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/kb/kbthesaurus.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
struct FixtureSynset
{
    QString key;
    QStringList words;
    QList<QPair<QString, QString>> pointers; // symbol, key of the target
};

// Writes data.POS and index.POS for `synsets`; `senses` maps a lemma to its synsets' keys, most
// frequent first.
void writeWordnet(const QString &dir, const QString &pos, const QList<FixtureSynset> &synsets,
                  const QList<QPair<QString, QStringList>> &senses)
{
    const QByteArray licence = "  1 This software and database is being provided to you, the LICENSEE\n";
    // Offsets depend on the lines' lengths, which depend on the offsets they hold: pad every
    // offset to 8 digits, as WordNet does, and lay the lines out twice.
    QHash<QString, qint64> offsets;
    QByteArray data;
    for (int pass = 0; pass < 2; ++pass) {
        data = licence;
        for (const FixtureSynset &s : synsets) {
            offsets[s.key] = data.size();
            QByteArray line = QByteArray::number(data.size()).rightJustified(8, '0') + " 05 " +
                              pos.left(1).toLatin1() + ' ' +
                              QByteArray::number(s.words.size(), 16).rightJustified(2, '0');
            for (const QString &w : s.words)
                line += ' ' + w.toLatin1() + " 0";
            line += ' ' + QByteArray::number(s.pointers.size()).rightJustified(3, '0');
            for (const auto &[symbol, target] : s.pointers)
                line += ' ' + symbol.toLatin1() + ' ' +
                        QByteArray::number(offsets.value(target)).rightJustified(8, '0') + ' ' +
                        pos.left(1).toLatin1() + " 0000";
            line += " | a gloss  \n";
            data += line;
        }
    }
    QByteArray index = licence;
    for (const auto &[lemma, keys] : senses) {
        index += lemma.toLatin1() + ' ' + pos.left(1).toLatin1() + ' ' + QByteArray::number(keys.size()) +
                 " 0 " + QByteArray::number(keys.size()) + " 0";
        for (const QString &k : keys)
            index += ' ' + QByteArray::number(offsets.value(k)).rightJustified(8, '0');
        index += "  \n";
    }
    QFile d(dir + QStringLiteral("/data.") + pos);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(data);
    QFile i(dir + QStringLiteral("/index.") + pos);
    QVERIFY(i.open(QIODevice::WriteOnly));
    i.write(index);
}

void writeFixture(const QString &dir)
{
    const QList<FixtureSynset> nouns{
        {QStringLiteral("furniture"),
         {QStringLiteral("furniture"), QStringLiteral("piece_of_furniture")},
         {}},
        {QStringLiteral("seat"),
         {QStringLiteral("seat")},
         {{QStringLiteral("@"), QStringLiteral("furniture")}}},
        {QStringLiteral("sofa"),
         {QStringLiteral("sofa"), QStringLiteral("couch"), QStringLiteral("lounge")},
         {{QStringLiteral("@"), QStringLiteral("seat")}}},
        {QStringLiteral("rodent"), {QStringLiteral("rodent"), QStringLiteral("gnawer")}, {}},
        {QStringLiteral("rat"), {QStringLiteral("rat")}, {{QStringLiteral("@"), QStringLiteral("rodent")}}},
        {QStringLiteral("illumination"), {QStringLiteral("source_of_illumination")}, {}},
        {QStringLiteral("lamp"),
         {QStringLiteral("lamp")},
         {{QStringLiteral("@"), QStringLiteral("illumination")}}},
        {QStringLiteral("light"),
         {QStringLiteral("light"), QStringLiteral("light_source")},
         {{QStringLiteral("@"), QStringLiteral("illumination")}}},
    };
    // The broader terms list their members (WordNet stores both directions).
    QList<FixtureSynset> withMembers = nouns;
    withMembers[0].pointers.append({QStringLiteral("~"), QStringLiteral("seat")});
    withMembers[1].pointers.append({QStringLiteral("~"), QStringLiteral("sofa")});
    withMembers[3].pointers.append({QStringLiteral("~"), QStringLiteral("rat")});
    withMembers[5].pointers.append({QStringLiteral("~"), QStringLiteral("lamp")});
    withMembers[5].pointers.append({QStringLiteral("~"), QStringLiteral("light")});
    writeWordnet(dir, QStringLiteral("noun"), withMembers,
                 {{QStringLiteral("couch"), {QStringLiteral("sofa")}},
                  {QStringLiteral("furniture"), {QStringLiteral("furniture")}},
                  {QStringLiteral("lamp"), {QStringLiteral("lamp")}},
                  {QStringLiteral("light"), {QStringLiteral("light")}},
                  {QStringLiteral("rat"), {QStringLiteral("rat")}},
                  {QStringLiteral("gnawer"), {QStringLiteral("rodent")}},
                  {QStringLiteral("rodent"), {QStringLiteral("rodent")}},
                  {QStringLiteral("seat"), {QStringLiteral("seat")}},
                  {QStringLiteral("sofa"), {QStringLiteral("sofa")}}});
    writeWordnet(dir, QStringLiteral("verb"),
                 {{QStringLiteral("fix"), {QStringLiteral("fix"), QStringLiteral("repair")}, {}}},
                 {{QStringLiteral("fix"), {QStringLiteral("fix")}},
                  {QStringLiteral("repair"), {QStringLiteral("fix")}}});
    writeWordnet(dir, QStringLiteral("adj"),
                 {{QStringLiteral("big"), {QStringLiteral("big"), QStringLiteral("large")}, {}}},
                 {{QStringLiteral("big"), {QStringLiteral("big")}}});
    // Irregular forms, as WordNet lists them.
    QFile exceptions(dir + QStringLiteral("/adj.exc"));
    QVERIFY(exceptions.open(QIODevice::WriteOnly));
    exceptions.write("bigger big\nbiggest big\n");
}

double weightOf(const QList<core::KbThesaurus::Related> &related, const QString &term)
{
    for (const auto &r : related) {
        if (r.term == term)
            return r.weight;
    }
    return 0;
}

core::Article article(const QString &id, const QString &title, const QString &body)
{
    core::Article a;
    a.id = id;
    a.title = title;
    a.answerMarkdown = body;
    return a;
}

int g_warnings = 0;
void countWarnings(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type == QtWarningMsg)
        ++g_warnings;
}
} // namespace

class TestKbThesaurus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relatedWordsWeighBelowTheWord()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const auto t = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        QVERIFY(!t->isEmpty());
        const auto couch = t->related(QStringLiteral("couch"));
        QVERIFY(weightOf(couch, QStringLiteral("sofa")) > 0);
        QVERIFY(weightOf(couch, QStringLiteral("furniture")) > 0);
        // A synonym says more than a broader term, and both say less than the word itself.
        QVERIFY(weightOf(couch, QStringLiteral("sofa")) > weightOf(couch, QStringLiteral("furniture")));
        for (const auto &r : couch)
            QVERIFY2(r.weight < 1.0, qPrintable(r.term));
        QVERIFY(weightOf(t->related(QStringLiteral("rat")), QStringLiteral("rodent")) > 0);
        QVERIFY(weightOf(t->related(QStringLiteral("rats")), QStringLiteral("rodent")) > 0); // plural
        // A neighbour under the same broader term of a small family.
        QVERIFY(weightOf(t->related(QStringLiteral("lamp")), QStringLiteral("light")) > 0);
        QVERIFY(weightOf(t->related(QStringLiteral("fix")), QStringLiteral("repair")) > 0);
        QVERIFY(weightOf(t->related(QStringLiteral("big")), QStringLiteral("large")) > 0);
        QVERIFY(t->related(QStringLiteral("zzqx")).isEmpty());
        QVERIFY(t->related(QStringLiteral("couch")).size() <= 10);
    }

    // Real words in any inflection are known; typos and made-up words are not.
    void knowsWordsInEveryInflection()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const auto t = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        for (const char *word : {"couch", "couches", "gnawer", "gnawers", "fixed", "fixing", "repairs",
                                 "bigger", "ratted", "Sofa"})
            QVERIFY2(t->knows(QLatin1String(word)), word);
        // "rated" is no form of rat (a short word doubles its last letter: ratted), and the rest
        // are typos.
        for (const char *word : {"rated", "couhc", "repiar", "bigg", "zzqx", ""})
            QVERIFY2(!t->knows(QLatin1String(word)), word);
        // The table keeps them: a second load reads them back.
        const auto again = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        QVERIFY(again->knows(QStringLiteral("bigger")));
        QVERIFY(again->knows(QStringLiteral("gnawers")));
    }

    // A word the KB lacks but WordNet knows is the caller's own word: it is not "corrected" into a
    // look-alike the KB holds ("seat" is not a typo of "seal"). A typo still is.
    void knownWordsAreNotCorrected()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const auto t = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        testsupport::TempProfile p;
        core::Article seal;
        seal.id = QStringLiteral("seal");
        seal.title = QStringLiteral("Seal coating");
        seal.answerMarkdown = QStringLiteral("We seal cracks in driveways.");
        core::Article parks;
        parks.id = QStringLiteral("parks");
        parks.title = QStringLiteral("Park hours");
        parks.answerMarkdown = QStringLiteral("Parks open at dawn.");
        core::KbRepository(p.store().database()).importAll({seal, parks}, QStringLiteral("t"));
        core::KbSearch search(p.store().database(), t);
        auto ids = [&](const QString &text) {
            core::KbQuery q;
            q.text = text;
            q.asYouType = false;
            QStringList out;
            for (const auto &h : search.search(q))
                out.append(h.id);
            return out;
        };
        QCOMPARE(ids(QStringLiteral("seat")), QStringList());
        QCOMPARE(ids(QStringLiteral("seall")), QStringList{QStringLiteral("seal")});
        // Without WordNet every unknown word is treated as a possible typo, as before.
        core::KbSearch plain(p.store().database(), std::make_shared<const core::KbThesaurus>());
        core::KbQuery q;
        q.text = QStringLiteral("seat");
        q.asYouType = false;
        QCOMPARE(plain.search(q).value(0).id, QStringLiteral("seal"));
    }

    void tableIsBuiltOnceAndReused()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const QString table = dir.filePath(QStringLiteral("table.tsv"));
        QVERIFY(!QFile::exists(table));
        core::KbThesaurus::load(dir.path(), table);
        QVERIFY(QFile::exists(table));
        // The next load reads the table, not WordNet: a table edited by hand shows through.
        QFile f(table);
        QVERIFY(f.open(QIODevice::Append));
        f.write("zzqx\tmarker|0.50\n");
        f.close();
        QCOMPARE(core::KbThesaurus::load(dir.path(), table)->related(QStringLiteral("zzqx")).size(), 1);
        // A changed WordNet file makes the table stale: it is built again.
        QFile data(dir.filePath(QStringLiteral("data.adj")));
        QVERIFY(data.open(QIODevice::Append));
        data.write("\n");
        data.close();
        QVERIFY(core::KbThesaurus::load(dir.path(), table)->related(QStringLiteral("zzqx")).isEmpty());
    }

    void missingOrDamagedWordnetWarnsOnceAndSearchStillWorks_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("missing") << "missing";
        QTest::newRow("garbage data") << "garbage";
        QTest::newRow("truncated data") << "truncated";
    }
    void missingOrDamagedWordnetWarnsOnceAndSearchStillWorks()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString wordnet = dir.filePath(QStringLiteral("wordnet"));
        QDir().mkpath(wordnet);
        if (damage != QLatin1String("missing")) {
            writeFixture(wordnet);
            QFile data(wordnet + QStringLiteral("/data.noun"));
            const QByteArray good = [&] {
                QFile f(wordnet + QStringLiteral("/data.noun"));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QVERIFY(data.open(QIODevice::WriteOnly));
            data.write(damage == QLatin1String("garbage") ? QByteArray("\x01\x02 not wordnet at all\nzz yy\n")
                                                          : good.left(good.size() / 2));
        }
        g_warnings = 0;
        const QtMessageHandler previous = qInstallMessageHandler(countWarnings);
        const auto t = core::KbThesaurus::load(wordnet, dir.filePath(QStringLiteral("table.tsv")));
        testsupport::TempProfile p;
        core::KbRepository(p.store().database())
            .importAll(core::KbRepository::builtInArticles(), QStringLiteral("t"));
        core::KbSearch search(p.store().database(), t);
        core::KbQuery q;
        q.text = QStringLiteral("pothole on my street");
        q.asYouType = false;
        const auto hits = search.search(q);
        qInstallMessageHandler(previous);
        QVERIFY(t->isEmpty());
        QCOMPARE(g_warnings, 1);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().id, QStringLiteral("kb-svc-pothole"));
    }

    // The caller's idea in other words: no article says "couch", one says "sofa" and one says
    // "furniture"; both are found, and an article that says the caller's own word ranks above
    // them.
    void searchFindsRelatedWordsBelowTheWordItself()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const auto t = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.importAll({article(QStringLiteral("bulk"), QStringLiteral("Bulk pickup"),
                                QStringLiteral("We collect furniture and mattresses left at the curb.")),
                        article(QStringLiteral("rodents"), QStringLiteral("Rodent control"),
                                QStringLiteral("Report rodent sightings in alleys.")),
                        article(QStringLiteral("parks"), QStringLiteral("Park hours"),
                                QStringLiteral("Parks open at dawn."))},
                       QStringLiteral("t"));
        core::KbSearch search(p.store().database(), t);
        auto top = [&](const QString &text) {
            core::KbQuery q;
            q.text = text;
            q.asYouType = false;
            const auto hits = search.search(q);
            return hits.isEmpty() ? QString() : hits.constFirst().id;
        };
        QCOMPARE(top(QStringLiteral("couch left outside")), QStringLiteral("bulk"));
        QCOMPARE(top(QStringLiteral("rats in the alley")), QStringLiteral("rodents"));
        QCOMPARE(top(QStringLiteral("rats")), QStringLiteral("rodents"));
        // Now an article says "couch" itself: it ranks above the one found through a related word.
        repo.importAll({article(QStringLiteral("couch"), QStringLiteral("Couch cushions"),
                                QStringLiteral("A couch is collected with bulk pickup."))},
                       QStringLiteral("t"));
        QCOMPARE(top(QStringLiteral("couch")), QStringLiteral("couch"));
        // Without a thesaurus, "gnawer" finds nothing: the thesaurus is what finds rodents for it.
        QCOMPARE(top(QStringLiteral("gnawer")), QStringLiteral("rodents"));
        core::KbSearch plain(p.store().database(), std::make_shared<const core::KbThesaurus>());
        core::KbQuery q;
        q.text = QStringLiteral("gnawer");
        q.asYouType = false;
        const auto without = plain.search(q);
        QVERIFY2(without.isEmpty(),
                 qPrintable(without.value(0).id + u' ' + plain.matchExpression(q.text, false)));
    }

    // What a search keeps across keystrokes (word counts, ranked rows, article texts, snippets)
    // is dropped when the articles change: an article added after a search is found at once,
    // as typed and as searched whole, through the caller's word and through its related words.
    void keptResultsFollowNewArticles()
    {
        QTemporaryDir dir;
        writeFixture(dir.path());
        const auto t = core::KbThesaurus::load(dir.path(), dir.filePath(QStringLiteral("table.tsv")));
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.importAll({article(QStringLiteral("parks"), QStringLiteral("Park hours"),
                                QStringLiteral("Parks open at dawn.")),
                        article(QStringLiteral("permits"), QStringLiteral("Block party permit"),
                                QStringLiteral("Apply thirty days ahead."))},
                       QStringLiteral("t"));
        core::KbSearch search(p.store().database(), t);
        auto ids = [&](const QString &text, bool asYouType) {
            core::KbQuery q;
            q.text = text;
            q.asYouType = asYouType;
            QStringList out;
            for (const auto &h : search.search(q))
                out.append(h.id + u'|' + h.snippet);
            return out;
        };
        // Each text twice, so that the second answer comes from what the first one kept.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(ids(QStringLiteral("couch left in the park"), false).size(), 1);
            QCOMPARE(ids(QStringLiteral("couch left in the park "), true).size(), 1);
        }
        // No article says "couch"; the new one says "sofa", which WordNet relates to it.
        repo.importAll({article(QStringLiteral("bulk"), QStringLiteral("Bulk pickup"),
                                QStringLiteral("A sofa left at the curb is collected on request."))},
                       QStringLiteral("t"));
        const QStringList whole = ids(QStringLiteral("couch left in the park"), false);
        QCOMPARE(whole.size(), 2);
        QVERIFY2(whole.constFirst().startsWith(QLatin1String("bulk|")), qPrintable(whole.join(u',')));
        const QStringList typed = ids(QStringLiteral("couch left in the park "), true);
        QCOMPARE(typed.size(), 2);
        // Its snippet is made from its own text, not taken from an earlier answer.
        QVERIFY2(whole.constFirst().contains(QLatin1String("curb")), qPrintable(whole.constFirst()));
        // An edit of the text shows in the snippet of the same search.
        repo.importAll({article(QStringLiteral("bulk"), QStringLiteral("Bulk pickup"),
                                QStringLiteral("A sofa left at the kerb is collected on request."))},
                       QStringLiteral("t"));
        const QStringList edited = ids(QStringLiteral("couch left in the park"), false);
        QVERIFY2(edited.constFirst().startsWith(QLatin1String("bulk|")) &&
                     edited.constFirst().contains(QLatin1String("kerb")),
                 qPrintable(edited.join(u',')));
        // Retired, with the same words (the index's counts do not move): no longer shown.
        core::Article retired = article(QStringLiteral("bulk"), QStringLiteral("Bulk pickup"),
                                        QStringLiteral("A sofa left at the kerb is collected on request."));
        retired.state = QStringLiteral("retired");
        repo.importAll({retired}, QStringLiteral("t"));
        QCOMPARE(ids(QStringLiteral("couch left in the park"), false).size(), 1);
    }
};

CIVICDESK_TEST_MAIN(TestKbThesaurus)
#include "test_kbthesaurus.moc"

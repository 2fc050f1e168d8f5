// KbRepository on a real store: saving, versions and diffs, feedback, reviews due, language
// variants, synonyms, editors and the built-in content.
#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/kb/kbarticlegenerator.h"
#include "core/kb/kbdiff.h"
#include "core/kb/kbrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk;

class TestKbRepository : public QObject
{
    Q_OBJECT

private:
    static core::Article article(const QString &id)
    {
        core::Article a;
        a.id = id;
        a.title = QStringLiteral("Bulk item pickup");
        a.questionVariants = {QStringLiteral("take my old couch"), QStringLiteral("mattress pickup")};
        a.answerMarkdown = QStringLiteral("Book a pickup.\n\nWe come on **Tuesdays**.");
        a.keywords = {QStringLiteral("bulk"), QStringLiteral("furniture")};
        a.serviceCodes = {QStringLiteral("BULK")};
        a.agency = QStringLiteral("SAN");
        a.reviewBy = QDate(2026, 6, 1);
        a.owner = QStringLiteral("Sanitation");
        return a;
    }

private Q_SLOTS:
    void saveAndFind()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.setEditors({QStringLiteral("ann"), QStringLiteral("bob")});
        const core::Article saved = repo.save(article(QStringLiteral("a1")), QStringLiteral("ann"));
        QCOMPARE(saved.version, 1);
        QVERIFY(saved.sameContent(article(QStringLiteral("a1"))));
        QVERIFY(saved.updatedAt.isValid());
        QCOMPARE(repo.count(), 1);
        QVERIFY(!repo.find(QStringLiteral("missing")));
        p.reopen();
        const core::KbRepository reopened(p.store().database());
        QVERIFY(reopened.find(QStringLiteral("a1"))->sameContent(article(QStringLiteral("a1"))));
    }

    void versionsAndDiffs()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.setEditors({QStringLiteral("ann"), QStringLiteral("bob")});
        repo.save(article(QStringLiteral("a1")), QStringLiteral("ann"));
        repo.save(article(QStringLiteral("a1")), QStringLiteral("ann")); // unchanged: no new version
        QCOMPARE(repo.versions(QStringLiteral("a1")).size(), 1);
        core::Article changed = article(QStringLiteral("a1"));
        changed.answerMarkdown.replace(QStringLiteral("Tuesdays"), QStringLiteral("Thursdays"));
        QCOMPARE(repo.save(changed, QStringLiteral("bob")).version, 2);
        const auto versions = repo.versions(QStringLiteral("a1"));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).author, QStringLiteral("ann"));
        QCOMPARE(versions.at(1).author, QStringLiteral("bob"));
        QVERIFY(versions.at(0).article.answerMarkdown.contains(QStringLiteral("Tuesdays")));
        const auto lines = core::kbdiff::diff(core::kbdiff::articleLines(versions.at(0).article),
                                              core::kbdiff::articleLines(versions.at(1).article));
        QStringList changes;
        for (const auto &l : lines) {
            if (l.kind != core::kbdiff::Line::Same)
                changes.append((l.kind == core::kbdiff::Line::Added ? u'+' : u'-') + l.text);
        }
        QCOMPARE(changes, (QStringList{QStringLiteral("-We come on **Tuesdays**."), QStringLiteral("+We come on **Thursdays**.")}));
    }

    void diffOfLists()
    {
        const auto lines = core::kbdiff::diff({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                              {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(core::kbdiff::toText(lines), QStringLiteral("  a\n- b\n  c\n+ d\n"));
    }

    void feedback()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.setEditors({QStringLiteral("ann"), QStringLiteral("bob")});
        repo.save(article(QStringLiteral("a1")), QStringLiteral("ann"));
        repo.addFeedback({QStringLiteral("a1"), QStringLiteral("helpful"), {}, QStringLiteral("ann"), {}});
        repo.addFeedback({QStringLiteral("a1"), QStringLiteral("not_helpful"), QStringLiteral("too long"), QStringLiteral("bob"), {}});
        repo.addFeedback({QStringLiteral("a1"), QStringLiteral("outdated"), QStringLiteral("days changed"), QStringLiteral("cy"), {}});
        const core::Article a = *repo.find(QStringLiteral("a1"));
        QCOMPARE(a.helpful, 1);
        QCOMPARE(a.notHelpful, 1);
        QCOMPARE(a.outdated, 1);
        const auto list = repo.feedback(QStringLiteral("a1"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().comment, QStringLiteral("days changed"));
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.addFeedback({QStringLiteral("a1"), QStringLiteral("outdated"), QStringLiteral("  "), {}, {}}));
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.addFeedback({QStringLiteral("a1"), QStringLiteral("meh"), {}, {}, {}}));
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.addFeedback({QStringLiteral("nope"), QStringLiteral("helpful"), {}, {}, {}}));
        QCOMPARE(repo.feedback(QStringLiteral("a1")).size(), 3); // the refused ones left nothing
        // Flagged outdated puts it on the review list even before its date; a review clears it.
        QCOMPARE(repo.reviewsDue(QDate(2026, 1, 1)).size(), 1);
        repo.markReviewed(QStringLiteral("a1"), QDate(2027, 6, 1), QStringLiteral("ann"));
        QVERIFY(repo.reviewsDue(QDate(2026, 1, 1)).isEmpty());
        QCOMPARE(repo.find(QStringLiteral("a1"))->reviewBy, QDate(2027, 6, 1));
        QVERIFY(repo.find(QStringLiteral("a1"))->reviewedAt.isValid());
        QCOMPARE(repo.find(QStringLiteral("a1"))->version, 2);
    }

    void reviewsDue()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        core::Article early = article(QStringLiteral("early"));
        early.reviewBy = QDate(2026, 2, 1);
        core::Article late = article(QStringLiteral("late"));
        late.reviewBy = QDate(2026, 9, 1);
        core::Article retired = article(QStringLiteral("retired"));
        retired.reviewBy = QDate(2025, 1, 1);
        retired.state = QStringLiteral("retired");
        core::Article undated = article(QStringLiteral("undated"));
        undated.reviewBy = QDate();
        repo.importAll({late, early, retired, undated}, QStringLiteral("ann"));
        QStringList due;
        for (const auto &a : repo.reviewsDue(QDate(2026, 9, 1)))
            due.append(a.id);
        QCOMPARE(due, (QStringList{QStringLiteral("early"), QStringLiteral("late")}));
        QVERIFY(repo.reviewsDue(QDate(2026, 1, 31)).isEmpty());
    }

    void languageVariants()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        core::Article es = article(QStringLiteral("a1-es"));
        es.language = QStringLiteral("es");
        es.translationOf = QStringLiteral("a1");
        core::Article fr = article(QStringLiteral("a1-fr"));
        fr.language = QStringLiteral("fr");
        fr.translationOf = QStringLiteral("a1");
        repo.importAll({article(QStringLiteral("a1")), es, fr}, QStringLiteral("ann"));
        QStringList fromEn;
        for (const auto &a : repo.languageVariants(QStringLiteral("a1")))
            fromEn.append(a.language);
        QCOMPARE(fromEn, (QStringList{QStringLiteral("es"), QStringLiteral("fr")}));
        QStringList fromEs;
        for (const auto &a : repo.languageVariants(QStringLiteral("a1-es")))
            fromEs.append(a.id);
        QCOMPARE(fromEs, (QStringList{QStringLiteral("a1"), QStringLiteral("a1-fr")}));
    }

    void importIsAllOrNothing()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.setEditors({QStringLiteral("ann"), QStringLiteral("bob")});
        repo.save(article(QStringLiteral("keep")), QStringLiteral("ann"));
        core::Article bad = article(QStringLiteral("bad"));
        bad.state = QStringLiteral("lost");
        core::Article changed = article(QStringLiteral("keep"));
        changed.title = QStringLiteral("Changed");
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.importAll({changed, article(QStringLiteral("new")), bad}, QStringLiteral("ann")));
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.find(QStringLiteral("keep"))->title, QStringLiteral("Bulk item pickup"));
        QCOMPARE(repo.versions(QStringLiteral("keep")).size(), 1);
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.importAll({article(QStringLiteral("x")), article(QStringLiteral("x"))}, QStringLiteral("ann")));
        QCOMPARE(repo.count(), 1);
    }

    void largeImportKeepsEachArticleWithItsOwnVersion()
    {
        // More than one chunk of the import's pipeline (the version documents are made on the
        // thread pool a chunk ahead of the writes): every article must land with its own
        // document, in order, and a re-import must see what is unchanged.
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        core::KbArticleGenerator generator(core::KbRepository::builtInArticles(), 7);
        QList<core::Article> articles;
        for (int i = 0; i < 1300; ++i)
            articles.append(generator.next());
        QCOMPARE(repo.importAll(articles, QStringLiteral("bulk")), 1300);
        QCOMPARE(repo.count(), 1300);
        for (const int i : {0, 511, 512, 1023, 1024, 1299}) {
            const core::Article &a = articles.at(i);
            QVERIFY2(repo.find(a.id)->sameContent(a), qPrintable(a.id));
            const QList<core::ArticleVersion> versions = repo.versions(a.id);
            QCOMPARE(versions.size(), 1);
            QVERIFY2(versions.constFirst().article.sameContent(a), qPrintable(a.id));
            QCOMPARE(versions.constFirst().author, QStringLiteral("bulk"));
        }
        QCOMPARE(repo.importAll(articles, QStringLiteral("bulk")), 0);
        articles[700].title = QStringLiteral("Changed in the middle of a large import");
        QCOMPARE(repo.importAll(articles, QStringLiteral("bulk")), 1);
        QCOMPARE(repo.find(articles.at(700).id)->version, 2);
        QCOMPARE(repo.versions(articles.at(700).id).constLast().article.title, articles.at(700).title);

        // All or nothing at this size too: one bad article at the end, and nothing is written.
        QList<core::Article> more;
        for (int i = 0; i < 600; ++i)
            more.append(generator.next());
        more.last().answerMarkdown.clear();
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.importAll(more, QStringLiteral("bulk")));
        QCOMPARE(repo.count(), 1300);
        QVERIFY(!repo.find(more.constFirst().id));
    }

    void synonymsAndEditors()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        QVERIFY(repo.synonyms().values(QStringLiteral("cab")).contains(QStringLiteral("taxi")));
        repo.addSynonym(QStringLiteral(" Trash  Can "), QStringLiteral("Litter Basket"));
        QCOMPARE(repo.synonyms().values(QStringLiteral("trash can")), QStringList{QStringLiteral("litter basket")});
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.addSynonym(QStringLiteral("a"), QStringLiteral("")));
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.addSynonym(QStringLiteral("one two three"), QStringLiteral("x")));
        repo.removeSynonym(QStringLiteral("trash can"), QStringLiteral("litter basket"));
        QVERIFY(!repo.synonyms().contains(QStringLiteral("trash can")));

        QVERIFY(!repo.canEdit(QStringLiteral("ann")));
        repo.setEditors({QStringLiteral("ann"), QStringLiteral(" bob "), QStringLiteral("ann")});
        QCOMPARE(repo.editors(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QVERIFY(repo.canEdit(QStringLiteral("bob")));
    }

    void onlyEditorsWrite()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.setEditors({QStringLiteral("ann")});
        repo.save(article(QStringLiteral("a1")), QStringLiteral("ann"));
        core::Article changed = article(QStringLiteral("a1"));
        changed.title = QStringLiteral("Changed by someone who may not");

        // The store itself refuses, whatever screen or command asked.
        const auto refusedField = [](const auto &write) {
            try {
                write();
            } catch (const core::Error &e) {
                return e.fieldErrors().value(0).field;
            }
            return QString();
        };
        const QString mallory = QStringLiteral("mallory");
        QCOMPARE(refusedField([&] { repo.save(changed, mallory); }), QStringLiteral("actor"));
        QCOMPARE(refusedField([&] { repo.add(article(QStringLiteral("new")), mallory); }),
                 QStringLiteral("actor"));
        QCOMPARE(refusedField([&] {
                     repo.importAsEditor({changed, article(QStringLiteral("new"))}, mallory);
                 }),
                 QStringLiteral("actor"));
        QCOMPARE(refusedField([&] { repo.markReviewed(QStringLiteral("a1"), QDate(2030, 1, 1), mallory); }),
                 QStringLiteral("actor"));
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.find(QStringLiteral("a1"))->title, article(QStringLiteral("a1")).title);
        QCOMPARE(repo.find(QStringLiteral("a1"))->reviewBy, article(QStringLiteral("a1")).reviewBy);
        QCOMPARE(repo.versions(QStringLiteral("a1")).size(), 1);

        // An editor may import; add() refuses an id that is taken and keeps the article.
        QCOMPARE(repo.importAsEditor({changed}, QStringLiteral("ann")), 1);
        QCOMPARE(refusedField([&] { repo.add(article(QStringLiteral("a1")), QStringLiteral("ann")); }),
                 QStringLiteral("id"));
        QCOMPARE(repo.find(QStringLiteral("a1"))->title, changed.title);
        QCOMPARE(repo.add(article(QStringLiteral("a2")), QStringLiteral("ann")).version, 1);
    }

    void reviewPeriod()
    {
        QCOMPARE(core::KbRepository::nextReviewDate(QDate(2026, 12, 7)), QDate(2027, 12, 7));
        QCOMPARE(core::KbRepository::nextReviewDate(QDate(2028, 2, 29)), QDate(2029, 2, 28));
    }

    void builtInContent()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        QCOMPARE(repo.count(), 0);
        QVERIFY(repo.ensureBuiltIn());
        const int count = repo.count();
        QVERIFY(count >= 192);
        repo.remove(QStringLiteral("kb-svc-pothole"));
        QVERIFY(!repo.ensureBuiltIn()); // once per profile: a deleted article stays deleted
        QCOMPARE(repo.count(), count - 1);

        // Every service in the sample catalogue has an article, and >= 20 have es and fr versions.
        const auto articles = core::KbRepository::builtInArticles();
        QSet<QString> covered;
        int es = 0;
        int fr = 0;
        int general = 0;
        for (const auto &a : articles) {
            for (const QString &code : a.serviceCodes)
                covered.insert(code);
            es += a.language == QLatin1String("es") && !a.translationOf.isEmpty();
            fr += a.language == QLatin1String("fr") && !a.translationOf.isEmpty();
            general += a.language == QLatin1String("en") && a.serviceCodes.isEmpty();
        }
        const core::Catalog catalog = core::catalogjson::builtIn();
        for (const auto &s : catalog.services())
            QVERIFY2(covered.contains(s.code), qPrintable(s.code));
        QVERIFY(es >= 20);
        QVERIFY(fr >= 20);
        QVERIFY(general >= 80);
    }
};

CIVICDESK_TEST_MAIN(TestKbRepository)
#include "test_kbrepository.moc"

// Knowledge-base articles published on the server arrive in the local KB and are searchable.
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/kb/kbsyncsink.h"
#include "core/sync/serverpublisher.h"
#include "core/sync/syncengine.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestKbSync : public QObject
{
    Q_OBJECT

    // As `server publish-kb` publishes a file of one line.
    static void publish(TestServer &server, const QJsonObject &article)
    {
        core::ServerPublisher(server.connection(QStringLiteral("publisher")))
            .publishArticles(QJsonDocument(article).toJson(QJsonDocument::Compact),
                             QStringLiteral("test.jsonl"));
    }

    static QJsonObject muralArticle(const QString &answer)
    {
        return {{QStringLiteral("id"), QStringLiteral("graffiti-mural-permit")},
                {QStringLiteral("title"), QStringLiteral("Mural permits and graffiti removal")},
                {QStringLiteral("question_variants"), QJsonArray{QStringLiteral("can I paint a mural on my wall")}},
                {QStringLiteral("answer_markdown"), answer},
                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("zanzibarite")}},
                {QStringLiteral("agency"), QStringLiteral("Public Works")}};
    }

    static QStringList hitIds(Workstation &desk, const QString &text)
    {
        core::KbQuery query;
        query.text = text;
        query.asYouType = false;
        QStringList ids;
        for (const core::KbHit &hit : core::KbSearch(desk.store().database()).search(query))
            ids.append(hit.id);
        return ids;
    }

    // One sync with the knowledge base attached, as the app and `sync --once` run it.
    static core::SyncReport syncWithKb(TestServer &server, Workstation &desk, core::KbSyncSink &sink)
    {
        const QString name = QStringLiteral("kb-desk");
        core::SyncReport report;
        {
            QSqlDatabase db = core::ServerConnection::open(server.settings(), {}, name);
            core::SyncSession session(desk.store().database(), db, server.settings());
            session.setKnowledgeBaseSink(&sink);
            report = session.run();
        }
        core::ServerConnection::close(name);
        return report;
    }

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void publishedArticleIsSearchableAfterPull()
    {
        TestServer server;
        Workstation desk(server, 0);
        core::KbSyncSink sink(desk.store().database());
        QVERIFY(hitIds(desk, QStringLiteral("zanzibarite")).isEmpty());

        publish(server, muralArticle(QStringLiteral("Murals need a permit from the arts office.")));
        core::SyncReport report = syncWithKb(server, desk, sink);
        QCOMPARE(report.articles, 1);
        QVERIFY(sink.skipped().isEmpty());
        QCOMPARE(hitIds(desk, QStringLiteral("zanzibarite")), QStringList{QStringLiteral("graffiti-mural-permit")});
        QVERIFY(hitIds(desk, QStringLiteral("mural permit")).contains(QStringLiteral("graffiti-mural-permit")));
        const auto stored = core::KbRepository(desk.store().database()).find(QStringLiteral("graffiti-mural-permit"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->version, 1);
        QCOMPARE(stored->agency, QStringLiteral("Public Works"));

        // Nothing new on the server: the next pull writes no version. It may hand the article over
        // again: the cursor stays behind any transaction still open on the cluster (other tests'
        // databases share the transaction ids), and a repeat must change nothing.
        report = syncWithKb(server, desk, sink);
        QVERIFY(report.articles <= 1);
        QCOMPARE(core::KbRepository(desk.store().database()).versions(QStringLiteral("graffiti-mural-permit")).size(), 1);

        // A republished answer replaces the local one as a new version, and search follows it.
        publish(server, muralArticle(QStringLiteral("Murals need a permit; quartzfeather forms online.")));
        report = syncWithKb(server, desk, sink);
        QCOMPARE(report.articles, 1);
        QCOMPARE(core::KbRepository(desk.store().database()).find(QStringLiteral("graffiti-mural-permit"))->version, 2);
        QCOMPARE(hitIds(desk, QStringLiteral("quartzfeather")), QStringList{QStringLiteral("graffiti-mural-permit")});
    }

    void badArticleIsSkippedOthersLand()
    {
        TestServer server;
        Workstation desk(server, 0);
        core::KbSyncSink sink(desk.store().database());
        QJsonObject bad = muralArticle(QStringLiteral("x"));
        bad.insert(QStringLiteral("id"), QStringLiteral("broken-article"));
        bad.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        publish(server, bad);
        publish(server, muralArticle(QStringLiteral("Murals need a permit from the arts office.")));

        const core::SyncReport report = syncWithKb(server, desk, sink);
        QCOMPARE(report.articles, 2);
        QCOMPARE(sink.skipped().size(), 1);
        QVERIFY2(sink.skipped().constFirst().contains(QStringLiteral("broken-article"))
                     && sink.skipped().constFirst().contains(QStringLiteral("colour")),
                 qPrintable(sink.skipped().constFirst()));
        QVERIFY(!core::KbRepository(desk.store().database()).find(QStringLiteral("broken-article")));
        QCOMPARE(hitIds(desk, QStringLiteral("zanzibarite")), QStringList{QStringLiteral("graffiti-mural-permit")});
    }

    void runningEngineReceivesPublishedArticle()
    {
        TestServer server;
        Workstation desk(server, 0);
        core::KbSyncSink sink(desk.store().database());
        core::SyncEngine engine(desk.store().database());
        engine.setKnowledgeBaseSink(&sink);
        // Only the kb_articles NOTIFY can bring the article this quickly.
        engine.setPollInterval(600000);
        engine.start(server.settings(), {});
        QTRY_VERIFY(engine.status().state == core::SyncStatus::State::Online);

        publish(server, muralArticle(QStringLiteral("Murals need a permit from the arts office.")));
        QTRY_COMPARE_WITH_TIMEOUT(hitIds(desk, QStringLiteral("zanzibarite")),
                                  QStringList{QStringLiteral("graffiti-mural-permit")}, 5000);
        engine.stop();
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestKbSync)
#include "test_kbsync.moc"

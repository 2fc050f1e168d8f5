// What `server publish-catalog` and `server publish-kb` write on a real PostgreSQL server.
#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/sync/serverpublisher.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace civicdesk;
using testsupport::TestServer;

class TestServerPublisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void catalogueVersionsGrow()
    {
        TestServer server;
        const core::ServerPublisher publisher(server.connection(QStringLiteral("publisher")));
        const core::Catalog catalog = core::catalogjson::builtIn();
        const int first = publisher.publishCatalog(catalog);
        QVERIFY(first > 0);
        QCOMPARE(publisher.publishCatalog(catalog), first + 1);
        QCOMPARE(server.count(QStringLiteral("SELECT max(version) FROM civicdesk.catalog_documents")),
                 first + 1);
        core::SqlQuery q(
            server.connection(QStringLiteral("read")),
            QStringLiteral("SELECT document::text FROM civicdesk.catalog_documents WHERE version = ?"));
        q.bind(0, first + 1).exec();
        QVERIFY(q.next());
        const core::Catalog stored =
            core::catalogjson::parse(q.value(0).toString().toUtf8(), QStringLiteral("server"));
        QCOMPARE(stored.services().size(), catalog.services().size());
    }

    void articlesAllOrNothing()
    {
        TestServer server;
        const core::ServerPublisher publisher(server.connection(QStringLiteral("publisher")));
        const QByteArray good =
            "{\"id\": \"a1\", \"title\": \"One\"}\n\n{\"id\": \"a2\", \"title\": \"Two\"}\n";
        try {
            publisher.publishArticles(good + "{\"title\": \"no id\"}\n", QStringLiteral("kb.jsonl"));
            QFAIL("a line without an id was published");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("kb.jsonl:4: id")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 publisher.publishArticles(good + "not json\n", QStringLiteral("kb.jsonl")));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.kb_articles")), 0);

        QCOMPARE(publisher.publishArticles(good, QStringLiteral("kb.jsonl")), 2);
        // A second publication replaces the document of an id it names.
        QCOMPARE(publisher.publishArticles("{\"id\": \"a2\", \"title\": \"Two, revised\"}",
                                           QStringLiteral("kb.jsonl")),
                 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.kb_articles")), 2);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM civicdesk.kb_articles WHERE id = 'a2' AND "
                                             "document->>'title' = 'Two, revised'")),
                 1);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestServerPublisher)
#include "test_serverpublisher.moc"

// The sync thread's connection to the local store lives as long as the console. A pull widens
// its page cache for the catch-up; that must not stay for the rest of the shift (issue #13,
// point 9: the soak's RSS kept every page a sync had touched).
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"
#include "syncfixture.h"

using namespace civicdesk;
using testsupport::TestServer;
using testsupport::Workstation;

class TestSyncPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CIVICDESK_REQUIRE_TEST_SERVER(); }

    void pullLeavesTheStoresCacheSize()
    {
        TestServer server;
        Workstation reader(server, 0);
        Workstation writer(server, 1);
        for (int i = 0; i < 20; ++i)
            core::TicketService(writer.store()).create(testsupport::potholeTicket());
        writer.sync();
        const QString cacheSize = QStringLiteral("PRAGMA cache_size");
        const qint64 storeCacheSize = reader.local(cacheSize);
        QVERIFY(storeCacheSize != 0);

        QCOMPARE(reader.sync().pulledTickets, 20);
        QCOMPARE(reader.local(QStringLiteral("SELECT count(*) FROM tickets")), 20);
        QCOMPARE(reader.local(cacheSize), storeCacheSize);
        // And the connection still works for the next sync.
        core::TicketService(writer.store()).create(testsupport::potholeTicket());
        writer.sync();
        QCOMPARE(reader.sync().pulledTickets, 1);
        QCOMPARE(reader.local(cacheSize), storeCacheSize);
    }
};

CIVICDESK_SYNC_TEST_MAIN(TestSyncPageCache)
#include "test_syncpagecache.moc"

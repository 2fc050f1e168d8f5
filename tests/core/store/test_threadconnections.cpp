// Connections of pool threads that come and go: each belongs to the live thread that opened it
// and is closed when that thread finishes (issue #13, point 1).
#include "core/geo/geocoder.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlDatabase>
#include <QThreadPool>

using namespace civicdesk;

namespace {
// Qt's own complaints about connections used across threads or closed while in use.
QMutex g_warningsMutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        QMutexLocker lock(&g_warningsMutex);
        g_warnings.append(message);
    }
    g_previous(type, context, message);
}
} // namespace

class TestThreadConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QMutexLocker lock(&g_warningsMutex);
        g_warnings.clear();
        g_previous = qInstallMessageHandler(recordWarnings);
    }

    void cleanup() { qInstallMessageHandler(g_previous); }

    void searchAndGeocodeOnExpiringThreads()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        testsupport::fixturecity::importAll(db);
        core::KbRepository(db).importAll(core::KbRepository::builtInArticles(), QStringLiteral("tester"));
        const core::KbSearch search(db);
        const core::Geocoder geocoder(db);
        const int before = QSqlDatabase::connectionNames().size();

        QThreadPool pool;
        pool.setMaxThreadCount(2);
        pool.setExpiryTimeout(2); // threads end after 2 ms idle, and new ones take their place
        QAtomicInt found;
        QAtomicInt failed;
        constexpr int rounds = 40;
        for (int round = 0; round < rounds; ++round) {
            for (int job = 0; job < 2; ++job) {
                pool.start([&] {
                    try {
                        core::KbQuery q;
                        q.text = QStringLiteral("pothole");
                        q.asYouType = false;
                        const bool kb = !search.search(q).isEmpty();
                        const bool geo = !geocoder.geocode(QStringLiteral("12 Main Street")).empty();
                        if (kb && geo)
                            found.fetchAndAddRelaxed(1);
                    } catch (const std::exception &) {
                        failed.fetchAndAddRelaxed(1);
                    }
                });
            }
            // Ends and deletes every pool thread: the next round runs on new threads, which often
            // get the addresses of the old ones.
            QVERIFY(pool.waitForDone(10000));
        }
        QCOMPARE(failed.loadRelaxed(), 0);
        QCOMPARE(found.loadRelaxed(), rounds * 2);
        // No connection outlives its thread: only those of this (main) thread remain.
        QVERIFY2(QSqlDatabase::connectionNames().size() <= before,
                 qPrintable(QStringLiteral("%1 connections open, %2 before")
                                .arg(QSqlDatabase::connectionNames().size())
                                .arg(before)));
        QMutexLocker lock(&g_warningsMutex);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void destroyingTheStoreClosesWorkerConnectionsQuietly()
    {
        auto profile = std::make_unique<testsupport::TempProfile>();
        const core::Database &db = profile->store().database();
        QThread worker;
        QObject context;
        context.moveToThread(&worker);
        worker.start();
        // The worker opens a connection and stays alive, as a sync thread does at quit.
        QMetaObject::invokeMethod(
            &context,
            [&db] {
                core::SqlQuery::execute(db.connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
            },
            Qt::BlockingQueuedConnection);
        const int open = QSqlDatabase::connectionNames().size();
        profile.reset();
        QVERIFY(QSqlDatabase::connectionNames().size() < open);
        worker.quit();
        QVERIFY(worker.wait(10000));
        QMutexLocker lock(&g_warningsMutex);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }
};

CIVICDESK_TEST_MAIN(TestThreadConnections)
#include "test_threadconnections.moc"

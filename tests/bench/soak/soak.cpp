// civicdesk-soak: one workstation's day in fast motion (issue #13, point 9). The real main window
// runs offscreen on a real PostgreSQL cluster of its own: a call saved every --call-ms, KB
// searches and map pans between calls, the console's own sync every few seconds, three more
// workstations saving and syncing on another thread, an import halfway, and the server killed
// and restarted once. Prints calls saved, lost, duplicated, UI stalls and RSS as JSON. A crash
// ends the run with a signal, which ctest reports as such (nothing to count in-process).
#include "core/demo/ticketgenerator.h"
#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "core/intake/ticketsaveworker.h"
#include "core/interop/importjob.h"
#include "core/interop/requestexporter.h"
#include "core/platform/heapreturn.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"
#include "core/sync/outbox.h"
#include "core/sync/serverconnection.h"
#include "core/sync/servermigrator.h"
#include "core/sync/serversettings.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsession.h"
#include "core/tickets/ticketservice.h"
#include "support/privatecluster.h"
#include "support/requireall.h"
#include "support/ticketfactory.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketmappanel.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/sync/synccontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <sqlite3.h>
#include <thread>

using namespace civicdesk;

namespace {

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double sqliteMb()
{
    return double(sqlite3_memory_used()) / (1024.0 * 1024.0);
}

// The three other workstations: each saves a ticket and syncs, round after round, on one
// thread with its own connections, until stopped. A failed sync (the server is down) is retried
// in the next round, as the engine would.
class OtherWorkstations
{
public:
    OtherWorkstations(const core::ServerSettings &settings) : m_settings(settings)
    {
        for (int i = 0; i < 3; ++i) {
            m_dirs.push_back(std::make_unique<QTemporaryDir>());
        }
        m_thread = std::thread([this] { run(); });
    }
    ~OtherWorkstations() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int syncs() const { return m_syncs; }
    int failedSyncs() const { return m_failed; }
    int failedSaves() const { return m_failedSaves; }
    QStringList references() const { return m_references; } // after stop()

private:
    void run()
    {
        std::vector<std::unique_ptr<core::LocalStore>> stores;
        for (size_t i = 0; i < m_dirs.size(); ++i) {
            stores.push_back(std::make_unique<core::LocalStore>(core::Profile(m_dirs[i]->path())));
            stores.back()->setWorkstationCode(QStringLiteral("SW%1").arg(QChar(u'A' + int(i))));
        }
        auto syncAll = [&](bool last) {
            for (size_t i = 0; i < stores.size(); ++i) {
                const QString name = QStringLiteral("soak-other-%1").arg(i);
                try {
                    if (!QSqlDatabase::contains(name))
                        core::ServerConnection::open(m_settings, {}, name);
                    core::SyncSession(stores[i]->database(), QSqlDatabase::database(name, false), m_settings)
                        .run();
                    ++m_syncs;
                } catch (const core::Error &) {
                    ++m_failed;
                    core::ServerConnection::close(name);
                    if (last)
                        throw;
                }
            }
        };
        for (int round = 0; !m_stop; ++round) {
            for (auto &store : stores) {
                core::Ticket t = testsupport::potholeTicket();
                t.description =
                    QStringLiteral("workstation %1, round %2").arg(store->workstationCode()).arg(round);
                try {
                    m_references.append(core::TicketService(*store).create(t).referenceNumber);
                } catch (const core::Error &) {
                    ++m_failedSaves;
                }
            }
            syncAll(false);
            for (int i = 0; i < 10 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        for (int attempt = 0; attempt < 20; ++attempt) {
            try {
                syncAll(true);
                break;
            } catch (const core::Error &) {
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
            }
        }
        for (size_t i = 0; i < stores.size(); ++i)
            core::ServerConnection::close(QStringLiteral("soak-other-%1").arg(i));
        stores.clear();
    }

    core::ServerSettings m_settings;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_syncs{0};
    std::atomic_int m_failed{0};
    std::atomic_int m_failedSaves{0};
    QStringList m_references;
};

// p50, p99 and the worst of a set of milliseconds (nearest rank), with their count.
QJsonObject percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto rank = [&ms](double p) {
        return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(std::ceil(p * double(ms.size()))) - 1)];
    };
    return QJsonObject{{QStringLiteral("count"), qint64(ms.size())},
                       {QStringLiteral("p50"), rank(0.5)},
                       {QStringLiteral("p99"), rank(0.99)},
                       {QStringLiteral("max"), ms.empty() ? 0.0 : ms.back()}};
}

core::CallSession scriptedCall(const core::IntakeService &intake, int n)
{
    core::CallSession call = intake.startCall(QStringLiteral("+1 212 555 %1").arg(2000 + n % 7000));
    call.serviceCode = QStringLiteral("POTHOLE");
    call.serviceQuery = QStringLiteral("pothole");
    call.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    call.attributes.insert(QStringLiteral("POTHOLE_LOCATION"), {QStringLiteral("TRAVEL_LANE")});
    call.description = QStringLiteral("soak call %1").arg(n);
    call.address = QStringLiteral("%1 Broadway").arg(1 + n % 900);
    call.latitudeText = QString::number(40.70 + (n % 100) * 0.0005);
    call.longitudeText = QString::number(-74.01 + (n % 97) * 0.0005);
    return call;
}

// The halfway import's file: a CivicDesk CSV export of `rows` generated tickets, made through a
// scratch store before the clock starts.
QString writeImportFile(const QString &folder, int rows)
{
    core::LocalStore source{core::Profile(folder)};
    QList<core::Ticket> list;
    for (int i = 0; i < rows; ++i)
        list.append(core::ticketgenerator::make(i, QStringLiteral("MPT")));
    core::TicketService(source).importAll(std::move(list), source.catalog());
    const QString path = QDir(folder).filePath(QStringLiteral("requests.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw core::Error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    core::RequestExporter::Options options;
    options.format = core::Open311Writer::Format::Csv;
    core::RequestExporter(source).run(out, options);
    return path;
}

// The calling thread's time on a CPU and waiting for one, from /proc/thread-self/schedstat, in
// ms. Over a stall, the rest of the wall time is time asleep: disk, locks, or a wait.
struct ThreadTimes
{
    double cpuMs = 0;
    double runQueueMs = 0;

    static ThreadTimes now()
    {
        QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> fields = stat.readAll().trimmed().split(' ');
        return {fields.value(0).toDouble() / 1e6, fields.value(1).toDouble() / 1e6};
    }
};

// What the UI thread spent in each of the soak's own steps (a save, KB typing, a map pan, a sync
// request), so that a long stall is told apart as one of them or other work on the UI thread.
class StepLog
{
public:
    template <typename Step> void run(const QString &name, Step &&step)
    {
        QElapsedTimer t;
        t.start();
        step();
        const qint64 ms = t.elapsed();
        Worst &w = m_worst[name];
        w.ms = std::max(w.ms, ms);
        w.over250 += ms > 250 ? 1 : 0;
        if (ms > m_longestMs) {
            m_longestMs = ms;
            m_longest = name;
        }
    }
    // The longest step since the last call: its name (empty if none ran) and milliseconds.
    std::pair<QString, qint64> takeLongest()
    {
        std::pair<QString, qint64> longest{m_longest, m_longestMs};
        m_longest.clear();
        m_longestMs = 0;
        return longest;
    }
    QJsonObject worst() const
    {
        QJsonObject o;
        for (const auto &[name, w] : m_worst)
            o.insert(name, QJsonObject{{QStringLiteral("worst_ms"), w.ms},
                                       {QStringLiteral("over_250ms"), w.over250}});
        return o;
    }

private:
    struct Worst
    {
        qint64 ms = 0;
        int over250 = 0;
    };
    std::map<QString, Worst> m_worst;
    QString m_longest;
    qint64 m_longestMs = 0;
};

qint64 serverCount(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    core::SqlQuery q(db, sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    core::HeapReturn::tuneForLongRun(); // as the console does
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the run."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption callOption(QStringLiteral("call-ms"), QStringLiteral("A call saved every MS."),
                                        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption importOption(QStringLiteral("import-rows"),
                                          QStringLiteral("Tickets imported halfway."), QStringLiteral("N"),
                                          QStringLiteral("20000"));
    parser.addOptions({secondsOption, callOption, importOption});
    parser.addHelpOption();
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const int callMs = std::max(50, parser.value(callOption).toInt());

    testsupport::PrivateCluster cluster;
    if (!cluster.ok()) {
        const bool require = testsupport::requireAll();
        std::fprintf(stderr, "%s: no PostgreSQL cluster could be started (CIVICDESK_TEST_PG_BINDIR)\n",
                     require ? "FAIL" : "SKIP");
        return require ? 1 : 77;
    }
    // The console reads no password from a keychain here: libpq takes it from this file.
    QTemporaryDir work;
    const QString passFile = work.filePath(QStringLiteral("pgpass"));
    {
        QFile pass(passFile);
        pass.open(QIODevice::WriteOnly);
        pass.write(QStringLiteral("127.0.0.1:%1:*:postgres:fault-test-pw\n").arg(cluster.port()).toUtf8());
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    core::ServerSettings settings;
    settings.url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/civicdesk").arg(cluster.port());
    settings.sslMode = QStringLiteral("disable");
    {
        core::ServerSettings admin = settings;
        admin.url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(cluster.port());
        core::SqlQuery::execute(core::ServerConnection::open(admin, {}, QStringLiteral("soak-admin"), false),
                                QStringLiteral("CREATE DATABASE civicdesk"));
        core::ServerConnection::close(QStringLiteral("soak-admin"));
        core::ServerMigrator(core::ServerConnection::open(settings, {}, QStringLiteral("soak-init"), false))
            .migrate();
        core::ServerConnection::close(QStringLiteral("soak-init"));
    }

    // The halfway import's file, written before anything is timed.
    const int importRows = parser.value(importOption).toInt();
    const QString importFile = writeImportFile(work.filePath(QStringLiteral("import")), importRows);

    auto store = std::make_unique<core::LocalStore>(core::Profile(work.filePath(QStringLiteral("console"))));
    store->setWorkstationCode(QStringLiteral("SKW"));
    settings.save(store->profile());
    auto window = std::make_unique<widgets::MainWindow>(*store);
    window->resize(1366, 768);
    if (auto *sync = window->findChild<widgets::SyncController *>())
        sync->engine()->setPollInterval(3000);
    // No keychain answers here: the password prompt (asked once, at start) is answered empty,
    // so libpq uses PGPASSFILE.
    widgets::InputDialog::setNextText(QString());
    window->show();

    OtherWorkstations others(settings);
    core::IntakeService intake(*store);
    QStringList saved;
    int saveFailures = 0;
    QString firstFailure;

    QElapsedTimer clock;
    clock.start();
    // Saves are written as the console writes them: checked on the UI thread, written on
    // TicketSaveWorker's thread. A call whose save comes while the one before is still being
    // written waits its turn. Latency: from Save to the reference, lock waits included.
    core::TicketSaveWorker saver(intake);
    QList<std::pair<core::PreparedSave, qint64>> waitingSaves;
    qint64 writingSince = 0;
    std::vector<double> saveLatencyMs;
    const auto writeNext = [&] {
        if (waitingSaves.isEmpty() || saver.isBusy())
            return;
        const auto [prepared, since] = waitingSaves.takeFirst();
        writingSince = since;
        saver.start(prepared);
    };
    QObject::connect(&saver, &core::TicketSaveWorker::saved, [&](const core::IntakeResult &result) {
        saved.append(result.ticket.referenceNumber);
        saveLatencyMs.push_back(double(clock.elapsed() - writingSince));
        writeNext();
    });
    QObject::connect(&saver, &core::TicketSaveWorker::failed, [&](const QString &message) {
        ++saveFailures;
        if (firstFailure.isEmpty())
            firstFailure = message;
        writeNext();
    });
    // UI stalls: a 10 ms timer that arrives late by more than 100 ms.
    QElapsedTimer sinceTick;
    sinceTick.start();
    int stalls = 0;
    qint64 worstStallMs = 0;
    // When the long stalls (over 250 ms) happened, to set them beside the import and the outage,
    // with the UI thread's CPU time and run-queue wait over each (the machine's load) and the
    // soak's longest step in it.
    QJsonArray longStallsAt;
    StepLog steps;
    ThreadTimes lastTick = ThreadTimes::now();
    // Over all stalls above 250 ms: wall, CPU, run-queue and asleep milliseconds.
    double longWallMs = 0, longCpuMs = 0, longRunQueueMs = 0;
    QTimer stallProbe;
    QObject::connect(&stallProbe, &QTimer::timeout, [&] {
        const qint64 late = sinceTick.restart() - 10;
        const ThreadTimes tick = ThreadTimes::now();
        const double cpuMs = tick.cpuMs - lastTick.cpuMs;
        const double runQueueMs = tick.runQueueMs - lastTick.runQueueMs;
        lastTick = tick;
        const auto [step, stepMs] = steps.takeLongest();
        worstStallMs = std::max(worstStallMs, late);
        if (late > 100)
            ++stalls;
        if (late > 250) {
            longWallMs += double(late);
            longCpuMs += cpuMs;
            longRunQueueMs += runQueueMs;
            if (longStallsAt.size() < 100)
                longStallsAt.append(QJsonArray{qRound(clock.elapsed() / 100.0) / 10.0, late, qRound(cpuMs),
                                               qRound(runQueueMs), step, stepMs});
        }
    });
    stallProbe.start(10);

    int n = 0;
    QTimer calls;
    QObject::connect(&calls, &QTimer::timeout, [&] {
        steps.run(QStringLiteral("save"), [&] {
            try {
                waitingSaves.append({intake.prepareSave(scriptedCall(intake, n)), clock.elapsed()});
                writeNext();
            } catch (const core::Error &e) {
                ++saveFailures;
                if (firstFailure.isEmpty())
                    firstFailure = e.message();
            }
        });
        ++n;
        // Between calls: a KB search typed key by key, and a pan of the ticket map.
        steps.run(QStringLiteral("kb_typing"), [&] {
            if (auto *search = window->findChild<QLineEdit *>(QStringLiteral("kbSearch"))) {
                search->clear();
                QTest::keyClicks(search, n % 2 ? QStringLiteral("pothole") : QStringLiteral("trash pickup"));
            }
        });
        steps.run(QStringLiteral("map_pan"), [&] {
            if (auto *map = window->ensureMapPanel()->findChild<widgets::MapView *>())
                map->setCenter(QGeoCoordinate(40.70 + (n % 20) * 0.002, -74.01 + (n % 13) * 0.002));
        });
        steps.run(QStringLiteral("sync_request"), [&] {
            if (auto *sync = window->findChild<widgets::SyncController *>(); sync && n % 3 == 0)
                sync->engine()->syncNow();
        });
    });
    calls.start(callMs);

    double rssStart = -1;
    // RSS each minute: a steady climb is a leak, a step at the import is data held after it.
    // SQLite's own share (page caches of every connection, statements) beside it.
    QJsonArray rssByMinute{rssMb()};
    QJsonArray sqliteByMinute{sqliteMb()};
    QTimer rssSampler;
    QObject::connect(&rssSampler, &QTimer::timeout, [&] {
        rssByMinute.append(rssMb());
        sqliteByMinute.append(sqliteMb());
    });
    rssSampler.start(60 * 1000);
    QTimer::singleShot(std::min(60, std::max(1, seconds / 6)) * 1000, [&] { rssStart = rssMb(); });

    // Halfway, an import on a worker, as the import dialog runs it (ImportJob, from a CSV file).
    QFuture<void> import;
    std::atomic<qint64> importStartMs{-1};
    std::atomic<qint64> importEndMs{-1};
    QString importError;
    QTimer::singleShot(seconds * 500, [&] {
        import = QtConcurrent::run([&] {
            importStartMs = clock.elapsed();
        const std::atomic_bool noCancel{false};
        const core::ImportJob::Result r =
            core::ImportJob(importFile, QStringLiteral("civicdesk"), false).run(*store, noCancel, {});
        if (!r.ok)
            importError = r.error;
        importEndMs = clock.elapsed();
    });
});
// At a third, the server dies without warning and comes back a few seconds later.
std::atomic_bool restarted{false};
QFuture<void> outage;
QTimer::singleShot(seconds * 333, [&] {
    outage = QtConcurrent::run([&] {
        cluster.stop(QStringLiteral("immediate"));
        std::this_thread::sleep_for(std::chrono::seconds(std::max(2, seconds / 12)));
        restarted = cluster.start();
    });
});

QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
QApplication::exec();
calls.stop();
stallProbe.stop();
rssSampler.stop();
// The saves still waiting are written before the count.
do {
    saver.finish();
} while (saver.isBusy());
const double rssEnd = rssMb();
import.waitForFinished();
outage.waitForFinished();
others.stop();
window.reset();

// The last pushes, then the count on the server.
for (int attempt = 0; attempt < 20 && core::Outbox(store->database()).pendingCount() > 0; ++attempt) {
    try {
        core::SyncSession(store->database(),
                          core::ServerConnection::open(settings, {}, QStringLiteral("soak-final")), settings)
            .run();
    } catch (const core::Error &) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    core::ServerConnection::close(QStringLiteral("soak-final"));
}
QSqlDatabase server = core::ServerConnection::open(settings, {}, QStringLiteral("soak-count"));
qint64 lost = 0;
for (const QString &reference : std::as_const(saved) + others.references())
    lost += serverCount(server, QStringLiteral("SELECT count(*) FROM civicdesk.tickets WHERE reference = ?"),
                        {reference}) == 1
                ? 0
                : 1;
const qint64 duplicated =
    serverCount(server,
                QStringLiteral("SELECT count(*) FROM (SELECT doc ->> 'description' FROM civicdesk.tickets "
                               "WHERE doc ->> 'description' LIKE ? GROUP BY 1 HAVING count(*) > 1) d"),
                {QStringLiteral("soak call %")});
const QJsonObject result{
    {QStringLiteral("bench"), QStringLiteral("soak")},
    {QStringLiteral("seconds"), seconds},
    {QStringLiteral("calls_saved"), qint64(saved.size())},
    {QStringLiteral("calls_failed"), saveFailures},
    {QStringLiteral("first_failure"), firstFailure},
    {QStringLiteral("other_workstation_tickets"), qint64(others.references().size())},
    {QStringLiteral("other_syncs"), others.syncs()},
    {QStringLiteral("other_syncs_failed"), others.failedSyncs()},
    {QStringLiteral("other_saves_failed"), others.failedSaves()},
    {QStringLiteral("imported"), importRows},
    {QStringLiteral("import_error"), importError},
    {QStringLiteral("server_restarted"), restarted.load()},
    {QStringLiteral("lost"), lost},
    {QStringLiteral("duplicated"), duplicated},
    {QStringLiteral("ui_stalls_over_100ms"), stalls},
    {QStringLiteral("ui_worst_stall_ms"), worstStallMs},
    {QStringLiteral("rss_mb_start"), rssStart},
    {QStringLiteral("rss_mb_end"), rssEnd},
    {QStringLiteral("rss_growth_percent"), rssStart > 0 ? 100.0 * (rssEnd - rssStart) / rssStart : 0.0},
    {QStringLiteral("rss_mb_by_minute"), rssByMinute},
    {QStringLiteral("sqlite_mb_by_minute"), sqliteByMinute},
    {QStringLiteral("import_started_s"), importStartMs / 1000.0},
    {QStringLiteral("import_finished_s"), importEndMs / 1000.0},
    {QStringLiteral("ui_stalls_over_250ms_at_s_ms"), longStallsAt},
    {QStringLiteral("ui_steps"), steps.worst()},
    {QStringLiteral("save_latency_ms"), percentiles(saveLatencyMs)},
    {QStringLiteral("ui_stalls_over_250ms_ms"),
     QJsonObject{{QStringLiteral("wall"), qRound(longWallMs)},
                 {QStringLiteral("cpu"), qRound(longCpuMs)},
                 {QStringLiteral("run_queue"), qRound(longRunQueueMs)},
                 {QStringLiteral("asleep"), qRound(longWallMs - longCpuMs - longRunQueueMs)}}}};
std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
server = QSqlDatabase(); // no handle may outlive the connection it closes
core::ServerConnection::close(QStringLiteral("soak-count"));
store.reset();
return lost == 0 && duplicated == 0 && saveFailures == 0 && restarted && importError.isEmpty() ? 0 : 1;
}

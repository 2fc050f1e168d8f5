#include "cli/benchstats.h"
#include "cli/command.h"
#include "core/demo/ticketgenerator.h"
#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "core/interop/requestexporter.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>

namespace civicdesk::cli {
namespace {

using core::Error;

// A CivicDesk CSV export of `rows` generated tickets, written through a scratch store.
void writeCsv(const QString &path, int rows)
{
    QTemporaryDir scratch;
    core::LocalStore source{core::Profile(scratch.path())};
    core::TicketRepository repo(source.database());
    constexpr int batch = 10000;
    for (int done = 0; done < rows; done += batch) {
        core::Transaction tx(source.database().connection());
        for (int i = done; i < std::min(rows, done + batch); ++i)
            repo.insert(core::ticketgenerator::make(i, QStringLiteral("MPT")));
        tx.commit();
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    core::RequestExporter::Options options;
    options.format = core::Open311Writer::Format::Csv;
    core::RequestExporter(source).run(out, options);
}

core::CallSession potholeCall(const core::IntakeService &service, int n)
{
    core::CallSession s = service.startCall(QStringLiteral("(212) 555-%1").arg(1000 + n % 9000));
    s.serviceQuery = QStringLiteral("pot hole");
    s.serviceCode = QStringLiteral("POTHOLE");
    s.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    s.description = QStringLiteral("Deep hole in the bus lane, call %1").arg(n);
    s.address = QStringLiteral("12 Elm St");
    s.latitudeText = QStringLiteral("40.7128");
    s.longitudeText = QStringLiteral("74.0060 W");
    return s;
}

// The console's ticket save while another process imports a large CSV into the same profile:
// every save's time, and whether any reported "database is locked".
int runBenchSaveDuringImport(Context &c)
{
    const int rows = c.args.intOption(QStringLiteral("rows"), 1000000);
    const int intervalMs = c.args.intOption(QStringLiteral("interval-ms"), 50);
    QTemporaryDir dir;
    const QString csv = QDir(dir.path()).filePath(QStringLiteral("requests.csv"));
    const QString profileDir = QDir(dir.path()).filePath(QStringLiteral("profile"));
    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, rows);
    const double csvSeconds = timer.nsecsElapsed() / 1e9;

    core::LocalStore store{core::Profile(profileDir)};
    core::IntakeService intake(store);
    QProcess importer;
    importer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    importer.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--profile"), profileDir, QStringLiteral("import"),
                    QStringLiteral("requests-csv"), csv, QStringLiteral("--profile"),
                    QStringLiteral("civicdesk")});
    if (!importer.waitForStarted())
        throw Error(QStringLiteral("bench save-during-import: cannot start the import: %1")
                        .arg(importer.errorString()));
    timer.restart();

    std::vector<double> saveMs;
    int locked = 0;
    int failed = 0;
    QString firstFailure;
    for (int n = 0; importer.state() != QProcess::NotRunning; ++n) {
        const core::CallSession call = potholeCall(intake, n);
        QElapsedTimer save;
        save.start();
        try {
            intake.saveTicket(call);
            saveMs.push_back(save.nsecsElapsed() / 1e6);
        } catch (const Error &e) {
            ++failed;
            if (e.message().contains(QStringLiteral("locked")))
                ++locked;
            if (firstFailure.isEmpty())
                firstFailure = e.message();
        }
        importer.waitForFinished(intervalMs);
    }
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const QString importOutput = QString::fromLocal8Bit(importer.readAllStandardOutput()).trimmed();
    const qint64 imported = core::TicketRepository(store.database()).count() - qint64(saveMs.size());

    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("save-during-import")},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("csv_seconds"), csvSeconds},
                             {QStringLiteral("import_seconds"), importSeconds},
                             {QStringLiteral("import_exit_code"), importer.exitCode()},
                             {QStringLiteral("imported"), imported},
                             {QStringLiteral("saves"), qint64(saveMs.size())},
                             {QStringLiteral("save_ms_p50"), benchstats::percentile(saveMs, 0.50)},
                             {QStringLiteral("save_ms_p95"), benchstats::percentile(saveMs, 0.95)},
                             {QStringLiteral("save_ms_p99"), benchstats::percentile(saveMs, 0.99)},
                             {QStringLiteral("save_ms_max"),
                              saveMs.empty() ? 0.0 : *std::max_element(saveMs.begin(), saveMs.end())},
                             {QStringLiteral("failed"), failed},
                             {QStringLiteral("locked"), locked},
                             {QStringLiteral("first_failure"), firstFailure},
                             {QStringLiteral("budget_save_ms_p99"), 200}};
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    } else {
        c.out << "import of " << rows << " rows in another process: " << importSeconds << " s ("
              << importOutput << ")\n"
              << "ticket saves meanwhile: " << saveMs.size() << ", p50 "
              << benchstats::percentile(saveMs, 0.50) << " ms, p99 " << benchstats::percentile(saveMs, 0.99)
              << " ms (budget 200), failed " << failed << ", \"database is locked\" " << locked << "\n";
    }
    return importer.exitCode() == 0 && failed == 0 ? 0 : 1;
}

const CommandRegistrar registrar({
    {QStringLiteral("bench"), QStringLiteral("save-during-import")},
    QStringLiteral("bench save-during-import [--rows N] [--interval-ms MS] [--json]"),
    QStringLiteral("Time the intake's ticket save while another process imports an N-row CSV (default "
                   "1000000) into the same profile."),
    {QStringLiteral("rows"), QStringLiteral("interval-ms")},
    {QStringLiteral("json")},
    runBenchSaveDuringImport,
});

} // namespace
} // namespace civicdesk::cli

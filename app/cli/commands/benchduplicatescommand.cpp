// The duplicate check the intake runs whenever the location or the service changes, timed over
// a real profile (typically one filled by `bench store --keep DIR`).
#include "cli/benchstats.h"
#include "cli/command.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/geo/duplicatefinder.h"
#include "core/store/database.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace civicdesk::cli {
namespace {

int runBenchDuplicates(Context &c)
{
    const int queries = c.args.intOption(QStringLiteral("queries"), 1000);
    if (queries < 1)
        throw core::Error(QStringLiteral("bench duplicates: --queries must be at least 1"));
    const auto store = openStore(c);
    const QSqlDatabase db = store->database().connection();

    core::SqlQuery range(db, QStringLiteral("SELECT COUNT(*), MAX(rowid), MAX(requested_at) FROM tickets"));
    range.exec();
    range.next();
    const qint64 tickets = range.value(0).toLongLong();
    const qint64 maxRowid = range.value(1).toLongLong();
    if (tickets == 0)
        throw core::Error(QStringLiteral("bench duplicates: the profile has no tickets (fill one with `bench store --keep DIR`)"));
    // "Now" is the newest ticket, so the 30-day window holds tickets whatever the data's dates.
    core::FixedClock clock(core::timestamps::fromDb(range.value(2)));
    core::Clock::setCurrent(&clock);

    // Call positions are those of existing tickets, where a repeat report is likeliest.
    QRandomGenerator rng(311);
    core::SqlQuery pick(db, QStringLiteral("SELECT lat, lon, service_code FROM tickets WHERE rowid >= ? AND lat IS NOT NULL LIMIT 1"));
    const core::DuplicateFinder finder(store->database());
    std::vector<double> times;
    times.reserve(static_cast<size_t>(queries));
    qint64 found = 0;
    for (int i = 0; i < queries; ++i) {
        pick.bind(0, 1 + static_cast<qint64>(rng.bounded(static_cast<quint64>(maxRowid))));
        pick.exec();
        if (!pick.next())
            continue;
        const core::GeoPoint at{pick.value(1).toDouble(), pick.value(0).toDouble()};
        const QString service = pick.value(2).toString();
        QElapsedTimer timer;
        timer.start();
        found += static_cast<qint64>(finder.find(at, service).size());
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    core::Clock::setCurrent(nullptr);
    if (times.empty())
        throw core::Error(QStringLiteral("bench duplicates: no ticket in the profile has a location"));

    const auto round3 = [](double v) { return qRound(v * 1000) / 1000.0; };
    const QJsonObject result{{QStringLiteral("tickets"), tickets},
                             {QStringLiteral("queries"), static_cast<qint64>(times.size())},
                             {QStringLiteral("p50_ms"), round3(benchstats::percentile(times, 0.50))},
                             {QStringLiteral("p95_ms"), round3(benchstats::percentile(times, 0.95))},
                             {QStringLiteral("p99_ms"), round3(benchstats::percentile(times, 0.99))},
                             {QStringLiteral("mean_candidates"), round3(double(found) / double(times.size()))}};
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (auto it = result.begin(); it != result.end(); ++it)
            c.out << it.key() << ": " << it.value().toVariant().toString() << "\n";
    }
    return 0;
}

const CommandRegistrar registrar({
    {QStringLiteral("bench"), QStringLiteral("duplicates")},
    QStringLiteral("bench duplicates [--queries N] [--json]"),
    QStringLiteral("Time the intake's duplicate check (75 m, 30 days, open tickets of the service) at N ticket "
                   "positions of the profile."),
    {QStringLiteral("queries")},
    {QStringLiteral("json")},
    runBenchDuplicates,
});

} // namespace
} // namespace civicdesk::cli

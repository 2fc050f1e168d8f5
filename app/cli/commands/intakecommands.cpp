#include "cli/benchstats.h"
#include "cli/command.h"
#include "core/domain/error.h"
#include "core/intake/callerhistorymodel.h"
#include "core/intake/emergencydetector.h"
#include "core/intake/emergencyphrases.h"
#include "core/intake/intakeservice.h"
#include "core/store/calllogrepository.h"
#include "core/store/localstore.h"
#include "core/store/transaction.h"
#include "core/tickets/ticketservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>

namespace civicdesk::cli {
namespace {

QString phoneOf(int caller)
{
    return QStringLiteral("+1212%1").arg(5000000 + caller, 7, 10, QLatin1Char('0'));
}

// Fills the profile with tickets and calls from `callers` numbers, then times caller-history
// lookups (what the intake screen does when a number is entered). Budget: 50 ms.
int runCallerHistoryBench(Context &c)
{
    const int tickets = c.args.intOption(QStringLiteral("tickets"), 100000);
    const int calls = c.args.intOption(QStringLiteral("calls"), 100000);
    const int callers = std::max(1, c.args.intOption(QStringLiteral("callers"), 20000));
    const int lookups = std::max(1, c.args.intOption(QStringLiteral("lookups"), 1000));
    auto store = openStore(c);
    QRandomGenerator random(311);

    QElapsedTimer fill;
    fill.start();
    QList<core::Ticket> batch;
    core::TicketService ticketService(*store);
    for (int i = 0; i < tickets; ++i) {
        core::Ticket t;
        t.serviceCode = QStringLiteral("GRAFFITI");
        t.attributes = {{QStringLiteral("GRAF_SURFACE"), {QStringLiteral("FENCE")}},
                        {QStringLiteral("GRAF_PROPERTY"), {QStringLiteral("PUBLIC")}}};
        t.caller.phone = phoneOf(int(random.bounded(callers)));
        t.address = QStringLiteral("%1 Elm St").arg(i % 900 + 1);
        // Spread over a year: a workstation has 29,791 reference numbers a day.
        t.requestedAt = QDateTime::currentDateTimeUtc().addDays(-(i % 365)).addSecs(-(i % 3600));
        batch.append(t);
        if (batch.size() == 5000 || i == tickets - 1) {
            ticketService.addAll(batch);
            batch.clear();
        }
    }
    {
        core::Transaction tx(store->database().connection());
        const core::CallLogRepository log(store->database());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 0; i < calls; ++i) {
            core::CallRecord r;
            r.id = QUuid::createUuid();
            r.startedAt = start.addSecs(i * 7);
            r.endedAt = r.startedAt.addSecs(120);
            r.handleSeconds = 120;
            r.agent = QStringLiteral("bench");
            r.callerPhone = phoneOf(int(random.bounded(callers)));
            r.wrapUp = QStringLiteral("information_only");
            r.reason = QStringLiteral("question");
            log.save(r);
        }
        tx.commit();
    }
    const qint64 fillMs = fill.elapsed();

    core::CallerHistoryModel model(store->database());
    QList<double> ms;
    ms.reserve(lookups);
    qint64 rows = 0;
    for (int i = 0; i < lookups; ++i) {
        const QString phone = phoneOf(int(random.bounded(callers)));
        QElapsedTimer t;
        t.start();
        model.setPhone(phone);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        rows += model.rowCount();
    }
    const std::vector<double> samples(ms.cbegin(), ms.cend());
    const auto pct = [&samples](double p) { return benchstats::percentile(samples, p); };
    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("caller-history")},
                             {QStringLiteral("tickets"), tickets},
                             {QStringLiteral("calls"), calls},
                             {QStringLiteral("callers"), callers},
                             {QStringLiteral("lookups"), lookups},
                             {QStringLiteral("mean_rows"), double(rows) / lookups},
                             {QStringLiteral("fill_ms"), fillMs},
                             {QStringLiteral("p50_ms"), pct(0.50)},
                             {QStringLiteral("p95_ms"), pct(0.95)},
                             {QStringLiteral("max_ms"), pct(1.0)},
                             {QStringLiteral("budget_ms"), 50}};
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        c.out << "caller history: " << lookups << " lookups over " << tickets << " tickets and " << calls
              << " calls: p50 " << pct(0.5) << " ms, p95 " << pct(0.95) << " ms, max " << pct(1.0)
              << " ms (budget 50 ms)\n";
    }
    return pct(0.95) <= 50.0 ? 0 : 1;
}

// Which emergency triggers a text sets off, with the profile's configuration.
int runEmergencyCheck(Context &c)
{
    if (c.args.positional.isEmpty()) {
        c.err << "civicdesk-cli: usage: intake emergency-check TEXT [--service CODE] [--json]\n";
        return 2;
    }
    auto store = openStore(c);
    const core::EmergencyDetector detector =
        core::EmergencyDetector::forProfileDirectory(store->profile().directory());
    const QList<core::EmergencyAlert> alerts =
        detector.scan(c.args.positional.join(u' '), c.args.option(QStringLiteral("service")));
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &a : alerts)
            array.append(QJsonObject{{QStringLiteral("key"), a.key},
                                     {QStringLiteral("label"), a.label},
                                     {QStringLiteral("matched"), a.matchedText}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (alerts.isEmpty())
        c.out << "no emergency\n";
    for (const auto &a : alerts)
        c.out << a.key << ": " << a.label << " (\"" << a.matchedText << "\")\n";
    return 0;
}

// The 911 check against a phrase set of emergencies and look-alikes, with the profile's
// triggers: how many emergencies it missed and how many look-alikes it raised. Goal: none.
int runEmergencyBench(Context &c)
{
    const QString file = c.args.option(QStringLiteral("phrases"),
                                       sourceTreeFile(QStringLiteral("tests/data/emergency-phrases.tsv")));
    if (!QFile::exists(file))
        throw core::Error(
            QStringLiteral("%1 not found; run from the source folder or give --phrases FILE").arg(file));
    const QList<core::emergencyphrases::Phrase> phrases =
        core::emergencyphrases::parse(readInput(file), file);
    auto store = openStore(c);
    const core::EmergencyDetector detector =
        core::EmergencyDetector::forProfileDirectory(store->profile().directory());
    QElapsedTimer timer;
    timer.start();
    const core::emergencyphrases::Score score = core::emergencyphrases::score(detector, phrases);
    const double msPerPhrase =
        phrases.isEmpty() ? 0.0 : double(timer.nsecsElapsed()) / 1e6 / double(phrases.size());
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray misses;
        for (const auto &p : score.misses)
            misses.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("text"), p.text}});
        QJsonArray falseAlarms;
        for (const auto &[p, alert] : score.falseAlarms)
            falseAlarms.append(QJsonObject{{QStringLiteral("line"), p.line},
                                           {QStringLiteral("text"), p.text},
                                           {QStringLiteral("trigger"), alert.key},
                                           {QStringLiteral("matched"), alert.matchedText}});
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("emergency")},
                                           {QStringLiteral("phrases"), file},
                                           {QStringLiteral("emergencies"), score.emergencies},
                                           {QStringLiteral("lookalikes"), score.lookalikes},
                                           {QStringLiteral("misses"), misses},
                                           {QStringLiteral("false_alarms"), falseAlarms},
                                           {QStringLiteral("ms_per_phrase"), msPerPhrase}})
                     .toJson(QJsonDocument::Indented);
    } else {
        c.out << "911 check: " << score.emergencies << " emergencies, " << score.misses.size() << " missed; "
              << score.lookalikes << " look-alikes, " << score.falseAlarms.size() << " false alarms ("
              << msPerPhrase << " ms a phrase)\n";
        for (const auto &p : score.misses)
            c.out << file << ':' << p.line << ": missed: " << p.text << '\n';
        for (const auto &[p, alert] : score.falseAlarms)
            c.out << file << ':' << p.line << ": false alarm (" << alert.key << ", \"" << alert.matchedText
                  << "\"): " << p.text << '\n';
    }
    return score.misses.isEmpty() && score.falseAlarms.isEmpty() ? 0 : 1;
}

const CommandRegistrar benchRegistrar({
    {QStringLiteral("bench"), QStringLiteral("caller-history")},
    QStringLiteral("bench caller-history [--tickets N] [--calls N] [--callers N] [--lookups N] [--json]"),
    QStringLiteral(
        "Time the intake screen's caller-history lookup by phone (budget 50 ms); fills the profile."),
    {QStringLiteral("tickets"), QStringLiteral("calls"), QStringLiteral("callers"),
     QStringLiteral("lookups")},
    {QStringLiteral("json")},
    runCallerHistoryBench,
});

const CommandRegistrar emergencyBenchRegistrar({
    {QStringLiteral("bench"), QStringLiteral("emergency")},
    QStringLiteral("bench emergency [--phrases FILE] [--json]"),
    QStringLiteral("Run the 911 check over emergencies and look-alikes (tests/data/emergency-phrases.tsv); "
                   "report misses and false alarms (goal: none)."),
    {QStringLiteral("phrases")},
    {QStringLiteral("json")},
    runEmergencyBench,
});

const CommandRegistrar emergencyRegistrar({
    {QStringLiteral("intake"), QStringLiteral("emergency-check")},
    QStringLiteral("intake emergency-check TEXT [--service CODE] [--json]"),
    QStringLiteral(
        "Show which 911 triggers the text sets off (profile's emergency-triggers.json or built-in)."),
    {QStringLiteral("service")},
    {QStringLiteral("json")},
    runEmergencyCheck,
});

} // namespace
} // namespace civicdesk::cli

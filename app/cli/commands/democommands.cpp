#include "cli/command.h"
#include "core/demo/democitygenerator.h"
#include "core/demo/demoprofilebuilder.h"
#include "core/demo/demosandbox.h"
#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

int runDemoGenerate(Context &c)
{
    const QString out = c.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        throw core::Error(QStringLiteral("demo generate: --out DIR is required"));
    core::DemoProfileBuilder::Options options;
    bool ok = true;
    options.seed = c.args.option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        throw core::Error(QStringLiteral("demo generate: --seed must be a whole number, not \"%1\"")
                              .arg(c.args.option(QStringLiteral("seed"))));
    options.tickets = c.args.intOption(QStringLiteral("tickets"), 50000);
    options.cityName =
        c.args.option(QStringLiteral("city"), QString::fromLatin1(core::DemoCityGenerator::kDefaultCityName));
    if (c.args.hasOption(QStringLiteral("until"))) {
        options.lastDay = QDate::fromString(c.args.option(QStringLiteral("until")), Qt::ISODate);
        if (!options.lastDay.isValid())
            throw core::Error(QStringLiteral("demo generate: --until must be a date YYYY-MM-DD, not \"%1\"")
                                  .arg(c.args.option(QStringLiteral("until"))));
    }
    options.computeHash = c.args.has(QStringLiteral("hash"));
    const core::DemoProfileBuilder::Report r = core::DemoProfileBuilder::build(out, options);
    const QJsonObject json{{QStringLiteral("profile"), r.directory},
                           {QStringLiteral("city"), r.cityName},
                           {QStringLiteral("seed"), QString::number(r.seed)},
                           {QStringLiteral("last_day"), r.lastDay.toString(Qt::ISODate)},
                           {QStringLiteral("tickets"), r.tickets},
                           {QStringLiteral("streets"), r.streets},
                           {QStringLiteral("addresses"), r.addresses},
                           {QStringLiteral("districts"), r.districts},
                           {QStringLiteral("areas"), r.areas},
                           {QStringLiteral("landmarks"), r.landmarks},
                           {QStringLiteral("routing_rules"), r.routingRules},
                           {QStringLiteral("kb_articles"), r.articles},
                           {QStringLiteral("content_hash"), r.contentHash},
                           {QStringLiteral("ms"), r.milliseconds}};
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    c.out << "Generated the demo city of " << r.cityName << " (seed " << r.seed << ") in " << r.directory
          << "\n"
          << "  " << r.districts << " districts, " << r.streets << " street segments, " << r.addresses
          << " address points, " << r.areas << " areas, " << r.landmarks << " landmarks\n"
          << "  " << r.routingRules << " routing rules, " << r.articles << " knowledge-base articles\n"
          << "  " << r.tickets << " tickets up to " << r.lastDay.toString(Qt::ISODate) << "\n"
          << (r.contentHash.isEmpty() ? QString() : QStringLiteral("  content hash %1\n").arg(r.contentHash))
          << "  " << r.milliseconds << " ms\n";
    return 0;
}

int runDemoReset(Context &c)
{
    const QString dir = core::Profile::resolveDirectory(c.profileDirectory);
    if (!core::DemoSandbox::isSandbox(dir))
        throw core::Error(
            QStringLiteral("demo reset: %1 is not a demo profile (no %2); a live profile is never reset")
                .arg(dir, QLatin1String(core::DemoSandbox::kMarkerFile)));
    core::DemoSandbox::reset(dir);
    c.out << "Reset the demo in " << dir << "\n";
    return 0;
}

int runDemoHash(Context &c)
{
    const auto store = openStore(c);
    c.out << core::DemoProfileBuilder::contentHash(store->database()) << "\n";
    return 0;
}

const CommandRegistrar generate({
    {QStringLiteral("demo"), QStringLiteral("generate")},
    QStringLiteral("demo generate --out DIR [--seed N] [--tickets N] [--city NAME] [--until YYYY-MM-DD] "
                   "[--hash] [--json]"),
    QStringLiteral(
        "Generate a complete demo profile: a fictional city (default Port Ellis, 50,000 tickets up to "
        "yesterday), the same for the same seed."),
    {QStringLiteral("out"), QStringLiteral("seed"), QStringLiteral("tickets"), QStringLiteral("city"),
     QStringLiteral("until")},
    {QStringLiteral("json"), QStringLiteral("hash")},
    runDemoGenerate,
});

const CommandRegistrar reset({
    {QStringLiteral("demo"), QStringLiteral("reset")},
    QStringLiteral("demo reset"),
    QStringLiteral("Put the demo profile (--profile) back in its generated state."),
    {},
    {},
    runDemoReset,
});

const CommandRegistrar hash({
    {QStringLiteral("demo"), QStringLiteral("hash")},
    QStringLiteral("demo hash"),
    QStringLiteral(
        "Print the content hash of the profile's generated content (city, routing, tickets, logins)."),
    {},
    {},
    runDemoHash,
});

} // namespace
} // namespace civicdesk::cli

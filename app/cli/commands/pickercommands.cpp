// The service picker from the command line: `intake pick-service` and its relevance benchmark.
#include "cli/command.h"
#include "cli/relevancereport.h"
#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "core/intake/servicepicker.h"
#include "core/kb/kbrelevance.h"
#include "core/kb/kbserviceindex.h"
#include "core/open311/open311document.h"
#include "core/open311/open311reader.h"
#include "core/store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace civicdesk::cli {
namespace {

using core::Error;

int runPickService(Context &c)
{
    if (c.args.positional.isEmpty()) {
        c.err
            << "civicdesk-cli: usage: intake pick-service \"WORDS\" [--limit N] [--language CODE] [--json]\n";
        return 2;
    }
    const QString words = c.args.positional.join(u' ');
    const int limit = c.args.intOption(QStringLiteral("limit"), 10);
    if (limit < 1)
        throw Error(QStringLiteral("--limit must be at least 1"));
    auto store = openStore(c);
    // Names and groups in the language asked for (as a console in that language shows them);
    // every language's words are searched either way.
    core::ServicePicker picker(store->catalog(),
                               c.args.option(QStringLiteral("language"), QStringLiteral("en")));
    // As the intake shows them: the call taker's own recent choices break ties.
    picker.setUsage(core::IntakeService(*store).serviceUsage(store->actor()));
    const QList<core::ServiceMatch> matches = picker.search(words, limit);
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const core::ServiceMatch &m = matches.at(i);
            out.append(QJsonObject{{QStringLiteral("rank"), int(i + 1)},
                                   {QStringLiteral("service_code"), m.code},
                                   {QStringLiteral("service_name"), m.name},
                                   {QStringLiteral("group"), m.group},
                                   {QStringLiteral("matched_on"), m.matchedOn},
                                   {QStringLiteral("score"), std::round(m.score * 100) / 100}});
        }
        c.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const core::ServiceMatch &m = matches.at(i);
        c.out << (i + 1) << ". " << m.name << " (" << m.code << ")";
        if (!m.group.isEmpty())
            c.out << ", " << m.group;
        c.out << "\n";
    }
    if (matches.isEmpty())
        c.out << "no service matches\n";
    return 0;
}

// A catalogue file: CivicDesk's catalogue JSON (an object with "services"), or an Open311
// service list (JSON or XML), also as the JavaScript module some cities publish it in
// (`module.exports = [...]`, as DC's copy is).
QList<core::Service> readServices(const QString &file)
{
    QByteArray data = readInput(file);
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith("module.exports")) {
        data = trimmed.mid(trimmed.indexOf('=') + 1).trimmed();
        if (data.endsWith(';'))
            data.chop(1);
    }
    if (QJsonDocument::fromJson(data).isObject() &&
        QJsonDocument::fromJson(data).object().contains(QLatin1String("services")))
        return core::catalogjson::parse(data, file).services();
    return core::open311reader::read(data, file, core::Open311Document::Kind::Services).document.services;
}

int runBenchPicker(Context &c)
{
    const QString catalogFile = c.args.option(QStringLiteral("catalog"));
    const QString queriesFile = c.args.option(QStringLiteral("queries"));
    if (catalogFile.isEmpty() || queriesFile.isEmpty())
        throw Error(QStringLiteral(
            "usage: bench picker-relevance --catalog FILE --queries TSV [--no-worse] [--verbose] [--json]"));
    const QList<core::kbrelevance::Case> cases =
        core::kbrelevance::parseCases(readInput(queriesFile), queriesFile);
    const QList<core::Service> services = readServices(catalogFile);
    core::Catalog catalog;
    catalog.setServices(services);
    const core::ServicePicker picker(catalog);
    const core::KbServiceIndex plain(services);
    QHash<QString, QString> nameOf;
    for (const core::Service &s : services)
        nameOf.insert(s.code, s.name);
    // Top-1 and top-3: MRR at 1 is top-1 accuracy, recall at 3 is top-3 accuracy.
    auto score = [&](const std::function<QList<core::kbrelevance::Ranked>(const QString &)> &rank) {
        core::kbrelevance::Scores s = core::kbrelevance::evaluate(cases, 3, rank);
        s.mrr = core::kbrelevance::evaluate(cases, 1, rank).mrr;
        return s;
    };
    const auto civicdesk = score([&](const QString &text) {
        QList<core::kbrelevance::Ranked> out;
        for (const core::ServiceMatch &m : picker.search(text, 3))
            out.append({m.code, m.name});
        return out;
    });
    const auto bm25 = score([&](const QString &text) {
        QList<core::kbrelevance::Ranked> out;
        for (const core::KbServiceIndex::Match &m : plain.plainBm25(text, 3))
            out.append({m.code, nameOf.value(m.code)});
        return out;
    });
    // --no-worse: on a set where plain bm25 is already at its ceiling (every answer in its top
    // three), equal figures are all a ranking can show; elsewhere it must beat bm25 on one.
    const bool noWorse = civicdesk.mrr >= bm25.mrr && civicdesk.recall >= bm25.recall;
    const bool beats = noWorse && (c.args.has(QStringLiteral("no-worse")) || civicdesk.mrr > bm25.mrr ||
                                   civicdesk.recall > bm25.recall);
    printRelevance(c, queriesFile, civicdesk, bm25, beats, QStringLiteral("top1"), QStringLiteral("top3"),
                   QStringLiteral("top-1"), QStringLiteral("top-3"));
    return beats ? 0 : 1;
}

const CommandRegistrar pickServiceRegistrar(
    {{QStringLiteral("intake"), QStringLiteral("pick-service")},
     QStringLiteral("intake pick-service \"WORDS\" [--limit N] [--language CODE] [--json]"),
     QStringLiteral("The services the intake's picker offers for a caller's words, best first, named in the "
                    "language CODE (en, es, fr; default en)."),
     {QStringLiteral("limit"), QStringLiteral("language")},
     {QStringLiteral("json")},
     runPickService});
const CommandRegistrar benchPickerRegistrar(
    {{QStringLiteral("bench"), QStringLiteral("picker-relevance")},
     QStringLiteral("bench picker-relevance --catalog FILE --queries TSV [--no-worse] [--verbose] [--json]"),
     QStringLiteral(
         "Top-1 and top-3 accuracy of the service picker and of plain bm25 over names and descriptions on "
         "judged caller queries."),
     {QStringLiteral("catalog"), QStringLiteral("queries")},
     {QStringLiteral("json"), QStringLiteral("verbose"), QStringLiteral("no-worse")},
     runBenchPicker});

} // namespace
} // namespace civicdesk::cli

#include "cli/command.h"
#include "core/store/localstore.h"
#include "core/training/scenariojson.h"
#include "core/training/scenariolibrary.h"
#include "core/training/trainingresultlog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

// Built-in scenarios, the profile's own and any files or folders named, checked against this
// profile's catalogue, knowledge base and city.
core::ScenarioLibrary loadLibrary(Context &c, const core::LocalStore &store)
{
    core::ScenarioLibrary library(core::ScenarioLibrary::contextFor(store));
    if (c.args.positional.isEmpty()) {
        library.loadBuiltIn();
        library.loadFolder(core::ScenarioLibrary::profileFolder(store.profile().directory()));
    }
    for (const QString &path : std::as_const(c.args.positional)) {
        if (QFileInfo(path).isDir())
            library.loadFolder(path);
        else
            library.add(readInput(path), path);
    }
    return library;
}

int runTrainingList(Context &c)
{
    const auto store = openStore(c);
    const core::ScenarioLibrary library = loadLibrary(c, *store);
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const core::Scenario &s : library.scenarios())
            list.append(core::scenariojson::toJson(s));
        c.out << QJsonDocument(
                     QJsonObject{{QStringLiteral("scenarios"), list},
                                 {QStringLiteral("errors"), QJsonArray::fromStringList(library.errors())}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        for (const core::Scenario &s : library.scenarios())
            c.out << s.id << "  " << s.level << "  " << s.title << "\n";
        for (const QString &e : library.errors())
            c.err << "refused: " << e << "\n";
    }
    return library.errors().isEmpty() ? 0 : 1;
}

int runTrainingResults(Context &c)
{
    const auto store = openStore(c);
    const core::TrainingResultLog log(store->profile().directory());
    const QString trainee = c.args.option(QStringLiteral("trainee"));
    const QList<core::ScoreCard> cards = trainee.isEmpty() ? log.all() : log.forTrainee(trainee);
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const core::ScoreCard &card : cards)
            list.append(card.toJson());
        c.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    for (const core::ScoreCard &card : cards)
        c.out << card.playedAt.toString(Qt::ISODate) << "  " << card.trainee << "  " << card.scenarioId
              << "  " << card.summary() << "\n";
    return 0;
}

const CommandRegistrar list({
    {QStringLiteral("training"), QStringLiteral("list")},
    QStringLiteral("training list [FILE|DIR ...] [--json]"),
    QStringLiteral(
        "List (and check) the training scenarios: built-in and the profile's own, or the files named; "
        "refused ones are named with the file and field, and the exit code is 1."),
    {},
    {QStringLiteral("json")},
    runTrainingList,
});

const CommandRegistrar results({
    {QStringLiteral("training"), QStringLiteral("results")},
    QStringLiteral("training results [--trainee NAME] [--json]"),
    QStringLiteral("Graded training calls, oldest first."),
    {QStringLiteral("trainee")},
    {QStringLiteral("json")},
    runTrainingResults,
});

} // namespace
} // namespace civicdesk::cli

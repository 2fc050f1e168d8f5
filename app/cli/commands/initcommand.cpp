#include "cli/command.h"

#include "core/domain/referencenumber.h"
#include "core/store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

int runInit(Context &c)
{
    auto store = openStore(c);
    if (c.args.hasOption(QStringLiteral("workstation")))
        store->setWorkstationCode(c.args.option(QStringLiteral("workstation")).toUpper());
    if (c.args.hasOption(QStringLiteral("user")))
        store->setActor(c.args.option(QStringLiteral("user")));
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("profile"), store->profile().directory()},
                                           {QStringLiteral("store"), store->profile().storePath()},
                                           {QStringLiteral("workstation"), store->workstationCode()},
                                           {QStringLiteral("user"), store->actor()},
                                           {QStringLiteral("schema_version"), store->database().schemaVersion()},
                                           {QStringLiteral("services"), store->catalog().services().size()}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << "Profile:      " << store->profile().directory() << "\n"
          << "Local store:  " << store->profile().storePath() << " (schema " << store->database().schemaVersion()
          << ")\n"
          << "Workstation:  " << store->workstationCode() << "\n"
          << "User:         " << store->actor() << "\n"
          << "Catalogue:    " << store->catalog().services().size() << " services\n";
    return 0;
}

const CommandRegistrar registrar({
    {QStringLiteral("init")},
    QStringLiteral("init [--workstation CODE] [--user NAME] [--json]"),
    QStringLiteral("Create or open the profile's local store; set this workstation's 3-character code and user."),
    {QStringLiteral("workstation"), QStringLiteral("user")},
    {QStringLiteral("json")},
    runInit,
});

} // namespace
} // namespace civicdesk::cli

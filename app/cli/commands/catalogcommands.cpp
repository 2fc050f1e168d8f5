#include "cli/command.h"

#include "core/catalog/catalogjson.h"
#include "core/store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

int runList(Context &c)
{
    auto store = openStore(c);
    const core::Catalog &catalog = store->catalog();
    if (c.args.has(QStringLiteral("json"))) {
        // Open311's services list shape.
        QJsonArray services;
        for (const auto &s : catalog.services()) {
            services.append(QJsonObject{{QStringLiteral("service_code"), s.code},
                                        {QStringLiteral("service_name"), s.name},
                                        {QStringLiteral("description"), s.description},
                                        {QStringLiteral("metadata"), s.metadata()},
                                        {QStringLiteral("type"), s.type},
                                        {QStringLiteral("keywords"), s.keywords.join(QStringLiteral(","))},
                                        {QStringLiteral("group"), s.group}});
        }
        c.out << QJsonDocument(services).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &s : catalog.services()) {
        c.out << qSetFieldWidth(24) << Qt::left << s.code << qSetFieldWidth(0) << s.name;
        if (!s.group.isEmpty())
            c.out << "  [" << s.group << "]";
        c.out << "\n";
    }
    c.out << catalog.services().size() << " services\n";
    return 0;
}

int runLoad(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: catalog load FILE\n";
        return 2;
    }
    const QString file = c.args.positional.first();
    // Parse fully before opening the store: a rejected file changes nothing.
    const core::Catalog catalog = core::catalogjson::parse(readInput(file), file);
    auto store = openStore(c);
    store->replaceCatalog(catalog);
    c.out << "loaded " << catalog.services().size() << " services from " << file << "\n";
    return 0;
}

const CommandRegistrar listRegistrar({
    {QStringLiteral("catalog"), QStringLiteral("list")},
    QStringLiteral("catalog list [--json]"),
    QStringLiteral("List the service catalogue (--json: Open311 services list)."),
    {},
    {QStringLiteral("json")},
    runList,
});

const CommandRegistrar loadRegistrar({
    {QStringLiteral("catalog"), QStringLiteral("load")},
    QStringLiteral("catalog load FILE"),
    QStringLiteral("Replace the catalogue with a CivicDesk catalogue JSON file (see README)."),
    {},
    {},
    runLoad,
});

} // namespace
} // namespace civicdesk::cli

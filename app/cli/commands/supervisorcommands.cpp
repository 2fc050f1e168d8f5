// The supervisor's ticket actions, views, exports, canned responses and accounts. Every ticket
// change goes through core::TicketCommands, as the GUI's do.
#include "cli/command.h"
#include "cli/signin.h"
#include "core/accounts/localaccounts.h"
#include "core/commands/cannedresponselibrary.h"
#include "core/commands/ticketcommands.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/exports/queuecsvexport.h"
#include "core/queue/queuecolumn.h"
#include "core/queue/queuestore.h"
#include "core/queue/savedviewrepository.h"
#include "core/sla/slaclock.h"
#include "core/store/localstore.h"
#include "core/tickets/ticketservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

using core::Error;

const QString kUser = QStringLiteral("user");
const QString kJson = QStringLiteral("json");

// Prints what a command did; 0 when every ticket took the change, 3 when some were skipped.
int report(Context &c, const core::CommandResult &r)
{
    if (c.args.has(kJson)) {
        QJsonArray applied;
        for (const auto &a : r.applied)
            applied.append(a.reference);
        QJsonArray skipped;
        for (const auto &s : r.skipped)
            skipped.append(QJsonObject{{QStringLiteral("reference"), s.reference},
                                       {QStringLiteral("reason"), s.reason}});
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("action"), r.action},
                                           {QStringLiteral("applied"), applied},
                                           {QStringLiteral("skipped"), skipped}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        c.out << r.action << ": " << r.applied.size() << (r.applied.size() == 1 ? " ticket" : " tickets")
              << " changed";
        if (!r.skipped.isEmpty())
            c.out << ", " << r.skipped.size() << " not changed";
        c.out << "\n";
        for (const auto &s : r.skipped)
            c.out << "  not changed: " << s.reference << " (" << s.reason << ")\n";
    }
    return r.skipped.isEmpty() ? 0 : 3;
}

core::TicketCommands commandsFor(const Context &c, core::LocalStore &store)
{
    const core::Account who = signIn(c, store);
    return core::TicketCommands(store, who.role, who.name);
}

int usage(Context &c, const char *text)
{
    c.err << "civicdesk-cli: usage: " << text << "\n";
    return 2;
}

int runAssign(Context &c)
{
    if (c.args.positional.isEmpty() ||
        (c.args.hasOption(QStringLiteral("to")) == c.args.has(QStringLiteral("unassign"))))
        return usage(c, "tickets assign REF[@VERSION]... (--to NAME | --unassign)");
    auto store = openStore(c);
    return report(c, commandsFor(c, *store).assign(core::TicketTarget::parseAll(c.args.positional),
                                                   c.args.option(QStringLiteral("to"))));
}

int runPriority(Context &c)
{
    if (c.args.positional.size() < 2)
        return usage(c, "tickets priority REF[@VERSION]... PRIORITY");
    const QString key = c.args.positional.constLast();
    const auto p = core::priority::fromKey(key);
    if (!p)
        throw Error(QStringLiteral("priority: unknown priority \"%1\" (one of: %2)")
                        .arg(key, core::priority::keys().join(QStringLiteral(", "))));
    auto store = openStore(c);
    return report(
        c, commandsFor(c, *store).setPriority(
               core::TicketTarget::parseAll(c.args.positional.mid(0, c.args.positional.size() - 1)), *p));
}

int runMerge(Context &c)
{
    if (c.args.positional.size() < 2)
        return usage(c, "tickets merge PARENT CHILD[@VERSION]...");
    auto store = openStore(c);
    return report(c, commandsFor(c, *store).merge(c.args.positional.constFirst(),
                                                  core::TicketTarget::parseAll(c.args.positional.mid(1))));
}

int runRespond(Context &c)
{
    const QString id = c.args.option(QStringLiteral("response"));
    if (c.args.positional.isEmpty() || id.isEmpty())
        return usage(c, "tickets respond REF[@VERSION]... --response ID");
    auto store = openStore(c);
    return report(c, commandsFor(c, *store).respond(core::TicketTarget::parseAll(c.args.positional), id));
}

core::QueueQuery viewFrom(const Context &c, core::LocalStore &store, const QString &user)
{
    if (c.args.hasOption(QStringLiteral("saved"))) {
        const QString name = c.args.option(QStringLiteral("saved"));
        for (const auto &v : core::SavedViewRepository(store.database()).visibleTo(user)) {
            if (v.name == name || v.id == name)
                return core::QueueQuery::fromString(v.query);
        }
        throw Error(QStringLiteral("--saved: no view named \"%1\"").arg(name));
    }
    return core::QueueQuery::fromString(
        c.args.option(QStringLiteral("view"), QStringLiteral("civicdesk:queue")));
}

int runQueue(Context &c)
{
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    const core::QueueQuery query = viewFrom(c, *store, who.name);
    const core::QueueStore queue(store->database(), store->catalog());
    const QDateTime now = core::Clock::current().nowUtc();
    for (const QString &w : core::QueueSql::build(query, store->catalog(), now).warnings)
        c.err << "civicdesk-cli: warning: " << w << "\n";
    const qint64 total = queue.count(query, now);
    if (c.args.has(QStringLiteral("count"))) {
        c.out << total << "\n";
        return 0;
    }
    QStringList columns = query.columns.isEmpty() ? core::QueueColumn::defaultKeys() : query.columns;
    if (!core::role::may(who.role, core::Permission::ExportCallerDetails))
        columns.removeIf([](const QString &k) { return core::QueueColumn::find(k)->callerDetail; });
    const int limit = c.args.intOption(QStringLiteral("limit"), 50);
    const core::SlaClock sla(store->catalog());
    const QList<core::QueueRow> rows =
        queue.page(query, columns, now, c.args.intOption(QStringLiteral("offset"), 0), limit);
    if (c.args.has(kJson)) {
        QJsonArray out;
        for (const auto &r : rows) {
            QJsonObject o{{QStringLiteral("service_request_id"), r.reference},
                          {QStringLiteral("version"), r.version}};
            for (int i = 0; i < columns.size(); ++i)
                o.insert(columns.at(i), QJsonValue::fromVariant(r.values.at(i)));
            o.insert(QStringLiteral("sla"), core::SlaClock::describe(sla.read(
                                                r.status, r.expectedAt, r.closedAt, r.holdStartedAt, now)));
            out.append(o);
        }
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("rows"), out}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return 0;
    }
    c.out << total << " tickets\n";
    for (const auto &r : rows) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i)
            cells.append(columns.at(i) == QLatin1String("sla")
                             ? core::SlaClock::describe(
                                   sla.read(r.status, r.expectedAt, r.closedAt, r.holdStartedAt, now))
                             : r.values.at(i).toString());
        c.out << cells.join(QStringLiteral("  |  ")) << "\n";
    }
    return 0;
}

int runExportCsv(Context &c)
{
    const QString file = c.args.option(QStringLiteral("out"));
    if (file.isEmpty())
        return usage(c, "tickets export-csv --out FILE [--view STRING | --saved NAME] [--columns a,b] "
                        "[--bom] [--caller-details]");
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    core::QueueCsvExport::Options options;
    options.columns = c.args.option(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts);
    options.bom = c.args.has(QStringLiteral("bom"));
    options.callerDetails = c.args.has(QStringLiteral("caller-details"));
    const qint64 n = core::QueueCsvExport(store->database(), store->catalog(), who.role)
                         .write(viewFrom(c, *store, who.name), file, options);
    c.out << n << " tickets written to " << file << "\n";
    return 0;
}

int runSla(Context &c)
{
    if (c.args.positional.size() != 1)
        return usage(c, "tickets sla REF");
    auto store = openStore(c);
    core::TicketService service(*store);
    const auto t = service.find(c.args.positional.constFirst());
    if (!t)
        throw Error(QStringLiteral("no ticket with reference %1").arg(c.args.positional.constFirst()));
    const core::QueueStore queue(store->database(), store->catalog());
    core::QueueQuery q;
    q.text = t->referenceNumber;
    const QDateTime now = core::Clock::current().nowUtc();
    const auto rows = queue.page(q, {QStringLiteral("acknowledged")}, now, 0, 1);
    if (rows.isEmpty())
        throw Error(QStringLiteral("no ticket with reference %1").arg(t->referenceNumber));
    const core::QueueRow &r = rows.constFirst();
    const core::SlaClock sla(store->catalog());
    c.out << t->referenceNumber << ": "
          << core::SlaClock::describe(sla.read(r.status, r.expectedAt, r.closedAt, r.holdStartedAt, now))
          << "\n";
    const QVariant ack = r.values.constFirst();
    if (!ack.isNull())
        c.out << "time to acknowledge: "
              << core::SlaClock::duration(
                     r.requestedAt.secsTo(QDateTime::fromMSecsSinceEpoch(ack.toLongLong(), QTimeZone::utc())))
              << "\n";
    if (r.closedAt.isValid())
        c.out << "time to close: " << core::SlaClock::duration(r.requestedAt.secsTo(r.closedAt)) << "\n";
    else if (r.expectedAt.isValid())
        c.out << "SLA consumed: " << qRound(core::SlaClock::consumedPercent(r.requestedAt, r.expectedAt, now))
              << " %\n";
    return 0;
}

int runViewsList(Context &c)
{
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    const core::QueueStore queue(store->database(), store->catalog());
    const QDateTime now = core::Clock::current().nowUtc();
    for (const auto &v : core::SavedViewRepository(store->database()).visibleTo(who.name)) {
        QString count;
        QStringList warnings;
        try {
            const core::QueueQuery q = core::QueueQuery::fromString(v.query);
            count = QString::number(queue.count(q, now));
            warnings = core::QueueSql::build(q, store->catalog(), now).warnings;
        } catch (const Error &e) {
            count = QStringLiteral("?");
            warnings.append(e.message());
        }
        c.out << v.name << (v.shared ? " [shared]" : "") << "  " << count << "  " << v.query << "\n";
        for (const QString &w : warnings)
            c.out << "  warning: " << w << "\n";
    }
    return 0;
}

int runViewsSave(Context &c)
{
    if (c.args.positional.size() != 2)
        return usage(c, "views save NAME VIEW-STRING [--shared]");
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    const core::SavedView saved = core::SavedViewRepository(store->database())
                                      .save({{},
                                             c.args.positional.at(0),
                                             who.name,
                                             c.args.has(QStringLiteral("shared")),
                                             c.args.positional.at(1)},
                                            who.role);
    c.out << saved.id << "\n";
    return 0;
}

int runViewsRemove(Context &c)
{
    if (c.args.positional.size() != 1)
        return usage(c, "views remove ID");
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    core::SavedViewRepository(store->database()).remove(c.args.positional.constFirst(), who.name);
    return 0;
}

int runCannedList(Context &c)
{
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    for (const auto &r : core::CannedResponseLibrary(store->database(), who.role).all())
        c.out << r.id << "  " << r.title << "  ["
              << (r.serviceCode.isEmpty() ? QStringLiteral("any service") : r.serviceCode) << ", "
              << (r.status.isEmpty() ? QStringLiteral("any status") : r.status) << "]\n";
    return 0;
}

int runCannedSave(Context &c)
{
    if (c.args.positional.size() != 2)
        return usage(c, "canned save TITLE BODY [--service CODE] [--status KEY] [--id ID]");
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    core::CannedResponse r;
    r.id = c.args.option(QStringLiteral("id"));
    r.title = c.args.positional.at(0);
    r.body = c.args.positional.at(1);
    r.serviceCode = c.args.option(QStringLiteral("service"));
    r.status = c.args.option(QStringLiteral("status"));
    c.out << core::CannedResponseLibrary(store->database(), who.role).save(r, store->catalog()).id << "\n";
    return 0;
}

int runAccountsAdd(Context &c)
{
    const auto role = core::role::fromKey(c.args.option(QStringLiteral("role")));
    if (c.args.positional.size() != 1 || !role)
        return usage(c, "accounts add NAME --role calltaker|supervisor|admin|trainer [--display-name TEXT] "
                        "(password from CIVICDESK_NEW_PASSWORD)");
    auto store = openStore(c);
    const core::LocalAccounts accounts(store->database());
    // The first account must be an administrator, who then adds the others.
    if (!accounts.isEmpty()) {
        const core::Account who = signIn(c, *store);
        if (!core::role::may(who.role, core::Permission::ManageAccounts))
            throw Error(QStringLiteral("accounts: only an administrator adds accounts"));
    } else if (*role != core::Role::Administrator) {
        throw Error(QStringLiteral(
            "accounts: the first account of a profile must be an administrator (--role admin)"));
    }
    const core::Account a =
        accounts.add({c.args.positional.constFirst(), c.args.option(QStringLiteral("display-name")), *role},
                     qEnvironmentVariable("CIVICDESK_NEW_PASSWORD"));
    c.out << a.name << " (" << core::role::toKey(a.role) << ")\n";
    return 0;
}

int runAccountsList(Context &c)
{
    auto store = openStore(c);
    for (const auto &a : core::LocalAccounts(store->database()).all())
        c.out << a.name << "  " << core::role::toKey(a.role) << "  " << a.displayName << "\n";
    return 0;
}

const QStringList kBulkFlags = {kJson};

const CommandRegistrar assignRegistrar(
    {{QStringLiteral("tickets"), QStringLiteral("assign")},
     QStringLiteral("tickets assign REF[@VERSION]... (--to NAME | --unassign) [--user NAME] [--json]"),
     QStringLiteral(
         "Assign or reassign tickets; REF@VERSION skips a ticket changed since that version (exit 3)."),
     {QStringLiteral("to"), kUser},
     {kJson, QStringLiteral("unassign")},
     runAssign});
const CommandRegistrar
    priorityRegistrar({{QStringLiteral("tickets"), QStringLiteral("priority")},
                       QStringLiteral("tickets priority REF[@VERSION]... PRIORITY [--user NAME] [--json]"),
                       QStringLiteral("Set the priority of tickets."),
                       {kUser},
                       kBulkFlags,
                       runPriority});
const CommandRegistrar
    mergeRegistrar({{QStringLiteral("tickets"), QStringLiteral("merge")},
                    QStringLiteral("tickets merge PARENT CHILD[@VERSION]... [--user NAME] [--json]"),
                    QStringLiteral("Merge duplicates into a parent; the children keep their references."),
                    {kUser},
                    kBulkFlags,
                    runMerge});
const CommandRegistrar
    respondRegistrar({{QStringLiteral("tickets"), QStringLiteral("respond")},
                      QStringLiteral("tickets respond REF[@VERSION]... --response ID [--user NAME] [--json]"),
                      QStringLiteral("Add a canned response, filled in per ticket, as a public note."),
                      {QStringLiteral("response"), kUser},
                      kBulkFlags,
                      runRespond});
const CommandRegistrar
    queueRegistrar({{QStringLiteral("tickets"), QStringLiteral("queue")},
                    QStringLiteral("tickets queue [--view STRING | --saved NAME] [--limit N] [--offset N] "
                                   "[--count] [--user NAME] [--json]"),
                    QStringLiteral("Show a queue view (civicdesk:queue?status=new&overdue=1&sort=-due...)."),
                    {QStringLiteral("view"), QStringLiteral("saved"), QStringLiteral("limit"),
                     QStringLiteral("offset"), kUser},
                    {kJson, QStringLiteral("count")},
                    runQueue});
const CommandRegistrar exportRegistrar(
    {{QStringLiteral("tickets"), QStringLiteral("export-csv")},
     QStringLiteral("tickets export-csv --out FILE [--view STRING | --saved NAME] [--columns a,b] [--bom] "
                    "[--caller-details] [--user NAME]"),
     QStringLiteral("Export a queue view as CSV (UTF-8; --bom for Excel; formula cells neutralised)."),
     {QStringLiteral("out"), QStringLiteral("view"), QStringLiteral("saved"), QStringLiteral("columns"),
      kUser},
     {QStringLiteral("bom"), QStringLiteral("caller-details")},
     runExportCsv});
const CommandRegistrar slaRegistrar({{QStringLiteral("tickets"), QStringLiteral("sla")},
                                     QStringLiteral("tickets sla REF"),
                                     QStringLiteral("Show a ticket's SLA clock and lifecycle times."),
                                     {},
                                     {},
                                     runSla});
const CommandRegistrar
    viewsListRegistrar({{QStringLiteral("views"), QStringLiteral("list")},
                        QStringLiteral("views list [--user NAME]"),
                        QStringLiteral("List your saved views and the shared ones, with live counts."),
                        {kUser},
                        {},
                        runViewsList});
const CommandRegistrar
    viewsSaveRegistrar({{QStringLiteral("views"), QStringLiteral("save")},
                        QStringLiteral("views save NAME VIEW-STRING [--shared] [--user NAME]"),
                        QStringLiteral("Save a queue view under a name (--shared: for the whole team)."),
                        {kUser},
                        {QStringLiteral("shared")},
                        runViewsSave});
const CommandRegistrar viewsRemoveRegistrar({{QStringLiteral("views"), QStringLiteral("remove")},
                                             QStringLiteral("views remove ID [--user NAME]"),
                                             QStringLiteral("Remove one of your saved views."),
                                             {kUser},
                                             {},
                                             runViewsRemove});
const CommandRegistrar cannedListRegistrar({{QStringLiteral("canned"), QStringLiteral("list")},
                                            QStringLiteral("canned list [--user NAME]"),
                                            QStringLiteral("List the canned responses."),
                                            {kUser},
                                            {},
                                            runCannedList});
const CommandRegistrar cannedSaveRegistrar(
    {{QStringLiteral("canned"), QStringLiteral("save")},
     QStringLiteral("canned save TITLE BODY [--service CODE] [--status KEY] [--id ID] [--user NAME]"),
     QStringLiteral("Add or edit a canned response (administrators); placeholders {reference} {service} "
                    "{expected_date} {address}."),
     {QStringLiteral("service"), QStringLiteral("status"), QStringLiteral("id"), kUser},
     {},
     runCannedSave});
const CommandRegistrar accountsAddRegistrar(
    {{QStringLiteral("accounts"), QStringLiteral("add")},
     QStringLiteral("accounts add NAME --role ROLE [--display-name TEXT] [--user ADMIN]"),
     QStringLiteral("Add a local account (argon2id); the password comes from CIVICDESK_NEW_PASSWORD."),
     {QStringLiteral("role"), QStringLiteral("display-name"), kUser},
     {},
     runAccountsAdd});
const CommandRegistrar accountsListRegistrar({{QStringLiteral("accounts"), QStringLiteral("list")},
                                              QStringLiteral("accounts list"),
                                              QStringLiteral("List the local accounts and their roles."),
                                              {},
                                              {},
                                              runAccountsList});

} // namespace
} // namespace civicdesk::cli

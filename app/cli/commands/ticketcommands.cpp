#include "core/commands/ticketcommands.h"

#include "cli/command.h"
#include "cli/signin.h"
#include "core/domain/error.h"
#include "core/json/jsontext.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketjson.h"
#include "core/tickets/ticketservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace civicdesk::cli {
namespace {

using core::Error;

int runAdd(Context &c)
{
    const QString file = c.args.option(QStringLiteral("json"));
    if (file.isEmpty() || !c.args.positional.isEmpty()) {
        c.err << "civicdesk-cli: usage: tickets add --json FILE|-\n";
        return 2;
    }
    const QString source = file == QLatin1String("-") ? QStringLiteral("<stdin>") : file;
    const QByteArray data = readInput(file);
    QList<core::Ticket> tickets;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('[')) {
        const QJsonArray array = core::jsontext::parseArray(data, source);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                throw Error(QStringLiteral("%1: [%2]: each ticket must be a JSON object").arg(source).arg(i));
            tickets.append(core::ticketjson::fromJson(array.at(i).toObject(),
                                                      QStringLiteral("%1: [%2]").arg(source).arg(i)));
        }
    } else {
        tickets.append(core::ticketjson::fromJson(core::jsontext::parseObject(data, source), source));
    }
    auto store = openStore(c);
    core::TicketService service(*store);
    const QList<core::Ticket> saved = service.addAll(tickets);
    for (const auto &t : saved)
        c.out << t.referenceNumber << "\n";
    return 0;
}

QJsonObject summaryJson(const core::TicketSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("service_request_id"), s.reference},
        {QStringLiteral("status"), core::ticketstatus::toKey(s.status)},
        {QStringLiteral("service_code"), s.serviceCode},
        {QStringLiteral("service_name"), s.serviceName},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("requested_datetime"), core::ticketjson::formatDateTime(s.requestedAt)},
        {QStringLiteral("expected_datetime"), core::ticketjson::formatDateTime(s.expectedAt)},
        {QStringLiteral("priority"), core::priority::toKey(s.priority)},
        {QStringLiteral("assignee"), s.assignee}};
}

int runList(Context &c)
{
    core::TicketFilter filter;
    if (c.args.hasOption(QStringLiteral("status"))) {
        const QString key = c.args.option(QStringLiteral("status"));
        filter.status = core::ticketstatus::fromKey(key);
        if (!filter.status)
            throw Error(QStringLiteral("--status: unknown status \"%1\" (one of: %2)")
                            .arg(key, core::ticketstatus::keys().join(QStringLiteral(", "))));
    }
    const int limit = c.args.intOption(QStringLiteral("limit"), -1);
    const bool json = c.args.has(QStringLiteral("json"));
    auto store = openStore(c);
    const core::TicketRepository repo(store->database());

    // Pages through the store so that listing a million tickets keeps memory flat.
    int printed = 0;
    std::optional<core::TicketPageKey> after;
    if (json)
        c.out << "[";
    while (limit < 0 || printed < limit) {
        const int want = limit < 0 ? 5000 : std::min(5000, limit - printed);
        const QList<core::TicketSummary> page = repo.page(filter, after, want);
        for (const auto &s : page) {
            if (json) {
                c.out << (printed ? ",\n  " : "\n  ")
                      << QString::fromUtf8(QJsonDocument(summaryJson(s)).toJson(QJsonDocument::Compact));
            } else {
                c.out << qSetFieldWidth(14) << Qt::left << s.reference << qSetFieldWidth(18)
                      << core::ticketstatus::toKey(s.status) << qSetFieldWidth(22) << s.serviceCode
                      << qSetFieldWidth(0) << core::ticketjson::formatDateTime(s.requestedAt) << "  "
                      << s.address << "\n";
            }
            ++printed;
        }
        if (page.size() < want)
            break;
        after = core::TicketPageKey{page.constLast().requestedAt.toMSecsSinceEpoch(),
                                    page.constLast().id.toString(QUuid::WithoutBraces)};
    }
    c.out << (json ? (printed ? "\n]\n" : "]\n") : "");
    return 0;
}

core::Ticket requireTicket(core::TicketService &service, const QString &reference)
{
    auto t = service.find(reference);
    if (!t)
        throw Error(QStringLiteral("no ticket with reference %1").arg(reference));
    return *t;
}

int runShow(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: tickets show REF [--json]\n";
        return 2;
    }
    auto store = openStore(c);
    core::TicketService service(*store);
    const core::Ticket t = requireTicket(service, c.args.positional.first());
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(core::ticketjson::toJson(t)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale;
    auto when = [&](const QDateTime &dt) {
        return dt.isValid() ? locale.toString(dt.toLocalTime(), QLocale::LongFormat) : QStringLiteral("-");
    };
    c.out << "Reference:   " << t.referenceNumber << "\n"
          << "Status:      " << core::ticketstatus::displayName(t.status)
          << (t.statusNotes.isEmpty() ? QString() : QStringLiteral(" (") + t.statusNotes + u')') << "\n"
          << "Service:     " << t.serviceName << " [" << t.serviceCode << "]\n"
          << "Agency:      " << t.agencyResponsible << "\n"
          << "Priority:    " << core::priority::displayName(t.priority) << "\n"
          << "Requested:   " << when(t.requestedAt) << "\n"
          << "Expected:    " << when(t.expectedAt) << "\n"
          << "Address:     " << t.address << "\n";
    if (t.latitude)
        c.out << "Location:    " << QString::number(*t.latitude, 'f', 6) << ", "
              << QString::number(*t.longitude, 'f', 6) << "\n";
    if (!t.caller.anonymous && (!t.caller.firstName.isEmpty() || !t.caller.phone.isEmpty()))
        c.out << "Caller:      " << t.caller.firstName << " " << t.caller.lastName << " " << t.caller.phone
              << "\n";
    c.out << "Description: " << t.description << "\n";
    for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it)
        c.out << "  " << it.key() << ": " << it.value().join(QStringLiteral(", ")) << "\n";
    if (!t.notes.isEmpty())
        c.out << "Notes:\n";
    for (const auto &n : t.notes)
        c.out << "  " << when(n.createdAt) << "  " << n.author << (n.internal ? " (internal)" : "") << ": "
              << n.text << "\n";
    c.out << "Audit:\n";
    for (const auto &e : t.audit)
        c.out << "  " << when(e.at) << "  " << e.actor << "  " << e.field << ": " << e.oldValue << " -> "
              << e.newValue << "\n";
    return 0;
}

// Note and status go through the command layer (core/commands), as every ticket change does.
int printResult(Context &c, const core::CommandResult &r, const QString &done)
{
    for (const auto &a : r.applied)
        c.out << done.arg(a.reference) << "\n";
    for (const auto &s : r.skipped)
        c.err << "civicdesk-cli: " << s.reference << " not changed: " << s.reason << "\n";
    return r.skipped.isEmpty() ? 0 : 3;
}

int runNote(Context &c)
{
    if (c.args.positional.size() < 2) {
        c.err << "civicdesk-cli: usage: tickets note REF[@VERSION]... TEXT [--internal]\n";
        return 2;
    }
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    const core::CommandResult r =
        core::TicketCommands(*store, who.role, who.name)
            .addNote(core::TicketTarget::parseAll(c.args.positional.mid(0, c.args.positional.size() - 1)),
                     c.args.positional.constLast(), c.args.has(QStringLiteral("internal")));
    return printResult(c, r, QStringLiteral("note added to %1"));
}

int runSetStatus(Context &c)
{
    if (c.args.positional.size() < 2) {
        c.err << "civicdesk-cli: usage: tickets set-status REF[@VERSION]... STATUS [--note TEXT]\n";
        return 2;
    }
    const QString key = c.args.positional.constLast();
    const auto status = core::ticketstatus::fromKey(key);
    if (!status)
        throw Error(QStringLiteral("status: unknown status \"%1\" (one of: %2)")
                        .arg(key, core::ticketstatus::keys().join(QStringLiteral(", "))));
    auto store = openStore(c);
    const core::Account who = signIn(c, *store);
    const core::CommandResult r =
        core::TicketCommands(*store, who.role, who.name)
            .setStatus(core::TicketTarget::parseAll(c.args.positional.mid(0, c.args.positional.size() - 1)),
                       *status, c.args.option(QStringLiteral("note")));
    return printResult(c, r, QStringLiteral("%1 is now ") + core::ticketstatus::toKey(*status));
}

const CommandRegistrar addRegistrar({
    {QStringLiteral("tickets"), QStringLiteral("add")},
    QStringLiteral("tickets add --json FILE|-"),
    QStringLiteral(
        "Add one ticket (a JSON object) or several (an array, all or none); prints each reference."),
    {QStringLiteral("json")},
    {},
    runAdd,
});
const CommandRegistrar listRegistrar({
    {QStringLiteral("tickets"), QStringLiteral("list")},
    QStringLiteral("tickets list [--status S] [--limit N] [--json]"),
    QStringLiteral("List tickets, newest first (every ticket unless --limit is given)."),
    {QStringLiteral("status"), QStringLiteral("limit")},
    {QStringLiteral("json")},
    runList,
});
const CommandRegistrar showRegistrar({
    {QStringLiteral("tickets"), QStringLiteral("show")},
    QStringLiteral("tickets show REF [--json]"),
    QStringLiteral("Show one ticket with its notes and audit trail (--json feeds back into tickets add)."),
    {},
    {QStringLiteral("json")},
    runShow,
});
const CommandRegistrar noteRegistrar({
    {QStringLiteral("tickets"), QStringLiteral("note")},
    QStringLiteral("tickets note REF[@VERSION]... TEXT [--internal] [--user NAME]"),
    QStringLiteral("Append a note (public unless --internal) to one ticket or several."),
    {QStringLiteral("user")},
    {QStringLiteral("internal")},
    runNote,
});
const CommandRegistrar statusRegistrar({
    {QStringLiteral("tickets"), QStringLiteral("set-status")},
    QStringLiteral("tickets set-status REF[@VERSION]... STATUS [--note TEXT] [--user NAME]"),
    QStringLiteral(
        "Change the status; --note also becomes the public status_notes. Exit 3 names tickets not changed."),
    {QStringLiteral("note"), QStringLiteral("user")},
    {},
    runSetStatus,
});

} // namespace
} // namespace civicdesk::cli

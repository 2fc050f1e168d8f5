// Sync and server administration: server init / add-user / publish-catalog / publish-kb, and
// sync configure / --once / --watch / status / conflicts.
#include "cli/command.h"
#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/kb/kbsyncsink.h"
#include "core/store/localstore.h"
#include "core/sync/conflictlistmodel.h"
#include "core/sync/outbox.h"
#include "core/sync/passwordstore.h"
#include "core/sync/serverconnection.h"
#include "core/sync/servermigrator.h"
#include "core/sync/serverpublisher.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace civicdesk::cli {
namespace {

using core::Error;

// A password from standard input (one line) or typed at a prompt with echo off; never from
// the command line, where other users could read it in the process list.
QString readPassword(Context &c, const QString &prompt)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read standard input"));
    const bool tty = isatty(STDIN_FILENO) == 1;
    if (!tty && !c.args.has(QStringLiteral("password-stdin")))
        throw Error(QStringLiteral("no terminal to ask for the password: pipe it in with --password-stdin"));
    termios saved{};
    if (tty) {
        c.err << prompt << ": " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QString line = QString::fromUtf8(in.readLine());
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        c.err << "\n" << Qt::flush;
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        throw Error(QStringLiteral("password: none was given"));
    return line;
}

core::ServerSettings settingsFromUrl(const Context &c)
{
    core::ServerSettings s;
    s.url = c.args.option(QStringLiteral("url"), qEnvironmentVariable("CIVICDESK_SERVER_URL"));
    if (s.url.isEmpty())
        throw Error(
            QStringLiteral("--url: the server URL is required (postgresql://user@host:port/database)"));
    s.caFile = c.args.option(QStringLiteral("ca-file"));
    s.sslMode = c.args.option(QStringLiteral("sslmode"), core::ServerSettings::defaultSslMode(s.caFile));
    return s;
}

QString adminConnectionName()
{
    return QStringLiteral("civicdesk-cli-admin-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

int runServerInit(Context &c)
{
    const core::ServerSettings settings = settingsFromUrl(c);
    const QString name = adminConnectionName();
    QList<int> applied;
    int version = 0;
    {
        QSqlDatabase db = core::ServerConnection::open(settings, {}, name, false);
        core::ServerMigrator migrator(db);
        applied = migrator.migrate();
        version = core::ServerConnection::schemaVersion(db);
    }
    core::ServerConnection::close(name);
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (int v : applied)
            list.append(v);
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), version},
                                           {QStringLiteral("applied"), list}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else if (applied.isEmpty()) {
        c.out << "Server schema is up to date (version " << version << ").\n";
    } else {
        c.out << "Server schema now at version " << version << " (applied " << applied.size()
              << " migration(s)).\n";
    }
    return 0;
}

int runAddUser(Context &c)
{
    if (c.args.positional.size() != 1)
        throw Error(
            QStringLiteral("usage: server add-user NAME --role calltaker|supervisor|admin --url URL"));
    const QString role = c.args.option(QStringLiteral("role"));
    if (role != QLatin1String("calltaker") && role != QLatin1String("supervisor") &&
        role != QLatin1String("admin"))
        throw Error(QStringLiteral("--role: \"%1\" must be calltaker, supervisor or admin").arg(role));
    const core::ServerSettings settings = settingsFromUrl(c);
    const QString login = c.args.positional.first();
    const QString password = readPassword(c, QStringLiteral("Password for %1").arg(login));
    const QString name = adminConnectionName();
    {
        QSqlDatabase db = core::ServerConnection::open(settings, {}, name);
        core::ServerMigrator(db).createOrResetLogin(login, password, role);
    }
    core::ServerConnection::close(name);
    c.out << "User " << login << " (" << role << ") is ready.\n";
    return 0;
}

int runPublishCatalog(Context &c)
{
    if (c.args.positional.size() != 1)
        throw Error(QStringLiteral("usage: server publish-catalog FILE --url URL"));
    const QString file = c.args.positional.first();
    const QByteArray data = readInput(file);
    // Refuse a catalogue CivicDesk itself could not read before any workstation pulls it.
    const core::Catalog catalog = core::catalogjson::parse(data, file);
    const QString name = adminConnectionName();
    // The connection is a temporary: it is gone before close() removes it by name.
    const int version = core::ServerPublisher(core::ServerConnection::open(settingsFromUrl(c), {}, name))
                            .publishCatalog(catalog);
    core::ServerConnection::close(name);
    c.out << "Published catalogue version " << version << " (" << catalog.services().size()
          << " services).\n";
    return 0;
}

int runPublishArticles(Context &c)
{
    if (c.args.positional.size() != 1)
        throw Error(QStringLiteral("usage: server publish-kb FILE.jsonl --url URL"));
    const QString file = c.args.positional.first();
    const QByteArray lines = readInput(file);
    const QString name = adminConnectionName();
    const int published = core::ServerPublisher(core::ServerConnection::open(settingsFromUrl(c), {}, name))
                              .publishArticles(lines, file);
    core::ServerConnection::close(name);
    c.out << "Published " << published << " knowledge-base article(s).\n";
    return 0;
}

// The profile's settings, with --url and friends overriding them for this run.
core::ServerSettings profileSettings(const Context &c, const core::LocalStore &store)
{
    core::ServerSettings s = core::ServerSettings::load(store.profile());
    if (c.args.hasOption(QStringLiteral("url")))
        s.url = c.args.option(QStringLiteral("url"));
    if (c.args.hasOption(QStringLiteral("user")))
        s.user = c.args.option(QStringLiteral("user"));
    if (c.args.hasOption(QStringLiteral("sslmode")))
        s.sslMode = c.args.option(QStringLiteral("sslmode"));
    if (c.args.hasOption(QStringLiteral("ca-file")))
        s.caFile = c.args.option(QStringLiteral("ca-file"));
    if (!s.isConfigured())
        throw Error(QStringLiteral(
            "no server configured: run \"civicdesk-cli sync configure --url URL\" or pass --url"));
    return s;
}

// Standard input, else the keychain, else nothing (libpq may still find ~/.pgpass).
QString syncPassword(Context &c, const core::ServerSettings &settings)
{
    if (c.args.has(QStringLiteral("password-stdin")))
        return readPassword(c, QStringLiteral("Password"));
    core::PasswordStore keychain(settings.accountKey());
    return keychain.read().value_or(QString());
}

int runConfigure(Context &c)
{
    auto store = openStore(c);
    core::ServerSettings s = core::ServerSettings::load(store->profile());
    s.url = c.args.option(QStringLiteral("url"), s.url);
    s.user = c.args.option(QStringLiteral("user"), s.user);
    s.caFile = c.args.option(QStringLiteral("ca-file"), s.caFile);
    // A CA file given with the default mode upgrades it to verify-full; an explicit mode stays.
    const bool defaultMode = s.sslMode == core::ServerSettings::defaultSslMode({});
    s.sslMode = c.args.option(QStringLiteral("sslmode"),
                              defaultMode ? core::ServerSettings::defaultSslMode(s.caFile) : s.sslMode);
    s.validate();
    s.save(store->profile());
    if (c.args.has(QStringLiteral("password-stdin"))) {
        core::PasswordStore keychain(s.accountKey());
        if (!keychain.write(readPassword(c, QStringLiteral("Password"))))
            throw Error(
                QStringLiteral("settings saved, but the password could not go in the OS keychain (%1); "
                               "give it with --password-stdin at each sync")
                    .arg(keychain.lastError()));
        c.out << "Password stored in the OS keychain.\n";
    }
    c.out << "Server: " << s.accountKey() << " (sslmode " << s.sslMode << ")\n";
    return 0;
}

QJsonObject reportJson(const core::SyncReport &r, qint64 pending, qint64 conflicts)
{
    return {{QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("merged"), r.merged},
            {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("pulled_tickets"), r.pulledTickets},
            {QStringLiteral("pulled_notes"), r.pulledNotes},
            {QStringLiteral("pulled_audit"), r.pulledAudit},
            {QStringLiteral("held_back"), r.heldBack},
            {QStringLiteral("catalogue_updated"), r.catalogueUpdated},
            {QStringLiteral("articles"), r.articles},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("conflicts"), conflicts}};
}

int runSyncOnce(Context &c, core::LocalStore &store, const core::ServerSettings &settings,
                const QString &password)
{
    const QString name = QStringLiteral("civicdesk-cli-sync");
    core::SyncReport report;
    core::KbSyncSink articles(store.database());
    {
        QSqlDatabase db = core::ServerConnection::open(settings, password, name);
        core::SyncSession session(store.database(), db, settings);
        session.setKnowledgeBaseSink(&articles);
        report = session.run();
    }
    core::ServerConnection::close(name);
    const core::Outbox outbox(store.database());
    const qint64 pending = outbox.pendingCount();
    const qint64 conflicts = outbox.conflictCount();
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(reportJson(report, pending, conflicts)).toJson(QJsonDocument::Compact) << "\n";
    } else {
        c.out << "Pushed " << report.pushed << " change(s), merged " << report.merged << ", already there "
              << report.duplicates << ", refused " << report.rejected << "; pulled " << report.pulledTickets
              << " ticket(s), " << report.pulledNotes << " note(s), " << report.pulledAudit
              << " audit event(s), " << report.articles << " knowledge-base article(s).\n";
        for (const QString &line : articles.skipped())
            c.out << "Skipped " << line << "\n";
        if (conflicts > 0)
            c.out << conflicts
                  << " refused change(s) wait in the conflicts list (civicdesk-cli sync conflicts).\n";
    }
    return 0;
}

int runSync(Context &c)
{
    const bool watch = c.args.has(QStringLiteral("watch"));
    auto store = openStore(c);
    const core::ServerSettings settings = profileSettings(c, *store);
    const QString password = syncPassword(c, settings);
    if (!watch)
        return runSyncOnce(c, *store, settings, password);

    // --watch: the same engine as the GUI, printing each change of state until stopped.
    core::KbSyncSink articles(store->database()); // outlives the engine, which stops first
    core::SyncEngine engine(store->database());
    engine.setKnowledgeBaseSink(&articles);
    QObject::connect(&engine, &core::SyncEngine::statusChanged, [&c](const core::SyncStatus &s) {
        using State = core::SyncStatus::State;
        if (s.state == State::Syncing)
            return;
        c.out << (s.state == State::Online ? "online" : "offline") << ", " << s.pending << " pending, "
              << s.conflicts << " conflict(s)";
        if (!s.message.isEmpty())
            c.out << ": " << s.message << " (retry in " << (s.nextAttemptMs + 999) / 1000 << " s)";
        c.out << "\n" << Qt::flush;
    });
    engine.start(settings, password);
    return QCoreApplication::exec();
}

int runStatus(Context &c)
{
    auto store = openStore(c);
    const core::ServerSettings s = core::ServerSettings::load(store->profile());
    const core::Outbox outbox(store->database());
    const qint64 pending = outbox.pendingCount();
    const qint64 conflicts = outbox.conflictCount();
    const QDateTime last = core::SyncSession::lastSync(store->database());
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(
                     QJsonObject{{QStringLiteral("server"), s.isConfigured() ? s.accountKey() : QString()},
                                 {QStringLiteral("sslmode"), s.sslMode},
                                 {QStringLiteral("pending"), pending},
                                 {QStringLiteral("conflicts"), conflicts},
                                 {QStringLiteral("last_sync"),
                                  last.isValid() ? last.toString(Qt::ISODate) : QString()}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return 0;
    }
    c.out << "Server:     " << (s.isConfigured() ? s.accountKey() : QStringLiteral("(none)")) << "\n"
          << "Pending:    " << pending << "\n"
          << "Conflicts:  " << conflicts << "\n"
          << "Last sync:  " << (last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("never"))
          << "\n";
    return 0;
}

int runConflicts(Context &c)
{
    auto store = openStore(c);
    const core::ConflictListModel model(store->database());
    QJsonArray list;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
        if (c.args.has(QStringLiteral("json")))
            list.append(QJsonObject{{QStringLiteral("reference"), cell(core::ConflictListModel::Reference)},
                                    {QStringLiteral("kind"), cell(core::ConflictListModel::Kind)},
                                    {QStringLiteral("reason"), cell(core::ConflictListModel::Reason)}});
        else
            c.out << cell(core::ConflictListModel::Reference) << "  " << cell(core::ConflictListModel::Kind)
                  << "  " << cell(core::ConflictListModel::Reason) << "\n";
    }
    if (c.args.has(QStringLiteral("json")))
        c.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

const QStringList kConnectionOptions = {QStringLiteral("url"), QStringLiteral("sslmode"),
                                        QStringLiteral("ca-file")};

const CommandRegistrar initRegistrar({
    {QStringLiteral("server"), QStringLiteral("init")},
    QStringLiteral("server init --url URL [--sslmode MODE] [--ca-file FILE] [--json]"),
    QStringLiteral(
        "Create or upgrade the shared PostgreSQL schema, roles and security (run as a superuser)."),
    kConnectionOptions,
    {QStringLiteral("json")},
    runServerInit,
});

const CommandRegistrar addUserRegistrar({
    {QStringLiteral("server"), QStringLiteral("add-user")},
    QStringLiteral("server add-user NAME --role calltaker|supervisor|admin --url URL [--password-stdin]"),
    QStringLiteral("Create a login (or reset its password and role); the password is typed or piped in."),
    kConnectionOptions + QStringList{QStringLiteral("role")},
    {QStringLiteral("password-stdin")},
    runAddUser,
});

const CommandRegistrar catalogRegistrar({
    {QStringLiteral("server"), QStringLiteral("publish-catalog")},
    QStringLiteral("server publish-catalog FILE --url URL"),
    QStringLiteral("Publish a service catalogue to every workstation (administrators)."),
    kConnectionOptions,
    {},
    runPublishCatalog,
});

const CommandRegistrar articlesRegistrar({
    {QStringLiteral("server"), QStringLiteral("publish-kb")},
    QStringLiteral("server publish-kb FILE.jsonl --url URL"),
    QStringLiteral(
        "Publish knowledge-base articles (one JSON object with an \"id\" per line; administrators)."),
    kConnectionOptions,
    {},
    runPublishArticles,
});

const CommandRegistrar configureRegistrar({
    {QStringLiteral("sync"), QStringLiteral("configure")},
    QStringLiteral(
        "sync configure --url URL [--user NAME] [--sslmode MODE] [--ca-file FILE] [--password-stdin]"),
    QStringLiteral("Save this profile's server settings; the password goes in the OS keychain."),
    kConnectionOptions + QStringList{QStringLiteral("user")},
    {QStringLiteral("password-stdin")},
    runConfigure,
});

const CommandRegistrar syncRegistrar({
    {QStringLiteral("sync")},
    QStringLiteral("sync --once|--watch [--url URL] [--user NAME] [--password-stdin] [--json]"),
    QStringLiteral("Push local changes and pull the server's, once or continuously."),
    kConnectionOptions + QStringList{QStringLiteral("user")},
    {QStringLiteral("once"), QStringLiteral("watch"), QStringLiteral("password-stdin"),
     QStringLiteral("json")},
    runSync,
});

const CommandRegistrar statusRegistrar({
    {QStringLiteral("sync"), QStringLiteral("status")},
    QStringLiteral("sync status [--json]"),
    QStringLiteral("Show the server, pending changes, conflicts and the last sync time."),
    {},
    {QStringLiteral("json")},
    runStatus,
});

const CommandRegistrar conflictsRegistrar({
    {QStringLiteral("sync"), QStringLiteral("conflicts")},
    QStringLiteral("sync conflicts [--json]"),
    QStringLiteral("List changes the server refused."),
    {},
    {QStringLiteral("json")},
    runConflicts,
});

} // namespace
} // namespace civicdesk::cli

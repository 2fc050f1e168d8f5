#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::cli {

// The parsed words of one invocation: positionals, --name value options and --flags.
class Arguments
{
public:
    QStringList positional;
    QMap<QString, QString> options;
    QStringList flags;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool hasOption(const QString &name) const { return options.contains(name); }
    // An integer option; throws a clear error for "--limit ten".
    int intOption(const QString &name, int fallback) const;
};

struct Context
{
    Arguments args;
    QString profileDirectory;
    QTextStream &out;
    QTextStream &err;
};

// One command, e.g. {"tickets", "list"}. Commands register themselves from their own file, so
// adding a command never touches main.cpp.
struct Command
{
    QStringList words;
    QString usage;            // "tickets list [--status S] [--limit N] [--json]"
    QString summary;          // one line for --help
    QStringList valueOptions; // options that take a value
    QStringList flagOptions;  // options that take none
    std::function<int(Context &)> run;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(Command command);
    const QList<Command> &commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

struct CommandRegistrar
{
    explicit CommandRegistrar(Command command) { CommandRegistry::instance().add(std::move(command)); }
};

// Opens (and on first use initialises) the profile's local store.
std::unique_ptr<core::LocalStore> openStore(const Context &context);

// Reads a whole file, or standard input for "-". Throws Error naming the file.
QByteArray readInput(const QString &fileName);

// A data file of the source tree that a bench command reads unless told another (judged
// queries, phrase sets): under CIVICDESK_SOURCE_DIR when it is there (as ctest sets it), else
// the relative path, for a run from the source folder.
QString sourceTreeFile(const QString &relativePath);

} // namespace civicdesk::cli

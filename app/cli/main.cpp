// civicdesk-cli: every core capability without a screen, for administrators, scripts and cron.
#include "cli/command.h"
#include "core/domain/error.h"
#include "core/help/manpage.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace civicdesk;

namespace {

QList<cli::Command> sortedCommands()
{
    QList<cli::Command> commands = cli::CommandRegistry::instance().commands();
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a.usage < b.usage; });
    return commands;
}

void printHelp(QTextStream &out)
{
    out << "Usage: civicdesk-cli [--profile DIR] COMMAND [ARGS]\n\n"
        << "The profile folder comes from --profile, else $CIVICDESK_PROFILE, else the user's application "
           "data "
           "folder.\n\nCommands:\n";
    for (const auto &c : sortedCommands())
        out << "  " << c.usage << "\n      " << c.summary << "\n";
    out << "\nGlobal options: --profile DIR, --version, --help, --man\n";
}

// The manual page comes from the same command table as --help, so the two never disagree.
void printManPage(QTextStream &out)
{
    core::ManPage page(QStringLiteral("civicdesk-cli"),
                       QStringLiteral("the CivicDesk administrator's command line"),
                       QCoreApplication::applicationVersion());
    page.setSynopsis(QStringLiteral("civicdesk-cli [--profile DIR] COMMAND [ARGS]"));
    page.setDescription(
        QStringLiteral("civicdesk-cli reaches every capability of the CivicDesk 311 console without a "
                       "screen: the local store, the "
                       "service catalogue, tickets, the knowledge base, geography, Open311 and CSV import "
                       "and export, the shared "
                       "PostgreSQL server, sync and the benchmarks. Errors are one line on standard error "
                       "with a non-zero exit "
                       "status; --json prints machine-readable output where a command offers it."));
    core::ManPage::Section commands{QStringLiteral("Commands"), {}, {}};
    for (const auto &c : sortedCommands())
        commands.entries.append({c.usage, c.summary});
    page.addSection(commands);
    page.addSection({QStringLiteral("Options"),
                     {{QStringLiteral("--profile DIR"),
                       QStringLiteral("The profile folder: the local store and settings.")},
                      {QStringLiteral("--version"), QStringLiteral("Print the version and exit.")},
                      {QStringLiteral("--help"), QStringLiteral("List every command with its options.")},
                      {QStringLiteral("--man"), QStringLiteral("Print this manual page.")}},
                     {}});
    page.addSection(
        {QStringLiteral("Environment"),
         {{QStringLiteral("CIVICDESK_PROFILE"),
           QStringLiteral("The profile folder when --profile is not given; else the user's application "
                          "data folder.")}},
         {}});
    out << page.toTroff();
}

// Longest match of the leading words against the registered commands.
const cli::Command *findCommand(const QStringList &words, qsizetype &consumed)
{
    const cli::Command *best = nullptr;
    consumed = 0;
    for (const auto &c : cli::CommandRegistry::instance().commands()) {
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words &&
            c.words.size() > consumed) {
            best = &c;
            consumed = c.words.size();
        }
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList words = app.arguments().mid(1);
    QString profile;

    // Global options may stand anywhere before the command's own arguments.
    for (qsizetype i = 0; i < words.size();) {
        // A command with its own --profile (import requests-csv FILE --profile sf) keeps the
        // ones after its words; only a --profile before the command is the global one.
        qsizetype matched = 0;
        const cli::Command *before = findCommand(words.mid(0, i), matched);
        if (before && before->valueOptions.contains(QStringLiteral("profile"))) {
            ++i;
            continue;
        }
        if (words.at(i) == QLatin1String("--profile")) {
            if (i + 1 >= words.size()) {
                err << "civicdesk-cli: --profile needs a folder\n";
                return 2;
            }
            profile = words.at(i + 1);
            words.remove(i, 2);
        } else if (words.at(i).startsWith(QStringLiteral("--profile="))) {
            profile = words.at(i).mid(10);
            words.remove(i);
        } else {
            ++i;
        }
    }
    if (words.isEmpty() || words.first() == QLatin1String("--help") ||
        words.first() == QLatin1String("help")) {
        printHelp(out);
        return words.isEmpty() ? 2 : 0;
    }
    if (words.first() == QLatin1String("--man")) {
        printManPage(out);
        return 0;
    }
    if (words.first() == QLatin1String("--version")) {
        out << "civicdesk-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }

    qsizetype consumed = 0;
    const cli::Command *command = findCommand(words, consumed);
    if (!command) {
        err << "civicdesk-cli: unknown command \"" << words.join(u' ') << "\" (see civicdesk-cli --help)\n";
        return 2;
    }

    cli::Arguments args;
    const QStringList rest = words.mid(consumed);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &w = rest.at(i);
        if (w.startsWith(QStringLiteral("--")) && w.size() > 2) {
            QString name = w.mid(2);
            QString value;
            const bool inlineValue = name.contains(u'=');
            if (inlineValue) {
                value = name.section(u'=', 1);
                name = name.section(u'=', 0, 0);
            }
            if (command->valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= rest.size()) {
                        err << "civicdesk-cli: --" << name << " needs a value. Usage: " << command->usage
                            << "\n";
                        return 2;
                    }
                    value = rest.at(++i);
                }
                args.options.insert(name, value);
            } else if (command->flagOptions.contains(name) && !inlineValue) {
                args.flags.append(name);
            } else {
                err << "civicdesk-cli: unknown option --" << name << ". Usage: " << command->usage << "\n";
                return 2;
            }
        } else {
            args.positional.append(w);
        }
    }

    cli::Context context{args, profile, out, err};
    try {
        return command->run(context);
    } catch (const core::Error &e) {
        out.flush();
        err << "civicdesk-cli: " << e.message() << "\n";
        return 1;
    } catch (const std::exception &e) {
        out.flush();
        err << "civicdesk-cli: " << e.what() << "\n";
        return 1;
    }
}

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// One run of the real civicdesk-cli binary (CIVICDESK_CLI, set by ctest), for the tests that
// drive commands end to end.
namespace civicdesk::testsupport {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("CIVICDESK_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace civicdesk::testsupport

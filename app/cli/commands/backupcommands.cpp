#include "cli/command.h"
#include "core/domain/error.h"
#include "core/profile/profilelock.h"
#include "core/store/localstore.h"
#include "core/store/storebackup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk::cli {
namespace {

using core::Error;

int runBackup(Context &c)
{
    auto store = openStore(c);
    const core::StoreBackup backups(store->profile());
    const QString file = backups.create(store->database());
    if (c.args.has(QStringLiteral("json"))) {
        c.out << QJsonDocument(
                     QJsonObject{{QStringLiteral("backup"), file},
                                 {QStringLiteral("bytes"), QFileInfo(file).size()},
                                 {QStringLiteral("kept"), QJsonArray::fromStringList(backups.list())}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return 0;
    }
    c.out << "Backup: " << file << " (" << QFileInfo(file).size() / 1024 << " KiB; " << backups.list().size()
          << " kept in " << backups.folder() << ")\n";
    return 0;
}

int runRestore(Context &c)
{
    if (c.args.positional.isEmpty())
        throw Error(
            QStringLiteral("restore: give the backup FILE (civicdesk-cli backup lists where they are)"));
    const QString file = c.args.positional.constFirst();
    const core::Profile profile(core::Profile::resolveDirectory(c.profileDirectory));
    // Replacing the file under a running console would lose its work and confuse its store.
    core::ProfileLock lock(profile);
    if (lock.tryLock() == core::ProfileLock::State::HeldByOther)
        throw Error(QStringLiteral(
                        "restore: a CivicDesk console (process %1) has the profile %2 open; close it first")
                        .arg(lock.holderPid())
                        .arg(profile.directory()));
    const int carried = core::StoreBackup(profile).restore(file);
    c.out << "Restored " << file << " into " << profile.storePath() << "; " << carried
          << " unsynced change(s) carried over from the replaced store\n";
    return 0;
}

const CommandRegistrar backupRegistrar({
    {QStringLiteral("backup")},
    QStringLiteral("backup [--json]"),
    QStringLiteral(
        "Copy the local store (online, SQLite's backup API) into <profile>/backups; the newest 7 are kept."),
    {},
    {QStringLiteral("json")},
    runBackup,
});

const CommandRegistrar restoreRegistrar({
    {QStringLiteral("restore")},
    QStringLiteral("restore FILE"),
    QStringLiteral("Replace the local store with a backup (checked first); unsynced changes of the replaced "
                   "store are kept."),
    {},
    {},
    runRestore,
});

} // namespace
} // namespace civicdesk::cli

#pragma once

#include "core/profile/profile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

class Database;

// Copies of a profile's local store in <profile>/backups, made online with SQLite's backup API
// (a consistent snapshot while the console keeps writing; WAL readers never block writers).
// The console makes one at most once a day and one at exit; the newest kKeep are kept.
class StoreBackup final
{
public:
    static constexpr int kKeep = 7;

    explicit StoreBackup(Profile profile);

    QString folder() const;
    // The backups, newest first.
    QStringList list() const;

    // Writes a new backup of the open store and drops the oldest beyond kKeep. Returns its path;
    // throws Error (naming the file) when it cannot be written. A half-written copy is removed.
    QString create(const Database &db) const;
    // create() unless the newest backup is younger than a day; returns the new path or empty.
    QString createIfDue(const Database &db, const QDateTime &nowUtc) const;

    // SQLite's PRAGMA quick_check on a file (never created here): empty when the file is sound,
    // else the first problem it reports (or why it cannot be read at all).
    static QString quickCheck(const QString &file);
    // The newest backup that passes quickCheck(), or empty.
    QString newestGood() const;

    // Replaces the profile's store with `file` (checked first; the store must not be open).
    // Outbox entries that the replaced store still holds and the backup lacks are carried over,
    // so changes not yet synced reach the server. The replaced file is kept beside the store as
    // civicdesk.sqlite.damaged-<time>. Returns how many outbox entries were carried over.
    int restore(const QString &file) const;

private:
    Profile m_profile;
};

} // namespace civicdesk::core

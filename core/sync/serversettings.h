#pragma once

#include "core/profile/profile.h"

#include <QString>
#include <QStringList>

namespace civicdesk::core {

// Where the shared database is and how to reach it, kept in the profile's settings file. The
// password is never here: it lives in the OS keychain (PasswordStore) or is asked for.
struct ServerSettings
{
    QString url; // postgresql://[user@]host[:port]/database
    QString user;
    QString sslMode = QStringLiteral("prefer");
    QString caFile;

    static QStringList sslModes(); // disable, allow, prefer, require, verify-ca, verify-full
    bool isConfigured() const { return !url.isEmpty(); }
    // Throws Error naming the field when the URL or the sslmode is not usable.
    void validate() const;
    // user@host:port/database: the keychain entry and what the status bar names.
    QString accountKey() const;

    static ServerSettings load(const Profile &profile);
    // Stores the URL without any password it may contain.
    void save(const Profile &profile) const;
};

} // namespace civicdesk::core

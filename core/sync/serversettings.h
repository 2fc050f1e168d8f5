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
    // TLS unless the administrator turns it off by name: "disable", "allow" and "prefer" are
    // only ever set explicitly (a "prefer" connection falls back to plain text silently).
    QString sslMode = QStringLiteral("require");
    QString caFile;

    static QStringList sslModes(); // disable, allow, prefer, require, verify-ca, verify-full
    // require, or verify-full when a CA file is given: with the CA at hand, check the host too.
    static QString defaultSslMode(const QString &caFile);
    // Whether this mode can end up with a connection in plain text.
    static bool allowsPlainText(const QString &sslMode);
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

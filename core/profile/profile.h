#pragma once

#include <QString>

namespace civicdesk::core {

// A profile is one folder holding a workstation's local store and settings. Tests and
// trainers use throw-away profiles; production uses the platform's application data folder.
class Profile
{
public:
    // --profile DIR wins, then $CIVICDESK_PROFILE, then the folder chosen in Preferences
    // (ProfileLocation), then QStandardPaths::AppDataLocation.
    static QString resolveDirectory(const QString &fromOption);

    explicit Profile(QString directory);

    QString directory() const { return m_directory; }
    QString storePath() const;
    QString settingsPath() const;

    // Creates the folder if needed and checks that it can be written; throws a clear Error.
    void ensureWritable() const;

private:
    QString m_directory;
};

} // namespace civicdesk::core

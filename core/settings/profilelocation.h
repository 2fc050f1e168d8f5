#pragma once

#include <QString>

namespace civicdesk::core {

// Where this user's profile lives when neither --profile nor $CIVICDESK_PROFILE says. It cannot
// be kept in the profile's own settings file (it says where that file is), so it is one key in
// the user's configuration folder. Read once at start: a change takes effect at the next start.
class ProfileLocation final
{
public:
    // The chosen folder, or "" for the platform's application data folder.
    static QString chosen();
    // Stores the folder ("" goes back to the default). Throws Error naming the field when the
    // folder cannot be created or written.
    static void choose(const QString &directory);
    // The file holding the choice (in QStandardPaths::AppConfigLocation).
    static QString filePath();
    static QString defaultDirectory();
};

} // namespace civicdesk::core

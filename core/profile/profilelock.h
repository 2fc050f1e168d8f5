#pragma once

#include "core/profile/profile.h"

#include <QLockFile>
#include <QString>

namespace civicdesk::core {

// The console's claim on a profile folder: one console per profile, because two would each
// autosave the same calls and race on the local store. A lock file left by a console that
// crashed (or lost power) is taken over, and says that the store may need a check.
class ProfileLock final
{
public:
    enum class State {
        Acquired,           // nobody held it
        AcquiredAfterCrash, // the last console ended without closing: check the store
        HeldByOther,        // another console runs on this profile
        Unavailable,        // the folder cannot hold a lock file (read-only, missing)
    };

    explicit ProfileLock(const Profile &profile);
    ~ProfileLock(); // releases it
    Q_DISABLE_COPY_MOVE(ProfileLock)

    State tryLock();
    // The process that holds it, when tryLock() said HeldByOther (0 when unknown).
    qint64 holderPid() const;
    QString path() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace civicdesk::core

#include "core/profile/profilelock.h"

#include <QDir>
#include <QFileInfo>

namespace civicdesk::core {

ProfileLock::ProfileLock(const Profile &profile)
    : m_path(QDir(profile.directory()).filePath(QStringLiteral("console.lock"))), m_lock(m_path)
{
    // A lock is stale only when its process is gone (QLockFile checks the pid and name); a
    // console that is merely busy for a long time keeps it.
    m_lock.setStaleLockTime(0);
}

ProfileLock::~ProfileLock() = default;

ProfileLock::State ProfileLock::tryLock()
{
    const bool leftOver = QFileInfo::exists(m_path);
    if (m_lock.tryLock(0))
        return leftOver ? State::AcquiredAfterCrash : State::Acquired;
    if (m_lock.error() == QLockFile::LockFailedError)
        return State::HeldByOther;
    return State::Unavailable;
}

qint64 ProfileLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace civicdesk::core

#include "core/profile/profile.h"

#include "core/domain/error.h"
#include "core/settings/profilelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace civicdesk::core {

QString Profile::resolveDirectory(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return QDir(fromOption).absolutePath();
    const QString env = qEnvironmentVariable("CIVICDESK_PROFILE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    // The folder chosen in Preferences, kept outside any profile.
    const QString chosen = ProfileLocation::chosen();
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Profile::Profile(QString directory) : m_directory(std::move(directory)) {}

QString Profile::storePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("civicdesk.sqlite"));
}

QString Profile::settingsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("civicdesk.ini"));
}

void Profile::ensureWritable() const
{
    if (!QDir().mkpath(m_directory))
        throw Error(
            QCoreApplication::translate("Profile", "cannot create the profile folder %1").arg(m_directory));
    // Permission bits lie for root and for some network file systems: try a real write.
    QTemporaryFile probe(QDir(m_directory).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        throw Error(
            QCoreApplication::translate("Profile", "the profile folder %1 is not writable").arg(m_directory));
    const QFileInfo store(storePath());
    if (store.exists() && !store.isWritable())
        throw Error(
            QCoreApplication::translate("Profile", "the local store %1 is not writable").arg(storePath()));
}

} // namespace civicdesk::core

#include "core/settings/profilelocation.h"

#include "core/domain/error.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace civicdesk::core {

namespace {
const QString kKey = QStringLiteral("profile/directory");
}

QString ProfileLocation::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("profile-location.ini"));
}

QString ProfileLocation::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProfileLocation::chosen()
{
    const QSettings s(filePath(), QSettings::IniFormat);
    const QVariant v = s.value(kKey);
    // A list or an empty value means nothing was chosen; a relative path has no fixed meaning.
    if (v.typeId() != QMetaType::QString)
        return {};
    const QString directory = v.toString();
    return QDir::isAbsolutePath(directory) ? QDir::cleanPath(directory) : QString();
}

void ProfileLocation::choose(const QString &directory)
{
    const QString cleaned = directory.trimmed().isEmpty() ? QString() : QDir::cleanPath(directory.trimmed());
    if (!cleaned.isEmpty()) {
        if (!QDir::isAbsolutePath(cleaned))
            throw Error(
                QCoreApplication::translate("ProfileLocation", "the profile folder must be a full path: %1")
                    .arg(directory),
                {{QStringLiteral("profile"),
                  QCoreApplication::translate("ProfileLocation", "not a full path")}});
        try {
            Profile(cleaned).ensureWritable();
        } catch (const Error &e) {
            throw Error(e.message(), {{QStringLiteral("profile"), e.message()}});
        }
    }
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    QSettings s(filePath(), QSettings::IniFormat);
    if (cleaned.isEmpty() || cleaned == QDir::cleanPath(defaultDirectory()))
        s.remove(kKey);
    else
        s.setValue(kKey, cleaned);
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(
            QCoreApplication::translate("ProfileLocation", "cannot write %1").arg(filePath()),
            {{QStringLiteral("profile"), QCoreApplication::translate("ProfileLocation", "not saved")}});
}

} // namespace civicdesk::core

#include "core/sync/serversettings.h"

#include "core/demo/demosandbox.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace civicdesk::core {

QStringList ServerSettings::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerSettings::defaultSslMode(const QString &caFile)
{
    return caFile.isEmpty() ? QStringLiteral("require") : QStringLiteral("verify-full");
}

bool ServerSettings::allowsPlainText(const QString &sslMode)
{
    return sslMode == QLatin1String("disable") || sslMode == QLatin1String("allow") ||
           sslMode == QLatin1String("prefer");
}

void ServerSettings::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() ||
        (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")) ||
        u.host().isEmpty())
        throw Error(QCoreApplication::translate(
                        "ServerSettings", "server URL \"%1\" must look like postgresql://host:5432/database")
                        .arg(url),
                    {{QStringLiteral("url"),
                      QCoreApplication::translate("ServerSettings", "not a postgresql:// URL")}});
    if (!sslModes().contains(sslMode))
        throw Error(
            QCoreApplication::translate("ServerSettings", "sslmode \"%1\" must be one of %2")
                .arg(sslMode, sslModes().join(QStringLiteral(", "))),
            {{QStringLiteral("sslmode"), QCoreApplication::translate("ServerSettings", "unknown mode")}});
    if (sslMode.startsWith(QStringLiteral("verify")) && caFile.isEmpty())
        throw Error(QCoreApplication::translate("ServerSettings", "sslmode %1 needs a CA certificate file")
                        .arg(sslMode),
                    {{QStringLiteral("ca_file"),
                      QCoreApplication::translate("ServerSettings", "is required for %1").arg(sslMode)}});
}

QString ServerSettings::accountKey() const
{
    const QUrl u(url);
    const QString who = user.isEmpty() ? u.userName() : user;
    QString path = u.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    return QStringLiteral("%1@%2:%3/%4").arg(who, u.host()).arg(u.port(5432)).arg(path);
}

ServerSettings ServerSettings::load(const Profile &profile)
{
    // A training sandbox is never live: whatever its settings file says, it has no server.
    if (DemoSandbox::isSandbox(profile.directory()))
        return {};
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.beginGroup(QStringLiteral("sync"));
    ServerSettings out;
    out.url = s.value(QStringLiteral("url")).toString();
    out.user = s.value(QStringLiteral("user")).toString();
    out.caFile = s.value(QStringLiteral("ca_file")).toString();
    out.sslMode = s.value(QStringLiteral("sslmode"), defaultSslMode(out.caFile)).toString();
    return out;
}

void ServerSettings::save(const Profile &profile) const
{
    if (DemoSandbox::isSandbox(profile.directory()))
        throw Error(QCoreApplication::translate("ServerSettings", "%1 is a training sandbox: it never connects to a server")
                        .arg(profile.directory()),
                    {{QStringLiteral("url"), QStringLiteral("sandbox")}});
    QUrl clean(url);
    clean.setPassword(QString());
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.beginGroup(QStringLiteral("sync"));
    s.setValue(QStringLiteral("url"), clean.toString());
    s.setValue(QStringLiteral("user"), user);
    s.setValue(QStringLiteral("sslmode"), sslMode);
    s.setValue(QStringLiteral("ca_file"), caFile);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(QCoreApplication::translate("ServerSettings", "cannot write the settings file %1")
                        .arg(profile.settingsPath()));
}

} // namespace civicdesk::core

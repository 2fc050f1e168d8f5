// TLS by default (issue #13, point 5): require, verify-full with a CA file; the modes that
// allow plain text are only ever set explicitly.
#include "core/profile/profile.h"
#include "core/sync/serversettings.h"
#include "support/testmain.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace civicdesk;

class TestTlsSettings : public QObject
{
    Q_OBJECT

private:
    static int cli(const QString &profile, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(qEnvironmentVariable("CIVICDESK_CLI"),
                QStringList{QStringLiteral("--profile"), profile} + arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return -1;
        return p.exitCode();
    }

private Q_SLOTS:
    void defaults()
    {
        QCOMPARE(core::ServerSettings().sslMode, QStringLiteral("require"));
        QCOMPARE(core::ServerSettings::defaultSslMode({}), QStringLiteral("require"));
        QCOMPARE(core::ServerSettings::defaultSslMode(QStringLiteral("/etc/ca.crt")),
                 QStringLiteral("verify-full"));
        for (const char *mode : {"disable", "allow", "prefer"})
            QVERIFY(core::ServerSettings::allowsPlainText(QString::fromLatin1(mode)));
        for (const char *mode : {"require", "verify-ca", "verify-full"})
            QVERIFY(!core::ServerSettings::allowsPlainText(QString::fromLatin1(mode)));
    }

    void loadWithoutAMode()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        {
            QSettings s(profile.settingsPath(), QSettings::IniFormat);
            s.setValue(QStringLiteral("sync/url"), QStringLiteral("postgresql://db.example.org/civicdesk"));
        }
        QCOMPARE(core::ServerSettings::load(profile).sslMode, QStringLiteral("require"));
        {
            QSettings s(profile.settingsPath(), QSettings::IniFormat);
            s.setValue(QStringLiteral("sync/ca_file"), QStringLiteral("/etc/civicdesk/ca.crt"));
        }
        QCOMPARE(core::ServerSettings::load(profile).sslMode, QStringLiteral("verify-full"));
    }

    void cliConfigure()
    {
        if (qEnvironmentVariable("CIVICDESK_CLI").isEmpty())
            QFAIL("CIVICDESK_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://agent@db.example.org/civicdesk");
        QCOMPARE(cli(dir.path(),
                     {QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--url"), url}),
                 0);
        QCOMPARE(core::ServerSettings::load(core::Profile(dir.path())).sslMode, QStringLiteral("require"));
        QCOMPARE(cli(dir.path(), {QStringLiteral("sync"), QStringLiteral("configure"),
                                  QStringLiteral("--ca-file"), QStringLiteral("/etc/ca.crt")}),
                 0);
        QCOMPARE(core::ServerSettings::load(core::Profile(dir.path())).sslMode,
                 QStringLiteral("verify-full"));
        QCOMPARE(cli(dir.path(), {QStringLiteral("sync"), QStringLiteral("configure"),
                                  QStringLiteral("--sslmode"), QStringLiteral("prefer")}),
                 0);
        QCOMPARE(core::ServerSettings::load(core::Profile(dir.path())).sslMode, QStringLiteral("prefer"));
    }
};

CIVICDESK_TEST_MAIN(TestTlsSettings)
#include "test_tlssettings.moc"

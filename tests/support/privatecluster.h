#pragma once

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

namespace civicdesk::testsupport {

// A PostgreSQL cluster of our own, to stop and start at will.
class PrivateCluster
{
public:
    PrivateCluster()
    {
        m_bin =
            qEnvironmentVariable("CIVICDESK_TEST_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        // Password authentication over TCP, so a wrong password can be shown to be named as such.
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        pw.open(QIODevice::WriteOnly);
        pw.write("fault-test-pw\n");
        pw.close();
        pw.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        m_ok = run(QStringLiteral("initdb"),
                   {QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                    QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("--no-sync")}) &&
               start();
    }
    ~PrivateCluster() { stop(QStringLiteral("immediate")); }

    bool ok() const { return m_ok; }
    quint16 port() const { return m_port; }
    QString url(quint16 port = 0) const
    {
        return QStringLiteral("postgresql://postgres:fault-test-pw@127.0.0.1:%1/postgres")
            .arg(port ? port : m_port);
    }

    bool start()
    {
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), data(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                    QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                        .arg(m_port)
                        .arg(m_dir.path()),
                    QStringLiteral("start")});
    }
    bool stop(const QString &mode)
    {
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-m"), mode,
                                              QStringLiteral("-w"), QStringLiteral("stop")});
    }

private:
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    bool run(const QString &tool, const QStringList &args) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), m_bin + u'/' + tool} +
                                                   args);
        else
            p.start(m_bin + u'/' + tool, args);
        p.waitForFinished(60000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning("%s failed: %s", qPrintable(tool), p.readAll().constData());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_ok = false;
};

} // namespace civicdesk::testsupport

#include "core/settings/connectiontest.h"

#include "core/sync/serverconnection.h"
#include "core/sync/syncerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QUrl>
#include <QtConcurrent>

namespace civicdesk::core {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("ConnectionTest", text);
}

QString where(const ServerSettings &s)
{
    const QUrl u(s.url);
    return QStringLiteral("%1:%2").arg(u.host()).arg(u.port(5432));
}

QAtomicInteger<quint64> g_connectionCounter;
} // namespace

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5 % early; the limit is a promise to the user.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({Outcome::TimedOut,
                say("the server %1 did not answer within %2 seconds; check the host name, the port and the "
                    "firewall")
                    .arg(where(m_settings))
                    .arg(m_deadline.interval() / 1000.0, 0, 'g', 3),
                m_clock.elapsed()});
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_running)
            finish(m_watcher.result());
    });
}

ConnectionTest::~ConnectionTest()
{
    // The worker reports into m_watcher: wait for a connect still in flight (at most libpq's
    // connect_timeout) rather than leave it writing into a destroyed object.
    m_watcher.waitForFinished();
}

void ConnectionTest::start(const ServerSettings &settings, const QString &password, int deadlineMs)
{
    if (m_running)
        return;
    m_running = true;
    m_settings = settings;
    m_clock.start();
    m_deadline.start(deadlineMs);
    m_watcher.setFuture(QtConcurrent::run([settings, password] { return run(settings, password); }));
}

void ConnectionTest::finish(Result result)
{
    m_deadline.stop();
    m_running = false;
    result.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(result);
}

ConnectionTest::Result ConnectionTest::run(const ServerSettings &settings, const QString &password)
{
    QElapsedTimer clock;
    clock.start();
    const QString name = QStringLiteral("connection-test-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    Result result;
    try {
        settings.validate();
    } catch (const Error &e) {
        return {Outcome::InvalidSettings, e.message(), clock.elapsed()};
    }
    try {
        const QSqlDatabase db = ServerConnection::open(settings, password, name);
        const bool tls = ServerConnection::usesTls(db);
        result = {Outcome::Connected,
                  tls ? say("connected to %1 over TLS as %2; the CivicDesk schema is version %3")
                            .arg(where(settings), db.userName())
                            .arg(ServerConnection::schemaVersion(db))
                      : say("connected to %1 WITHOUT TLS as %2; the CivicDesk schema is version %3")
                            .arg(where(settings), db.userName())
                            .arg(ServerConnection::schemaVersion(db)),
                  0};
    } catch (const SyncError &e) {
        switch (e.kind()) {
        case SyncError::Kind::NotInitialised:
        case SyncError::Kind::SchemaTooNew:
            result = {Outcome::SchemaVersion, e.message(), 0};
            break;
        case SyncError::Kind::NotConfigured:
            result = {Outcome::InvalidSettings, e.message(), 0};
            break;
        default: {
            // ServerConnection's message is written for the status bar; name the cause here.
            const Outcome outcome = classify(e.detail());
            QString cause;
            switch (outcome) {
            case Outcome::HostNotFound:
                cause = say("the host name %1 was not found (DNS)").arg(QUrl(settings.url).host());
                break;
            case Outcome::Refused:
                cause = say("%1 refused the connection: no server listens on that port").arg(where(settings));
                break;
            case Outcome::TimedOut:
                cause = say("%1 did not answer in time").arg(where(settings));
                break;
            case Outcome::NotPostgres:
                cause =
                    say("something answers at %1, but it is not a PostgreSQL server; check the host and port")
                        .arg(where(settings));
                break;
            case Outcome::Tls:
                cause = say("the secure connection (TLS) to %1 failed").arg(where(settings));
                break;
            case Outcome::Password:
                cause = say("%1 refused the user name or password").arg(where(settings));
                break;
            case Outcome::NoDatabase:
                cause = say("%1 has no such database").arg(where(settings));
                break;
            default:
                cause = say("%1 could not be used").arg(where(settings));
                break;
            }
            // libpq's own words after ours: an administrator can look them up.
            const QString detail = e.detail().simplified();
            result = {outcome, detail.isEmpty() ? cause : QStringLiteral("%1 (%2)").arg(cause, detail), 0};
        }
        }
    }
    ServerConnection::close(name);
    result.elapsedMs = clock.elapsed();
    return result;
}

ConnectionTest::Outcome ConnectionTest::classify(const QString &text)
{
    // libpq's own words (PostgreSQL 15), in the order that disambiguates: a TLS failure text
    // can mention the host, and a refused connection names the address it tried.
    if (text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("Name or service not known")) ||
        text.contains(QLatin1String("Temporary failure in name resolution")))
        return Outcome::HostNotFound;
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("fe_sendauth")) ||
        text.contains(QLatin1String("user name or password")))
        return Outcome::Password;
    if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("SSL")) ||
        text.contains(QLatin1String("TLS")) || text.contains(QLatin1String("sslrootcert")) ||
        text.contains(QLatin1String("does not match host name")))
        return Outcome::Tls;
    if (text.contains(QLatin1String("Connection refused")))
        return Outcome::Refused;
    if (text.contains(QLatin1String("expected authentication request from server")) ||
        text.contains(QLatin1String("invalid response to SSL negotiation")))
        return Outcome::NotPostgres;
    if (text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("timed out")) ||
        text.contains(QLatin1String("No route to host")) ||
        text.contains(QLatin1String("Network is unreachable")))
        return Outcome::TimedOut;
    if (text.contains(QLatin1String("database")) && text.contains(QLatin1String("does not exist")))
        return Outcome::NoDatabase;
    return Outcome::Other;
}

} // namespace civicdesk::core

#include "core/sync/syncworker.h"

#include "core/store/sqlquery.h"
#include "core/sync/outbox.h"
#include "core/sync/serverconnection.h"
#include "core/sync/syncsession.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

namespace civicdesk::core {

namespace {
const QString kChannel = QStringLiteral("civicdesk_changes");
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 5 * 60 * 1000;
} // namespace

SyncWorker::SyncWorker(const Database &local, ServerSettings settings, QString password,
                       KnowledgeBaseSink *kb)
    : m_local(local), m_settings(std::move(settings)), m_password(std::move(password)), m_kb(kb),
      m_connectionName(
          QStringLiteral("civicdesk-sync-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

// finish() has already dropped the session on the sync thread.
SyncWorker::~SyncWorker() = default;

void SyncWorker::begin()
{
    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &SyncWorker::cycle);
    // A cheap look at the outbox's newest entry: local saves reach the server within a fifth of
    // a second without the writer having to know the engine exists.
    m_localWatch = new QTimer(this);
    m_localWatch->setInterval(200);
    connect(m_localWatch, &QTimer::timeout, this, &SyncWorker::checkLocalChanges);
    m_localWatch->start();
    requestSync();
}

void SyncWorker::requestSync()
{
    m_sharedDue = true;
    wake();
}

void SyncWorker::wake()
{
    // Restarting a pending zero timer folds a burst of wake-ups into one cycle.
    if (m_wake)
        m_wake->start(0);
}

void SyncWorker::finish()
{
    // Timers belong to this thread, so they are deleted here rather than by the engine.
    delete m_wake;
    m_wake = nullptr;
    delete m_localWatch;
    m_localWatch = nullptr;
    dropConnection();
    m_local.closeThreadConnection();
}

void SyncWorker::checkLocalChanges()
{
    try {
        const qint64 seq = Outbox(m_local).lastSeq();
        if (seq != m_lastSeenSeq) {
            m_lastSeenSeq = seq;
            // Offline, the backoff decides when to try again; a new local change does not hammer
            // an unreachable server.
            if (m_connected || m_failures == 0)
                wake();
        }
    } catch (const Error &) {
        // A busy local store: look again at the next tick.
    }
}

void SyncWorker::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    // The payload is the table that changed: ticket changes need only the ticket pull, which
    // matters when dozens of workstations wake for every push.
    const QString table = payload.toString();
    if (table != QLatin1String("tickets") && table != QLatin1String("ticket_notes") &&
        table != QLatin1String("audit_events"))
        m_sharedDue = true;
    wake();
}

void SyncWorker::dropConnection()
{
    m_session.reset(); // its statements belong to the connection closed below
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
    }
    ServerConnection::close(m_connectionName);
    m_connected = false;
}

int SyncWorker::backoffMs() const
{
    const qint64 base = std::min<qint64>(kMaxRetryMs, qint64(kFirstRetryMs) << std::min(m_failures - 1, 12));
    // Full jitter between half and all of the delay: 500 workstations that lost the server
    // together do not all come back in the same second.
    return int(base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1));
}

void SyncWorker::publish(SyncStatus::State state, const QString &message, SyncError::Kind kind, int nextMs)
{
    SyncStatus s;
    s.state = state;
    s.message = message;
    s.errorKind = kind;
    s.nextAttemptMs = nextMs;
    s.tls = m_tls;
    // A cycle's start repeats the counts of its previous end: a wake-up starts its pull at once,
    // and the cycle's end reports fresh counts.
    s.pending = m_last.pending;
    s.conflicts = m_last.conflicts;
    s.lastSync = m_last.lastSync;
    if (state != SyncStatus::State::Syncing) {
        try {
            const Outbox outbox(m_local);
            s.pending = outbox.pendingCount();
            s.conflicts = outbox.conflictCount();
            s.lastSync = SyncSession::lastSync(m_local);
        } catch (const Error &) {
            // Counts are a courtesy; the state itself is what matters.
        }
    }
    m_last = s;
    Q_EMIT statusChanged(s);
}

void SyncWorker::cycle()
{
    publish(SyncStatus::State::Syncing);
    try {
        if (!m_connected) {
            QSqlDatabase db = ServerConnection::open(m_settings, m_password, m_connectionName);
            m_connected = true;
            m_tls = ServerConnection::usesTls(db);
            if (db.driver()->subscribeToNotification(kChannel))
                connect(db.driver(), &QSqlDriver::notification, this, &SyncWorker::onNotification);
        }
        // One session per connection: its prepared statements serve every cycle until a failure.
        if (!m_session) {
            m_session = std::make_unique<SyncSession>(
                m_local, QSqlDatabase::database(m_connectionName, false), m_settings);
            m_session->setKnowledgeBaseSink(m_kb);
        }
        SyncSession &session = *m_session;
        // The catalogue and articles come on request, on their own notification, and at least
        // once per poll interval (a missed NOTIFY costs at most that long).
        const bool shared = m_sharedDue || !m_sharedAge.isValid() || m_sharedAge.elapsed() >= m_pollMs;
        session.setPullSharedData(shared);
        const SyncReport report = session.run();
        if (shared) {
            m_sharedDue = false;
            m_sharedAge.start();
        }
        m_failures = 0;
        publish(SyncStatus::State::Online);
        Q_EMIT synced(report);
        m_wake->start(m_pollMs);
    } catch (const SyncError &e) {
        dropConnection();
        ++m_failures;
        const int next = backoffMs();
        publish(SyncStatus::State::Offline, e.message(), e.kind(), next);
        m_wake->start(next);
    } catch (const Error &e) {
        dropConnection();
        ++m_failures;
        const int next = backoffMs();
        publish(SyncStatus::State::Offline, e.message(), SyncError::Kind::Other, next);
        m_wake->start(next);
    }
}

} // namespace civicdesk::core

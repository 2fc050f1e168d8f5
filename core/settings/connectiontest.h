#pragma once

#include "core/sync/serversettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace civicdesk::core {

// Preferences' "Test connection": one connect to the shared database off the UI thread, with a
// verdict that names what failed. It gives up after a deadline even when the connect attempt
// itself is still waiting on a host that does not answer; that attempt then ends by itself
// (libpq's connect_timeout) on its worker thread and its result is dropped.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Connected,
        InvalidSettings,
        HostNotFound, // DNS
        Refused,      // nothing listens on that port
        TimedOut,     // the host does not answer
        NotPostgres,  // something answers on that port, but not PostgreSQL (a web proxy, say)
        Tls,
        Password,
        NoDatabase,
        SchemaVersion, // no CivicDesk schema, or one this build does not speak
        Other,
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Other;
        QString message;
        qint64 elapsedMs = 0;
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    static constexpr int kDefaultDeadlineMs = 10000;

    void start(const ServerSettings &settings, const QString &password, int deadlineMs = kDefaultDeadlineMs);
    bool isRunning() const { return m_running; }
    // The connect itself, on the calling thread (what start() runs on a worker).
    static Result run(const ServerSettings &settings, const QString &password);
    // What a libpq error text means; exposed for the table of known messages.
    static Outcome classify(const QString &errorText);

Q_SIGNALS:
    void finished(const civicdesk::core::ConnectionTest::Result &result);

private:
    void finish(Result result);

    QFutureWatcher<Result> m_watcher;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    ServerSettings m_settings;
    bool m_running = false;
};

} // namespace civicdesk::core

Q_DECLARE_METATYPE(civicdesk::core::ConnectionTest::Result)

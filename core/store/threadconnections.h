#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace civicdesk::core {

// Named SQL connections to one database, one per live thread, shared by the local store and
// the MBTiles files. A connection is keyed by a serial number given to the thread itself, never
// by the thread's address: QThreadPool threads expire after an idle spell and a new thread can
// land at the same address, which would then be handed a dead thread's connection. Each thread
// closes its own connections when it finishes (QThreadStorage runs on that thread, so Qt never
// sees a connection used or closed from a thread that does not own it).
class ThreadConnections final
{
public:
    struct Setup
    {
        QString driver = QStringLiteral("QSQLITE");
        // Sets the database name and connect options before the first open.
        std::function<void(QSqlDatabase &)> beforeOpen;
        // Runs once on each new open connection (pragmas); may throw core::Error.
        std::function<void(const QSqlDatabase &)> afterOpen;
        // The message of the core::Error thrown when opening fails, given the driver's reason.
        std::function<QString(const QString &why)> openFailed;
    };

    ThreadConnections(const QString &prefix, Setup setup);
    // Closes the connections of every thread; the threads must be done with them.
    ~ThreadConnections();
    Q_DISABLE_COPY_MOVE(ThreadConnections)

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes this thread's connection now (it reopens on the next use).
    void closeThreadConnection() const;
    // How many threads hold an open connection, for tests and the soak's leak check.
    int openCount() const;

private:
    QString connectionName() const;

    QString m_prefix;
    Setup m_setup;
};

} // namespace civicdesk::core

#pragma once

#include "core/sync/outbox.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace civicdesk::core {

// The staged push (server schema 3) on the libpq handle of a QPSQL connection: a batch is COPYed
// into the session's staging table and pushed by civicdesk.push_staged() in the same implicit
// transaction. send() returns once the batch is on its way, so the caller can prepare the next
// batch while the server works; receive() then waits for the answers. One batch at a time, so
// changes reach the server in outbox order. Errors are thrown as Error with the server's text.
class PushStream
{
public:
    struct Outcome
    {
        enum class Kind { Missing, Applied, Merged, Duplicate, Rejected };
        Kind kind = Kind::Missing;
        QString detail;
    };

    explicit PushStream(const QSqlDatabase &server);
    // Waits out a batch still in flight, so QPSQL gets its connection back idle.
    ~PushStream();
    Q_DISABLE_COPY_MOVE(PushStream)

    // The COPY text of a batch: position in the batch, change id, kind, ticket id, body.
    static QByteArray stage(const QList<Outbox::Entry> &entries);
    // One field of COPY text: backslash, tab, newline and carriage return escaped.
    static void appendCopyField(QByteArray &out, QByteArrayView value);

    void send(const QByteArray &stagedRows);
    // The answer for each position of the batch sent (Missing where the server gave none).
    QList<Outcome> receive(int count);

private:
    [[noreturn]] void fail(const QString &what);
    void drain();

    pg_conn *m_conn = nullptr;
    bool m_busy = false;
};

} // namespace civicdesk::core

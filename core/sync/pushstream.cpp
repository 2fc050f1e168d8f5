#include "core/sync/pushstream.h"

#include "core/domain/error.h"
#include "core/sync/serverconnection.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>

namespace civicdesk::core {

namespace {
// COPY and push in one simple query: one implicit transaction, so the staged rows are pushed
// and gone at its commit, or rolled back with it.
// The staging table is made on the session's first push; asking in the same query saves a
// round trip per push, which counts when dozens of workstations push single changes.
constexpr char kPushSql[] = "SELECT civicdesk.open_push_staging(); "
                            "COPY pg_temp.civicdesk_push_staging (ord, change_id, kind, ticket_id, body) "
                            "FROM STDIN; SELECT ord, outcome, detail FROM civicdesk.push_staged()";

PushStream::Outcome::Kind outcomeKind(const char *text)
{
    using Kind = PushStream::Outcome::Kind;
    if (std::strcmp(text, "applied") == 0)
        return Kind::Applied;
    if (std::strcmp(text, "merged") == 0)
        return Kind::Merged;
    if (std::strcmp(text, "duplicate") == 0)
        return Kind::Duplicate;
    if (std::strcmp(text, "rejected") == 0)
        return Kind::Rejected;
    return Kind::Missing;
}
} // namespace

PushStream::PushStream(const QSqlDatabase &server) : m_conn(ServerConnection::nativeHandle(server)) {}

PushStream::~PushStream()
{
    if (m_busy)
        drain();
}

void PushStream::appendCopyField(QByteArray &out, QByteArrayView value)
{
    const char *p = value.data();
    const char *const end = p + value.size();
    while (p < end) {
        // Copy the run up to the next character COPY text needs escaped, then escape it.
        const char *run = p;
        while (p < end && *p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        switch (*p) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        default:
            out.append("\\r", 2);
        }
        ++p;
    }
}

QByteArray PushStream::stage(const QList<Outbox::Entry> &entries)
{
    QByteArray rows;
    qsizetype size = 0;
    for (const Outbox::Entry &e : entries)
        size += e.body.size() + 100;
    rows.reserve(size);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Outbox::Entry &e = entries.at(i);
        rows += QByteArray::number(i);
        rows += '\t';
        appendCopyField(rows, e.changeId.toLatin1());
        rows += '\t';
        appendCopyField(rows, e.kind.toLatin1());
        rows += '\t';
        appendCopyField(rows, e.ticketId.toLatin1());
        rows += '\t';
        appendCopyField(rows, e.body);
        rows += '\n';
    }
    return rows;
}

void PushStream::fail(const QString &what)
{
    const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (m_busy)
        drain();
    throw Error(why.isEmpty() ? what : why);
}

void PushStream::drain()
{
    // A COPY the server still waits for is ended with an error, which rolls the batch back.
    while (PGresult *r = PQgetResult(m_conn)) {
        const bool copyIn = PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        if (copyIn && PQputCopyEnd(m_conn, "push abandoned by the client") != 1)
            break;
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    m_busy = false;
}

void PushStream::send(const QByteArray &stagedRows)
{
    if (m_busy)
        throw Error(QStringLiteral("PushStream: a batch is already in flight"));
    if (PQsendQuery(m_conn, kPushSql) != 1)
        fail(QStringLiteral("push: cannot send the batch"));
    m_busy = true;
    // open_push_staging() answers first; then the server waits for the rows.
    ExecStatusType status = PGRES_FATAL_ERROR;
    QString why;
    while (PGresult *r = PQgetResult(m_conn)) {
        status = PQresultStatus(r);
        if (status != PGRES_TUPLES_OK && status != PGRES_COPY_IN && why.isEmpty())
            why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (status == PGRES_COPY_IN || PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    if (status != PGRES_COPY_IN) {
        drain();
        throw Error(why.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : why);
    }
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < stagedRows.size(); at += kChunk) {
        if (PQputCopyData(m_conn, stagedRows.constData() + at,
                          int(std::min(kChunk, stagedRows.size() - at))) != 1)
            fail(QStringLiteral("push: cannot send the batch"));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1 || PQflush(m_conn) != 0)
        fail(QStringLiteral("push: cannot send the batch"));
}

QList<PushStream::Outcome> PushStream::receive(int count)
{
    QList<Outcome> outcomes(count);
    QString error;
    while (PGresult *r = PQgetResult(m_conn)) {
        switch (PQresultStatus(r)) {
        case PGRES_COMMAND_OK: // the COPY
            break;
        case PGRES_TUPLES_OK:
            for (int row = 0, rows = PQntuples(r); row < rows; ++row) {
                const int ord = std::atoi(PQgetvalue(r, row, 0));
                if (ord < 0 || ord >= count)
                    continue;
                Outcome &o = outcomes[ord];
                o.kind = outcomeKind(PQgetvalue(r, row, 1));
                if (PQgetlength(r, row, 2) > 0)
                    o.detail = QString::fromUtf8(PQgetvalue(r, row, 2), PQgetlength(r, row, 2));
            }
            break;
        default:
            if (error.isEmpty())
                error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    m_busy = false;
    if (error.isEmpty() && PQstatus(m_conn) == CONNECTION_BAD)
        error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (!error.isEmpty())
        throw Error(error);
    return outcomes;
}

} // namespace civicdesk::core

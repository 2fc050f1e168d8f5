#include "core/sync/syncsession.h"

#include "core/catalog/catalogjson.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/platform/heapreturn.h"
#include "core/store/auditrepository.h"
#include "core/store/catalogrepository.h"
#include "core/store/noterepository.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"
#include "core/store/walflusher.h"
#include "core/sync/knowledgebasesink.h"
#include "core/sync/outbox.h"
#include "core/sync/pushstream.h"
#include "core/sync/serverconnection.h"
#include "core/sync/synccursor.h"
#include "core/sync/ticketdocuments.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>

namespace civicdesk::core {

namespace {

const QString kPullCursor = QStringLiteral("pull_cursor");
const QString kArticleCursor = QStringLiteral("kb_cursor");
const QString kLastSync = QStringLiteral("last_sync");
const QString kCatalogVersion = QStringLiteral("catalog_version");
} // namespace

SyncSession::SyncSession(const Database &local, QSqlDatabase server, ServerSettings settings)
    : m_local(local), m_server(std::move(server)), m_settings(std::move(settings))
{
}

SyncSession::~SyncSession() = default;

SqlQuery &SyncSession::serverStatement(const QString &sql)
{
    auto &slot = m_serverStatements[sql];
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_server, sql);
    return *slot;
}

SqliteStatement &SyncSession::localStatement(const QString &sql)
{
    auto &slot = m_localStatements[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_local.connection(), sql);
    return *slot;
}

// Server failures become SyncErrors saying what happened (connection lost, refused, ...).
template <typename F> auto SyncSession::onServer(F &&work)
{
    try {
        return work();
    } catch (const SyncError &) {
        throw;
    } catch (const Error &e) {
        throw ServerConnection::classify(e.message(), m_settings);
    }
}

QString SyncSession::state(const Database &local, const QString &key, const QString &fallback)
{
    SqlQuery q(local.connection(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bind(0, key).exec();
    return q.next() ? q.value(0).toString() : fallback;
}

void SyncSession::setState(const Database &local, const QString &key, const QString &value)
{
    SqlQuery(local.connection(), QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(0, key)
        .bind(1, value)
        .exec();
}

QDateTime SyncSession::lastSync(const Database &local)
{
    const QString ms = state(local, kLastSync);
    return ms.isEmpty() ? QDateTime() : timestamps::fromDb(ms.toLongLong());
}

namespace {
// The answers for a batch, applied to the local store in one transaction: refused changes are
// parked, and exactly the answered entries leave the outbox.
void acknowledge(const Outbox &outbox, const Database &local, const QList<Outbox::Entry> &entries,
                 const QList<PushStream::Outcome> &outcomes, SyncReport &report)
{
    using Kind = PushStream::Outcome::Kind;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (outcomes.value(i).kind == Kind::Missing)
            throw SyncError(
                SyncError::Kind::Other,
                QCoreApplication::translate("SyncSession", "the server did not answer for change %1")
                    .arg(entries.at(i).changeId));
    }
    Transaction tx(local.connection());
    QList<qint64> done;
    done.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PushStream::Outcome &o = outcomes.at(i);
        switch (o.kind) {
        case Kind::Rejected:
            outbox.park(entries.at(i), o.detail);
            ++report.rejected;
            continue;
        case Kind::Merged:
            ++report.merged;
            break;
        case Kind::Duplicate:
            ++report.duplicates;
            break;
        default:
            ++report.pushed;
        }
        done.append(entries.at(i).seq);
    }
    outbox.remove(done);
    tx.commit();
}
} // namespace

SyncReport SyncSession::push()
{
    SyncReport report;
    // The UI thread's last commits may still be on their way to the disk: a ticket must not
    // reach the server and then vanish here in a power cut (its reference would come again).
    WalFlusher::flushWal(m_local.filePath());
    const Outbox outbox(m_local);
    QList<Outbox::Entry> sending = outbox.batchAfter(0, m_batchSize);
    if (sending.isEmpty())
        return report;
    PushStream stream = onServer([&] { return PushStream(m_server); });
    QByteArray rows = PushStream::stage(sending);
    QList<Outbox::Entry> answered;
    QList<PushStream::Outcome> outcomes;
    // While the server works on one batch, the client acknowledges the batch before it and
    // stages the one after it. The server applies each batch in one transaction and remembers
    // every change id, so if a reply is lost the same changes are sent again and answered
    // "duplicate"; an entry leaves the outbox only once its answer is committed locally.
    try {
        while (!sending.isEmpty()) {
            onServer([&] {
                stream.send(rows);
                return 0;
            });
            if (!answered.isEmpty()) {
                acknowledge(outbox, m_local, answered, outcomes, report);
                answered.clear();
            }
            QList<Outbox::Entry> next = outbox.batchAfter(sending.constLast().seq, m_batchSize);
            rows = PushStream::stage(next);
            outcomes = onServer([&] { return stream.receive(int(sending.size())); });
            if (m_afterSend)
                m_afterSend();
            answered = std::move(sending);
            sending = std::move(next);
        }
    } catch (...) {
        // Answers already received hold whatever failed after them; keeping them saves a resend.
        if (!answered.isEmpty()) {
            try {
                acknowledge(outbox, m_local, answered, outcomes, report);
            } catch (const Error &) {
                // The first failure is the one to report; these changes are simply sent again.
            }
        }
        throw;
    }
    acknowledge(outbox, m_local, answered, outcomes, report);
    return report;
}

namespace {
// Binds a value as the server driver typed it: integers stay integers, NULL stays NULL, and
// text goes straight to SQLite (column affinity does the rest, as it did for SqlQuery).
void bindValue(SqliteStatement &s, int index, const QVariant &v)
{
    if (v.isNull()) {
        s.bindNull(index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        s.bindInt64(index, v.toLongLong());
        break;
    case QMetaType::Double:
        s.bindDouble(index, v.toDouble());
        break;
    default:
        s.bindText(index, v.toString());
    }
}
} // namespace

SyncReport SyncSession::pull()
{
    SyncReport report;
    const QString from = synccursor::decode(state(m_local, kPullCursor));
    // Every transaction that could still commit a change has an id >= this snapshot's xmin, so
    // the next pull starts there: rows at or after it may come twice (harmless), none are missed.
    const QString next = onServer([&] {
        SqlQuery &q = serverStatement(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
        q.exec();
        const QString xmin = q.next() ? q.value(0).toString() : QString();
        q.raw().finish();
        return xmin;
    });

    const QSqlDatabase local = m_local.connection();
    const int storeCacheSize = [&local] {
        SqlQuery q(local, QStringLiteral("PRAGMA cache_size"));
        q.exec();
        return q.next() ? q.value(0).toInt() : 0;
    }();
    // A catch-up page writes thousands of rows in one transaction: a bigger page cache keeps
    // SQLite from spilling them before the commit (statement journals already stay in memory:
    // every connection has temp_store = MEMORY).
    SqlQuery::execute(local, QStringLiteral("PRAGMA cache_size = -131072"));
    // Afterwards the store's own size again, and the pages let go: the sync thread's connection
    // lives as long as the console, and kept up to 128 MiB of a catch-up's (or a big push's)
    // pages for the rest of the shift. The next sync reads them back from the OS's cache.
    const auto releasePages = qScopeGuard([&local, storeCacheSize] {
        try {
            if (storeCacheSize != 0)
                SqlQuery::execute(local, QStringLiteral("PRAGMA cache_size = %1").arg(storeCacheSize));
            SqlQuery::execute(local, QStringLiteral("PRAGMA shrink_memory"));
        } catch (const Error &) {
            // A connection that cannot take a pragma fails the next sync with the reason.
        }
    });
    // Native statements: per row, QSqlQuery's positional binding costs more than the write.
    SqliteStatement &applyTicket = localStatement(TicketDocuments::upsertSql());
    SqliteStatement &insertNote =
        localStatement(AppendOnlyRepository::insertIfTicketKnownSql(NoteRepository::table()));
    SqliteStatement &insertAudit =
        localStatement(AppendOnlyRepository::insertIfTicketKnownSql(AuditRepository::table()));

    // Keyset pages in (xid, seq) order, each applied in its own local transaction so the UI's
    // writes are never held off for a whole catch-up. The cursor saved at the very end is the
    // xmin read before the first page, so a crash part way only means pages come again.
    const auto pages = [&](const QString &table, const QString &columns, int columnCount, auto &&applyRow) {
        QString afterXid = from;
        qint64 afterSeq = -1;
        for (;;) {
            int rows = 0;
            onServer([&] {
                SqlQuery &q =
                    serverStatement(QStringLiteral("SELECT %1, t.change_xid::text, t.change_seq "
                                                   "FROM civicdesk.%2 t "
                                                   "WHERE (t.change_xid, t.change_seq) > (?::xid8, ?) "
                                                   "ORDER BY t.change_xid, t.change_seq LIMIT ?")
                                        .arg(columns, table));
                q.bind(0, afterXid).bind(1, afterSeq).bind(2, m_pageSize).exec();
                Transaction tx(local);
                // SqlQuery reads forward only, so the keyset position is taken from every row.
                while (q.next()) {
                    applyRow(q);
                    afterXid = q.value(columnCount).toString();
                    afterSeq = q.value(columnCount + 1).toLongLong();
                    ++rows;
                }
                q.raw().finish();
                tx.commit();
                return 0;
            });
            if (rows < m_pageSize)
                break;
        }
    };

    const int ticketColumns = TicketDocuments::columnCount();
    pages(QStringLiteral("tickets"), TicketDocuments::serverColumns() + QStringLiteral(", t.version"),
          ticketColumns + 1, [&](SqlQuery &q) {
              // ?1..?n the columns, ?n+1 the server version; ?1 (the id) also keys the outbox check.
              for (int i = 0; i <= ticketColumns; ++i)
                  bindValue(applyTicket, i + 1, q.value(i));
              if (applyTicket.execute() > 0)
                  ++report.pulledTickets;
              else
                  ++report.heldBack;
          });
    // Notes and audit events: the server's columns in the local table's order, ids as text.
    const auto appendOnly = [&](const AppendOnlyRepository::Table &table, const QString &serverColumns,
                                SqliteStatement &insert, int &pulled) {
        const int columns = int(table.columns.size());
        pages(table.name, serverColumns, columns, [&](SqlQuery &q) {
            for (int i = 0; i < columns; ++i)
                bindValue(insert, i + 1, q.value(i));
            pulled += insert.execute() > 0 ? 1 : 0;
        });
    };
    appendOnly(
        NoteRepository::table(),
        QStringLiteral("t.id::text, t.ticket_id::text, t.created_at, t.author, t.text, t.internal::int"),
        insertNote, report.pulledNotes);
    appendOnly(
        AuditRepository::table(),
        QStringLiteral("t.id::text, t.ticket_id::text, t.at, t.actor, t.field, t.old_value, t.new_value"),
        insertAudit, report.pulledAudit);
    {
        Transaction tx(local);
        if (m_shared)
            pullCatalogue(report);
        if (!next.isEmpty())
            setState(m_local, kPullCursor, synccursor::encode(next));
        setState(m_local, kLastSync, QString::number(Clock::current().nowUtc().toMSecsSinceEpoch()));
        tx.commit();
    }
    // The knowledge base writes in its own transaction (KnowledgeBaseSink); tickets are safe by now.
    if (m_kb && m_shared)
        pullArticles(report);
    // A catch-up of a full page or more decoded its rows on this thread: the allocator keeps
    // that memory unless told, and the sync thread lives as long as the console.
    if (report.pulledTickets + report.pulledNotes + report.pulledAudit >= m_pageSize)
        HeapReturn::releaseFree();
    return report;
}

void SyncSession::pullCatalogue(SyncReport &report)
{
    const int known = state(m_local, kCatalogVersion, QStringLiteral("0")).toInt();
    QByteArray document;
    const int version = onServer([&] {
        SqlQuery q(m_server, QStringLiteral("SELECT version, document::text FROM civicdesk.catalog_documents "
                                            "WHERE version > ? ORDER BY version DESC LIMIT 1"));
        q.bind(0, known).exec();
        if (!q.next())
            return 0;
        document = q.value(1).toString().toUtf8();
        return q.value(0).toInt();
    });
    if (version == 0)
        return;
    const Catalog catalog = catalogjson::parse(
        document, QCoreApplication::translate("SyncSession", "server catalogue version %1").arg(version));
    CatalogRepository(m_local).save(catalog);
    setState(m_local, kCatalogVersion, QString::number(version));
    report.catalogueUpdated = true;
}

void SyncSession::pullArticles(SyncReport &report)
{
    const QString from = synccursor::decode(state(m_local, kArticleCursor));
    QString next;
    QList<QJsonObject> articles;
    onServer([&] {
        SqlQuery x(m_server, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
        x.exec();
        next = x.next() ? x.value(0).toString() : QString();
        SqlQuery q(
            m_server,
            QStringLiteral("SELECT document::text FROM civicdesk.kb_articles WHERE change_xid >= ?::xid8 "
                           "ORDER BY change_xid, change_seq"));
        q.bind(0, from).exec();
        while (q.next())
            articles.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        return 0;
    });
    if (!articles.isEmpty())
        m_kb->applyArticles(articles);
    report.articles += int(articles.size());
    if (!next.isEmpty())
        setState(m_local, kArticleCursor, synccursor::encode(next));
}

SyncReport SyncSession::run()
{
    SyncReport report = push();
    report += pull();
    return report;
}

} // namespace civicdesk::core

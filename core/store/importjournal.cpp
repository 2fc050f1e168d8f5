#include "core/store/importjournal.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/store/localstore.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>

namespace civicdesk::core {

namespace {
// Rows removed per transaction: short enough that a ticket save never waits long for the lock.
constexpr int kUndoBatch = 2000;

QString lockPath(const LocalStore &store, const QString &id)
{
    return QDir(store.profile().directory()).filePath(QStringLiteral("import-%1.lock").arg(id));
}
} // namespace

ImportJournal::ImportJournal(LocalStore &store)
    : m_store(store), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_alive = std::make_unique<QLockFile>(lockPath(store, m_id));
    m_alive->setStaleLockTime(0); // stale only when the process is gone
    if (!m_alive->tryLock(0))
        throw Error(QCoreApplication::translate("ImportJournal",
                                                "cannot create the import lock %1 in the profile folder")
                        .arg(lockPath(store, m_id)));
    SqlQuery(m_store.database().connection(),
             QStringLiteral("INSERT INTO import_runs (id, started_at) VALUES (?, ?)"))
        .bind(0, m_id)
        .bind(1, timestamps::toDb(Clock::current().nowUtc()))
        .exec();
}

ImportJournal::~ImportJournal()
{
    m_record.reset();
    if (m_finished) {
        try {
            forgetRun(m_store, m_id);
        } catch (const Error &) {
            // Forgotten at the next removeAbandoned(); the tickets stay either way.
        }
    }
    // An unfinished run keeps its rows: the caller's undo() failed, and removeAbandoned() tries
    // again once this lock is released.
    m_alive->unlock();
}

void ImportJournal::record(const QUuid &ticketId)
{
    if (!m_record)
        m_record = std::make_unique<SqliteStatement>(
            m_store.database().connection(),
            QStringLiteral("INSERT INTO import_journal (import_id, ticket_id) VALUES (?, ?)"));
    m_record->bindText(1, m_id);
    m_record->bindText(2, ticketId.toString(QUuid::WithoutBraces));
    m_record->execute();
}

void ImportJournal::finish()
{
    SqlQuery(m_store.database().connection(),
             QStringLiteral("UPDATE import_runs SET finished = 1 WHERE id = ?"))
        .bind(0, m_id)
        .exec();
    m_finished = true;
}

void ImportJournal::undo()
{
    m_record.reset();
    undoRun(m_store, m_id);
}

qint64 ImportJournal::undoRun(LocalStore &store, const QString &id)
{
    const QSqlDatabase db = store.database().connection();
    qint64 removed = 0;
    for (;;) {
        Transaction tx(db);
        QStringList ids;
        {
            SqlQuery q(db,
                       QStringLiteral("SELECT ticket_id FROM import_journal WHERE import_id = ? LIMIT ?"));
            q.bind(0, id).bind(1, kUndoBatch).exec();
            while (q.next())
                ids.append(q.value(0).toString());
        }
        if (ids.isEmpty()) {
            SqlQuery(db, QStringLiteral("DELETE FROM import_runs WHERE id = ?")).bind(0, id).exec();
            tx.commit();
            return removed;
        }
        SqliteStatement deleteTicket(db, QStringLiteral("DELETE FROM tickets WHERE id = ?"));
        SqliteStatement deleteEntry(
            db, QStringLiteral("DELETE FROM import_journal WHERE import_id = ? AND ticket_id = ?"));
        for (const QString &ticket : std::as_const(ids)) {
            deleteTicket.bindText(1, ticket);
            removed += deleteTicket.execute();
            deleteEntry.bindText(1, id);
            deleteEntry.bindText(2, ticket);
            deleteEntry.execute();
        }
        tx.commit();
    }
}

void ImportJournal::forgetRun(LocalStore &store, const QString &id)
{
    const QSqlDatabase db = store.database().connection();
    for (;;) {
        Transaction tx(db);
        SqlQuery q(db, QStringLiteral("DELETE FROM import_journal WHERE import_id = ? AND ticket_id IN "
                                      "(SELECT ticket_id FROM import_journal WHERE import_id = ? LIMIT ?)"));
        q.bind(0, id).bind(1, id).bind(2, kUndoBatch).exec();
        const int deleted = q.numRowsAffected();
        if (deleted <= 0)
            SqlQuery(db, QStringLiteral("DELETE FROM import_runs WHERE id = ?")).bind(0, id).exec();
        tx.commit();
        if (deleted <= 0)
            return;
    }
}

qint64 ImportJournal::removeAbandoned(LocalStore &store)
{
    QList<std::pair<QString, bool>> runs;
    {
        SqlQuery q(store.database().connection(), QStringLiteral("SELECT id, finished FROM import_runs"));
        q.exec();
        while (q.next())
            runs.append({q.value(0).toString(), q.value(1).toBool()});
    }
    qint64 removed = 0;
    for (const auto &[id, finished] : std::as_const(runs)) {
        // Taking the lock proves the importing process is gone (or finished and let go).
        QLockFile alive(lockPath(store, id));
        alive.setStaleLockTime(0);
        if (!alive.tryLock(0))
            continue;
        if (finished)
            forgetRun(store, id);
        else
            removed += undoRun(store, id);
        alive.unlock();
    }
    return removed;
}

} // namespace civicdesk::core

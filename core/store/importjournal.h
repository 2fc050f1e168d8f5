#pragma once

#include <QLockFile>
#include <QString>
#include <QUuid>
#include <memory>

namespace civicdesk::core {

class LocalStore;
class SqliteStatement;

// The record of one import that writes in committed batches (see 0011_import_journal.sql).
// record() lists each ticket in the batch's own transaction; finish() marks the import done
// (inside the caller's last transaction); undo() removes every ticket it wrote, in short
// transactions. A lock file in the profile says the import's process is alive, so a later
// removeAbandoned() undoes only imports whose process died.
class ImportJournal final
{
public:
    explicit ImportJournal(LocalStore &store);
    ~ImportJournal();
    Q_DISABLE_COPY_MOVE(ImportJournal)

    QString id() const { return m_id; }
    // Inside the transaction that inserts the ticket.
    void record(const QUuid &ticketId);
    // Inside the final transaction: the import's tickets stay.
    void finish();
    // Removes the tickets written so far (each batch its own transaction).
    void undo();

    // Undoes imports left unfinished by a process that is gone, and forgets finished ones.
    // Returns how many tickets were removed.
    static qint64 removeAbandoned(LocalStore &store);

private:
    static qint64 undoRun(LocalStore &store, const QString &id);
    static void forgetRun(LocalStore &store, const QString &id);

    LocalStore &m_store;
    QString m_id;
    std::unique_ptr<QLockFile> m_alive;
    std::unique_ptr<SqliteStatement> m_record;
    bool m_finished = false;
};

} // namespace civicdesk::core

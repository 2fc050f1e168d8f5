#pragma once

#include "core/domain/auditevent.h"
#include "core/domain/note.h"
#include "core/store/cachedstatement.h"
#include "core/store/database.h"
#include "core/sync/ticketdocuments.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace civicdesk::core {

// The local changes waiting for the server. Writers enqueue inside the transaction that makes
// the change, so a change and its outbox entry land together or not at all.
class Outbox
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QString changeId;
        QString kind;
        QString ticketId;
        QByteArray payload; // the change as the server's push() takes it (JSON object)
        // What the staged push takes (PushStream): the ticket document of a create, the whole
        // change otherwise. Filled by batchAfter(), which leaves payload empty.
        QByteArray body;
    };

    explicit Outbox(const Database &db);
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    // A ticket as synced: every local column but the local version, by column name.
    QJsonObject ticketDocument(const QUuid &ticketId) const;

    // The ticket as it is now in the local store (call after inserting it).
    void enqueueCreate(const QUuid &ticketId) const;
    // The fields that differ between the two documents, each as [old, new], based on the
    // version the ticket had before the change.
    void enqueueUpdate(const QUuid &ticketId, int baseVersion, const QJsonObject &before,
                       const QJsonObject &after) const;
    void enqueueNote(const QUuid &ticketId, const Note &note) const;
    void enqueueAudit(const QUuid &ticketId, const AuditEvent &event) const;

    qint64 pendingCount() const;
    // Changes the server refused and the engine parked for a person to resolve.
    qint64 conflictCount() const;
    qint64 lastSeq() const;
    QList<Entry> next(int limit) const;
    // Up to limit entries after seq, in order, with their staged-push body (see Entry::body).
    QList<Entry> batchAfter(qint64 seq, int limit) const;
    void remove(qint64 seq) const;
    // Exactly these entries (the acknowledged part of a pushed batch).
    void remove(const QList<qint64> &seqs) const;
    // Moves a refused change to the conflicts list, with the server's reason.
    void park(const Entry &entry, const QString &reason) const;

private:
    void enqueue(const QString &kind, const QUuid &ticketId, QJsonObject change) const;

    const Database &m_db;
    // A bulk command enqueues and reads documents for each of its tickets.
    TicketDocuments m_documents;
    CachedStatement m_insert;
};

} // namespace civicdesk::core

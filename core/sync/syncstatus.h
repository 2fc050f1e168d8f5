#pragma once

#include "core/sync/syncerror.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace civicdesk::core {

// What the status bar shows: online, offline or syncing, with the pending count and last sync.
struct SyncStatus
{
    enum class State { NotConfigured, Offline, Syncing, Online };

    State state = State::NotConfigured;
    qint64 pending = 0;   // local changes waiting in the outbox
    qint64 conflicts = 0; // changes the server refused, parked for a person
    QDateTime lastSync;   // UTC; invalid until the first successful sync
    QString message;      // why we are offline, in words; empty when all is well
    SyncError::Kind errorKind = SyncError::Kind::Other;
    int nextAttemptMs = 0; // when offline: the next retry, from now
    bool tls = true;       // false when the server connection is plain text
};

} // namespace civicdesk::core

Q_DECLARE_METATYPE(civicdesk::core::SyncStatus)

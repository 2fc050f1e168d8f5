-- Sync with the shared PostgreSQL database (docs/sync.md).

-- Every local change waiting to be pushed, in the order it was made. The change_id makes the
-- push idempotent: the server remembers applied ids, so a retry after a lost reply is harmless.
CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id   TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('create', 'update', 'note', 'audit')),
    ticket_id   TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX sync_outbox_by_ticket ON sync_outbox (ticket_id);

-- Changes the server refused (a constraint, a permission). Kept for a person to look at; the
-- rest of the outbox syncs on.
CREATE TABLE sync_conflicts (
    change_id   TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    parked_at   INTEGER NOT NULL
);

-- Pull cursors (opaque to everything but the sync session), last sync time, catalogue version.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

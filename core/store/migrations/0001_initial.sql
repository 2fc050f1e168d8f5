-- CivicDesk local store, schema 1.
-- Datetimes are INTEGER milliseconds since 1970-01-01 UTC. Ids are client-made UUIDs (text).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tickets (
    id                 TEXT PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    status             TEXT NOT NULL,
    status_notes       TEXT NOT NULL DEFAULT '',
    service_code       TEXT NOT NULL,
    service_name       TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    agency             TEXT NOT NULL DEFAULT '',
    service_notice     TEXT NOT NULL DEFAULT '',
    requested_at       INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    expected_at        INTEGER,
    address            TEXT NOT NULL DEFAULT '',
    address_id         TEXT NOT NULL DEFAULT '',
    zipcode            TEXT NOT NULL DEFAULT '',
    lat                REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon                REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    media_url          TEXT NOT NULL DEFAULT '',
    caller_first_name  TEXT NOT NULL DEFAULT '',
    caller_last_name   TEXT NOT NULL DEFAULT '',
    caller_phone       TEXT NOT NULL DEFAULT '',
    caller_email       TEXT NOT NULL DEFAULT '',
    caller_anonymous   INTEGER NOT NULL DEFAULT 0,
    caller_language    TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL,
    priority           TEXT NOT NULL,
    assignee           TEXT NOT NULL DEFAULT '',
    district           TEXT NOT NULL DEFAULT '',
    duplicate_of       TEXT,
    attributes         TEXT NOT NULL DEFAULT '{}',
    version            INTEGER NOT NULL DEFAULT 1
);
-- The ticket list pages newest first; keyset paging needs (requested_at, id).
CREATE INDEX tickets_by_requested ON tickets (requested_at DESC, id DESC);
CREATE INDEX tickets_by_status ON tickets (status, requested_at DESC, id DESC);
CREATE INDEX tickets_by_phone ON tickets (caller_phone) WHERE caller_phone <> '';

CREATE TABLE ticket_notes (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    internal    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ticket_notes_by_ticket ON ticket_notes (ticket_id, created_at);

CREATE TABLE audit_events (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_by_ticket ON audit_events (ticket_id, at);

-- Notes and audit events are append-only, here as on the server.
CREATE TRIGGER ticket_notes_no_update BEFORE UPDATE ON ticket_notes
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN (SELECT COUNT(*) FROM tickets WHERE id = OLD.ticket_id) > 0
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- One counter per day for this workstation's reference numbers.
CREATE TABLE reference_counters (
    day   INTEGER PRIMARY KEY,
    last  INTEGER NOT NULL
);

-- The service catalogue as last loaded, in CivicDesk's catalogue JSON.
CREATE TABLE catalog (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    document   TEXT NOT NULL,
    loaded_at  INTEGER NOT NULL
);

-- Unfinished work (an open call's form), saved every few seconds.
CREATE TABLE drafts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE call_log (
    id                  TEXT PRIMARY KEY,
    started_at          INTEGER NOT NULL,
    ended_at            INTEGER,
    handle_seconds      INTEGER,
    agent               TEXT NOT NULL DEFAULT '',
    caller_phone        TEXT NOT NULL DEFAULT '',
    wrap_up             TEXT NOT NULL DEFAULT '',
    reason              TEXT NOT NULL DEFAULT '',
    transfer_to         TEXT NOT NULL DEFAULT '',
    ticket_id           TEXT REFERENCES tickets (id),
    kb_article          TEXT NOT NULL DEFAULT '',
    emergency_transfer  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX call_log_by_phone ON call_log (caller_phone, started_at DESC) WHERE caller_phone <> '';
CREATE INDEX call_log_by_start ON call_log (started_at DESC);

-- The supervisor console (docs/supervisor.md): lifecycle times, the SLA pause, saved views,
-- canned responses and local accounts.

-- Lifecycle times and the SLA pause stay local: they follow from the status changes, which do
-- sync, so every workstation derives the same values (the trigger below also runs on pulls).
ALTER TABLE tickets ADD COLUMN acknowledged_at INTEGER;
ALTER TABLE tickets ADD COLUMN closed_at INTEGER;
ALTER TABLE tickets ADD COLUMN hold_started_at INTEGER;

CREATE TRIGGER tickets_lifecycle AFTER UPDATE OF status ON tickets
WHEN OLD.status <> NEW.status
BEGIN
    UPDATE tickets SET
        acknowledged_at = COALESCE(acknowledged_at, CASE WHEN OLD.status = 'new' THEN NEW.updated_at END),
        closed_at = COALESCE(closed_at, CASE WHEN NEW.status IN ('resolved', 'closed', 'duplicate',
                                              'not_our_responsibility', 'cancelled') THEN NEW.updated_at END),
        hold_started_at = CASE WHEN NEW.status = 'on_hold' THEN NEW.updated_at END
    WHERE id = NEW.id;
END;

-- The queue's most used filters and sorts at a million tickets: by assignee, by service, by due
-- time (overdue / due within N hours) and by last change. Each index costs inserts, so only these.
CREATE INDEX tickets_by_assignee ON tickets (assignee, requested_at DESC, id DESC);
CREATE INDEX tickets_by_service ON tickets (service_code, requested_at DESC, id DESC);
CREATE INDEX tickets_by_expected ON tickets (expected_at);
CREATE INDEX tickets_by_updated ON tickets (updated_at);

-- Saved queue views: a query string (QueueQuery::toString) owned by one user, or shared.
CREATE TABLE saved_views (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    owner       TEXT NOT NULL,
    shared      INTEGER NOT NULL DEFAULT 0,
    query       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (owner, name)
);

-- Canned responses per service and status ('' matches any), edited by administrators.
CREATE TABLE canned_responses (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    service_code  TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    updated_at    INTEGER NOT NULL
);

-- Accounts for working without a server: an argon2id hash (libsodium's crypto_pwhash_str).
CREATE TABLE local_accounts (
    name           TEXT PRIMARY KEY,
    display_name   TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL CHECK (role IN ('calltaker', 'supervisor', 'admin', 'trainer')),
    password_hash  TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);

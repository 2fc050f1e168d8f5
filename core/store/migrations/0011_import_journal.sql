-- Imports write in committed batches, so the console can save tickets between them. Until an
-- import finishes, every ticket it wrote is listed here: a cancelled or failed import removes
-- them again, and so does the next start after an import whose process died.
CREATE TABLE import_runs (
    id          TEXT PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE import_journal (
    import_id   TEXT NOT NULL,
    ticket_id   TEXT NOT NULL,
    PRIMARY KEY (import_id, ticket_id)
) WITHOUT ROWID;

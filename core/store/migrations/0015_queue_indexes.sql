-- Supervisor console at a million tickets (docs/supervisor.md, "Performance").
-- Every index here costs each insert, and an import of a city's history (mostly closed
-- tickets) must stay fast, so none of them holds a closed ticket.

-- Saved views' live counts. Overdue and due-within-N-hours filter running statuses by due time:
-- with status first, each status is one range of this index, counted without reading a ticket
-- (by tickets_by_expected alone every past-due ticket's row was read to check its status).
-- Partial: only open tickets. QueueSql adds this exact WHERE term to a view limited to open
-- statuses, since SQLite uses a partial index only for a query that repeats its condition.
CREATE INDEX tickets_open_by_due ON tickets (status, expected_at)
    WHERE status IN ('new','acknowledged','in_progress','action_scheduled','on_hold');
-- A status with a service, or with an assignee ("my new tickets", "unassigned new ones").
CREATE INDEX tickets_open_by_service ON tickets (status, service_code)
    WHERE status IN ('new','acknowledged','in_progress','action_scheduled','on_hold');
CREATE INDEX tickets_open_by_assignee ON tickets (status, assignee)
    WHERE status IN ('new','acknowledged','in_progress','action_scheduled','on_hold');

-- The dashboard's sums per UTC day of request (core/dashboard/dashboarddays.cpp): a year reads
-- 365 summaries instead of a million tickets. The next dashboard sums the stale days again
-- from their tickets and stores them. New tickets need no trigger (an import inserts thousands):
-- the days of tickets with a rowid above seen_rowid are stale.
CREATE TABLE dashboard_days (
    day     INTEGER PRIMARY KEY, -- requested_at / 86400000, rounded down
    summary BLOB NOT NULL        -- DashboardSums::toBlob()
);
CREATE TABLE dashboard_stale_days (day INTEGER PRIMARY KEY);
CREATE TABLE dashboard_seen (seen_rowid INTEGER NOT NULL);
INSERT INTO dashboard_seen (seen_rowid) VALUES (0);

-- NOT EXISTS rather than OR IGNORE: a trigger takes the conflict rule of the statement that
-- fired it, and an upsert's DO UPDATE (TicketRepository::update) would make OR IGNORE abort.
-- A deleted ticket's rowid can be given again to the next new ticket, so seen_rowid goes back.
CREATE TRIGGER tickets_dashboard_ad AFTER DELETE ON tickets
BEGIN
    INSERT INTO dashboard_stale_days (day) SELECT (OLD.requested_at - ((OLD.requested_at % 86400000) + 86400000) % 86400000) / 86400000
    WHERE NOT EXISTS (SELECT 1 FROM dashboard_stale_days WHERE day = (OLD.requested_at - ((OLD.requested_at % 86400000) + 86400000) % 86400000) / 86400000);
    UPDATE dashboard_seen SET seen_rowid = OLD.rowid - 1 WHERE seen_rowid >= OLD.rowid;
END;
-- Only a change the dashboard can see: a reassignment moves updated_at, which counts only as
-- the close time of a closed ticket that has no closed_at.
CREATE TRIGGER tickets_dashboard_au AFTER UPDATE OF requested_at, status, service_code, agency, channel,
    expected_at, closed_at, updated_at ON tickets
WHEN OLD.requested_at IS NOT NEW.requested_at OR OLD.status IS NOT NEW.status
    OR OLD.service_code IS NOT NEW.service_code OR OLD.agency IS NOT NEW.agency
    OR OLD.channel IS NOT NEW.channel OR OLD.expected_at IS NOT NEW.expected_at
    OR COALESCE(OLD.closed_at, OLD.updated_at) IS NOT COALESCE(NEW.closed_at, NEW.updated_at)
        AND NEW.status IN ('resolved','closed','duplicate','not_our_responsibility','cancelled')
BEGIN
    INSERT INTO dashboard_stale_days (day) SELECT (OLD.requested_at - ((OLD.requested_at % 86400000) + 86400000) % 86400000) / 86400000
    WHERE NOT EXISTS (SELECT 1 FROM dashboard_stale_days WHERE day = (OLD.requested_at - ((OLD.requested_at % 86400000) + 86400000) % 86400000) / 86400000);
    INSERT INTO dashboard_stale_days (day) SELECT (NEW.requested_at - ((NEW.requested_at % 86400000) + 86400000) % 86400000) / 86400000
    WHERE NOT EXISTS (SELECT 1 FROM dashboard_stale_days WHERE day = (NEW.requested_at - ((NEW.requested_at % 86400000) + 86400000) % 86400000) / 86400000);
END;

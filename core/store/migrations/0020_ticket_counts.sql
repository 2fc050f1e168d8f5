-- The number of tickets per status, so that the queue's first page (the whole queue, or a
-- view of statuses only) needs no COUNT(*) over a million tickets (docs/supervisor.md, "The
-- real view's first page"). Like the dashboard's day sums, new tickets need no trigger (an
-- import inserts thousands): tickets with a rowid above seen_rowid are not in the counts yet,
-- and the queue counts them itself; TicketCounts::fold() adds them and moves seen_rowid.
CREATE TABLE ticket_status_counts (
    status  TEXT PRIMARY KEY,
    tickets INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE ticket_counts_seen (seen_rowid INTEGER NOT NULL);
INSERT INTO ticket_counts_seen (seen_rowid) VALUES (0);

-- A counted ticket that goes leaves its status. SQLite gives a new ticket the largest rowid
-- plus one, so when the largest rowids go, seen_rowid comes down to the largest left: a new
-- ticket then always lands above it, however many were deleted.
CREATE TRIGGER tickets_counts_ad AFTER DELETE ON tickets
BEGIN
    UPDATE ticket_status_counts SET tickets = tickets - 1
    WHERE status = OLD.status AND OLD.rowid <= (SELECT seen_rowid FROM ticket_counts_seen);
    UPDATE ticket_counts_seen SET seen_rowid = (SELECT coalesce(max(rowid), 0) FROM tickets)
    WHERE seen_rowid > (SELECT coalesce(max(rowid), 0) FROM tickets);
END;

-- NOT EXISTS rather than OR IGNORE or an upsert: a trigger takes the conflict rule of the
-- statement that fired it (see 0015).
CREATE TRIGGER tickets_counts_au AFTER UPDATE OF status ON tickets
WHEN OLD.status IS NOT NEW.status AND OLD.rowid <= (SELECT seen_rowid FROM ticket_counts_seen)
BEGIN
    UPDATE ticket_status_counts SET tickets = tickets - 1 WHERE status = OLD.status;
    INSERT INTO ticket_status_counts (status, tickets) SELECT NEW.status, 0
    WHERE NOT EXISTS (SELECT 1 FROM ticket_status_counts WHERE status = NEW.status);
    UPDATE ticket_status_counts SET tickets = tickets + 1 WHERE status = NEW.status;
END;

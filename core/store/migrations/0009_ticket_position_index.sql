-- Tickets near a point (the duplicate finder) through an ordinary B-tree on (lat, lon)
-- instead of an R*Tree kept by triggers. The R*Tree insert was half the CPU of every ticket
-- insert (10-16 us of ~25 us) and its trigger forced a statement journal on each insert. A
-- duplicate search covers a ~150 m latitude band and filters longitude inside the index, which
-- stays well under a millisecond at a million tickets (`bench duplicates`).
DROP TRIGGER tickets_rtree_ai;
DROP TRIGGER tickets_rtree_au;
DROP TRIGGER tickets_rtree_ad;
DROP TABLE tickets_rtree;
CREATE INDEX tickets_by_position ON tickets (lat, lon);

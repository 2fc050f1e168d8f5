-- FTS5 writes its pending terms to disk as a new segment each time they exceed `hashsize`
-- (1 MB by default), and then merges the segments again. A bulk import of 100,000 articles
-- makes thousands of such segments; 16 MB of pending terms (per writing connection, freed at
-- commit) makes a sixteenth of them and saves most of the merge work.
INSERT INTO kb_fts (kb_fts, rank) VALUES ('hashsize', 16777216);

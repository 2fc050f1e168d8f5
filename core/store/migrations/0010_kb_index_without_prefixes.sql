-- The KB index again, built for speed at 100,000 articles (see docs/kb.md, "How indexing works").
-- No prefix indexes: FTS5's 2- and 3-letter prefix indexes made an import about twice as slow,
-- and a prefix typed as you type is now completed from the vocabulary to whole words instead
-- (core/kb/kbvocabulary). No insert trigger: an import indexes its new rows with one
-- INSERT ... SELECT, because FTS5 written one row per statement (as a trigger does) costs
-- about 1.7 times as much. Updates and deletes still follow kb_articles through triggers.
DROP TRIGGER kb_articles_ai;
DROP TRIGGER kb_articles_ad;
DROP TRIGGER kb_articles_au;
DROP TABLE kb_fts_vocab;
DROP TABLE kb_fts;

CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, questions, keywords, answer_markdown, script,
    content = 'kb_articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE kb_fts_vocab USING fts5vocab(kb_fts, row);
INSERT INTO kb_fts (kb_fts, rank) VALUES ('rank', 'bm25(2.0, 1.5, 1.5, 1.0, 0.5)');
-- A 16 MiB in-memory term table between flushes (1 MiB by default): fewer, larger segments for
-- the automatic merges to rewrite during a large import.
INSERT INTO kb_fts (kb_fts, rank) VALUES ('hashsize', 16777216);
-- A bulk import turns FTS5's incremental merging off for its transaction and merges once at
-- the end (KbRepository::importAll, optimizeIndex); until then up to 64 segments may share a
-- level before FTS5 forces a merge (16 by default).
INSERT INTO kb_fts (kb_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO kb_fts (kb_fts) VALUES ('rebuild');

CREATE TRIGGER kb_articles_ad AFTER DELETE ON kb_articles BEGIN
    INSERT INTO kb_fts (kb_fts, rowid, title, questions, keywords, answer_markdown, script)
    VALUES ('delete', old.rowid, old.title, old.questions, old.keywords, old.answer_markdown, old.script);
END;
CREATE TRIGGER kb_articles_au AFTER UPDATE OF title, questions, keywords, answer_markdown, script ON kb_articles BEGIN
    INSERT INTO kb_fts (kb_fts, rowid, title, questions, keywords, answer_markdown, script)
    VALUES ('delete', old.rowid, old.title, old.questions, old.keywords, old.answer_markdown, old.script);
    INSERT INTO kb_fts (rowid, title, questions, keywords, answer_markdown, script)
    VALUES (new.rowid, new.title, new.questions, new.keywords, new.answer_markdown, new.script);
END;

-- Bumped by every write to the articles, so searches know when their vocabulary is stale.
INSERT OR REPLACE INTO meta (key, value) VALUES ('kb_generation', '0');

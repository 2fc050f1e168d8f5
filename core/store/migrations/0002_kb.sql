-- Knowledge base: articles, their versions, feedback, the editable synonym table and the
-- FTS5 index. Dates are INTEGER ms UTC like everywhere else.

CREATE TABLE kb_articles (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL CHECK (length(title) > 0),
    questions        TEXT NOT NULL DEFAULT '',
    keywords         TEXT NOT NULL DEFAULT '',
    answer_markdown  TEXT NOT NULL,
    script           TEXT NOT NULL DEFAULT '',
    category         TEXT NOT NULL DEFAULT '',
    agency           TEXT NOT NULL DEFAULT '',
    service_codes    TEXT NOT NULL DEFAULT '',
    transfer_number  TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'internal')),
    state            TEXT NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'review', 'published', 'retired')),
    language         TEXT NOT NULL DEFAULT 'en',
    translation_of   TEXT NOT NULL DEFAULT '',
    review_by        INTEGER,
    owner            TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       INTEGER NOT NULL,
    reviewed_at      INTEGER,
    helpful          INTEGER NOT NULL DEFAULT 0,
    not_helpful      INTEGER NOT NULL DEFAULT 0,
    outdated         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kb_articles_by_review ON kb_articles (review_by) WHERE state <> 'retired';
CREATE INDEX kb_articles_by_translation ON kb_articles (translation_of) WHERE translation_of <> '';

-- Every saved state of an article, as CivicDesk KB JSON; diffs are computed between them.
CREATE TABLE kb_article_versions (
    article_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    saved_at    INTEGER NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    document    TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE TABLE kb_feedback (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('helpful', 'not_helpful', 'outdated')),
    comment     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX kb_feedback_by_article ON kb_feedback (article_id, at);

-- A query word (or two-word phrase) and what else it may mean; editable by administrators.
CREATE TABLE kb_synonyms (
    term     TEXT NOT NULL,
    synonym  TEXT NOT NULL,
    PRIMARY KEY (term, synonym)
);

-- External-content index over the searchable columns. Porter stems English; unicode61 with
-- remove_diacritics lets "recolección" match "recoleccion" in the es/fr variants.
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, questions, keywords, answer_markdown, script,
    content = 'kb_articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3');
CREATE VIRTUAL TABLE kb_fts_vocab USING fts5vocab(kb_fts, row);

CREATE TRIGGER kb_articles_ai AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_fts (rowid, title, questions, keywords, answer_markdown, script)
    VALUES (new.rowid, new.title, new.questions, new.keywords, new.answer_markdown, new.script);
END;
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

-- Field weights: a word in the title or in how callers ask says more than one in the body, but
-- not so much more that one title word outranks an article holding most of what was said.
INSERT INTO kb_fts (kb_fts, rank) VALUES ('rank', 'bm25(2.0, 1.5, 1.5, 1.0, 0.5)');

-- Starting synonyms for common 311 wording; administrators edit them with `kb synonyms`.
INSERT INTO kb_synonyms (term, synonym) VALUES
    ('trash', 'garbage'), ('trash', 'refuse'), ('garbage', 'trash'), ('garbage', 'refuse'),
    ('rubbish', 'garbage'), ('refuse', 'garbage'), ('junk', 'debris'),
    ('cab', 'taxi'), ('taxi', 'cab'), ('ebt', 'benefit card'), ('ebt', 'snap'),
    ('food stamps', 'snap'), ('lamppost', 'streetlight'), ('lamp post', 'streetlight'),
    ('street light', 'streetlight'), ('pot hole', 'pothole'), ('bin', 'cart'),
    ('couch', 'sofa'), ('sofa', 'couch'), ('fridge', 'refrigerator'),
    ('rats', 'rodents'), ('mice', 'rodents'), ('auto', 'vehicle'),
    ('pills', 'medication'), ('meds', 'medication'), ('puppy', 'dog'), ('kitten', 'cat'),
    ('heater', 'heat'), ('evicted', 'eviction');

-- More everyday words callers use for what the articles call by their proper names. Like the
-- starting set in 0002, they are plain rows of the editable kb_synonyms table.
INSERT OR IGNORE INTO kb_synonyms (term, synonym) VALUES
    ('hitched', 'married'), ('wed', 'married'), ('wedding', 'marriage'), ('fiance', 'marriage'),
    ('fiancee', 'marriage'), ('licence', 'license'), ('license', 'licence'), ('paperwork', 'forms'),
    ('cops', 'police'), ('cop', 'police'), ('sketchy', 'suspicious'), ('creepy', 'suspicious'),
    ('stoplight', 'traffic signal'), ('traffic light', 'traffic signal'), ('busted', 'broken'),
    ('dumpster', 'container'), ('ticketed', 'citation'), ('towed', 'tow'), ('hoarder', 'hoarding');

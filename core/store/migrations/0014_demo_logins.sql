-- The demo city's logins, one per role. The account system (local accounts and roles) is built
-- separately; this table only records who the demo's users are, so those accounts can be made
-- from it. No passwords: the demo is a sandbox.
CREATE TABLE demo_logins (
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('calltaker', 'supervisor', 'admin', 'trainer'))
);

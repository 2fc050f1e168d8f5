-- CivicDesk local store, schema 3: the city's geographic layers, routing rules and a spatial
-- index of tickets. Geometries are stored in CivicDesk's compact binary form (core/geo/geometry.h);
-- every layer has an R*Tree of bounding boxes keyed by the layer row's id.

CREATE TABLE geo_districts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    properties  TEXT NOT NULL DEFAULT '{}',
    geometry    BLOB NOT NULL
);
CREATE VIRTUAL TABLE geo_districts_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- Street names are shared by many centre-line segments and address points; the geocoder
-- searches the names (FTS5 over the normalised form) and then reads points by name id.
CREATE TABLE geo_street_names (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    normalized  TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE geo_street_names_fts USING fts5(normalized, content='geo_street_names', content_rowid='id', tokenize='unicode61');
CREATE TRIGGER geo_street_names_ai AFTER INSERT ON geo_street_names
BEGIN
    INSERT INTO geo_street_names_fts (rowid, normalized) VALUES (NEW.id, NEW.normalized);
END;
CREATE TRIGGER geo_street_names_ad AFTER DELETE ON geo_street_names
BEGIN
    INSERT INTO geo_street_names_fts (geo_street_names_fts, rowid, normalized) VALUES ('delete', OLD.id, OLD.normalized);
END;

CREATE TABLE geo_streets (
    id          INTEGER PRIMARY KEY,
    name_id     INTEGER REFERENCES geo_street_names (id),
    class       TEXT NOT NULL DEFAULT '',
    from_left   INTEGER,
    to_left     INTEGER,
    from_right  INTEGER,
    to_right    INTEGER,
    geometry    BLOB NOT NULL
);
CREATE INDEX geo_streets_by_name ON geo_streets (name_id);
CREATE VIRTUAL TABLE geo_streets_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- kind: park, water, building, landuse, ... (see docs/geo.md).
CREATE TABLE geo_areas (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    geometry    BLOB NOT NULL
);
CREATE VIRTUAL TABLE geo_areas_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

CREATE TABLE geo_addresses (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL,
    name_id     INTEGER NOT NULL REFERENCES geo_street_names (id),
    unit        TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    lat         REAL NOT NULL,
    lon         REAL NOT NULL
);
CREATE INDEX geo_addresses_by_street ON geo_addresses (name_id, number);
CREATE VIRTUAL TABLE geo_addresses_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- Service code x district -> agency and queue. '*' matches any; the most specific rule wins.
CREATE TABLE routing_rules (
    service_code  TEXT NOT NULL,
    district      TEXT NOT NULL,
    agency        TEXT NOT NULL,
    queue         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (service_code, district)
);

-- Tickets by position, for duplicate candidates nearby; kept in sync with tickets.lat/lon.
-- The R*Tree id is the ticket's rowid (fast upkeep); readers join on ticket_id and check the
-- distance on the ticket's own lat/lon. A VACUUM may renumber rowids: after one, refill this
-- table with the INSERT ... SELECT below.
CREATE VIRTUAL TABLE tickets_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, +ticket_id);
INSERT INTO tickets_rtree (id, min_lon, max_lon, min_lat, max_lat, ticket_id)
    SELECT rowid, lon, lon, lat, lat, id FROM tickets WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE TRIGGER tickets_rtree_ai AFTER INSERT ON tickets
WHEN NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
BEGIN
    INSERT INTO tickets_rtree (id, min_lon, max_lon, min_lat, max_lat, ticket_id) VALUES (NEW.rowid, NEW.lon, NEW.lon, NEW.lat, NEW.lat, NEW.id);
END;
CREATE TRIGGER tickets_rtree_au AFTER UPDATE OF lat, lon ON tickets
BEGIN
    DELETE FROM tickets_rtree WHERE id = OLD.rowid;
    INSERT INTO tickets_rtree (id, min_lon, max_lon, min_lat, max_lat, ticket_id)
        SELECT NEW.rowid, NEW.lon, NEW.lon, NEW.lat, NEW.lat, NEW.id WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL;
END;
CREATE TRIGGER tickets_rtree_ad AFTER DELETE ON tickets
BEGIN
    DELETE FROM tickets_rtree WHERE id = OLD.rowid;
END;

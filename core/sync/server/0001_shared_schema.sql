-- CivicDesk shared server schema, version 1 (PostgreSQL 15).
-- A statement ends at a line ending in ";" outside a $$ ... $$ body.
-- Timestamps are bigint milliseconds since 1970 UTC, as in the local store.

CREATE SCHEMA IF NOT EXISTS civicdesk;

CREATE TABLE IF NOT EXISTS civicdesk.schema_version (
    version     integer PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Roles belong to the whole cluster, so two databases initialised at once race to create them;
-- the loser of that race finds the role made and carries on.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['civicdesk_calltaker', 'civicdesk_supervisor', 'civicdesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

-- A supervisor can do all a call taker can; an administrator all a supervisor can.
DO $$
BEGIN
    IF NOT pg_has_role('civicdesk_supervisor', 'civicdesk_calltaker', 'MEMBER') THEN
        BEGIN
            GRANT civicdesk_calltaker TO civicdesk_supervisor;
        EXCEPTION WHEN unique_violation OR duplicate_object THEN
            NULL;
        END;
    END IF;
    IF NOT pg_has_role('civicdesk_admin', 'civicdesk_supervisor', 'MEMBER') THEN
        BEGIN
            GRANT civicdesk_supervisor TO civicdesk_admin;
        EXCEPTION WHEN unique_violation OR duplicate_object THEN
            NULL;
        END;
    END IF;
END
$$;

REVOKE ALL ON SCHEMA civicdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA civicdesk TO civicdesk_calltaker;

-- One sequence orders every change on the server (tickets, notes, audit, articles).
CREATE SEQUENCE civicdesk.change_seq;

CREATE FUNCTION civicdesk.is_supervisor() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, 'civicdesk_supervisor', 'MEMBER')
$$;

CREATE FUNCTION civicdesk.is_admin() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, 'civicdesk_admin', 'MEMBER')
$$;

-- Statuses in lifecycle order; the merge rule and the supervisor rule both read this list.
CREATE FUNCTION civicdesk.status_rank(status text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT array_position(ARRAY['new', 'acknowledged', 'in_progress', 'action_scheduled', 'on_hold',
                                'resolved', 'closed', 'duplicate', 'not_our_responsibility', 'cancelled'], status)
$$;

CREATE FUNCTION civicdesk.is_open_status(status text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT civicdesk.status_rank(status) <= 5
$$;

CREATE TABLE civicdesk.tickets (
    id          uuid PRIMARY KEY,
    reference   text NOT NULL UNIQUE,
    -- Every synced field by its local column name; the merge works key by key.
    doc         jsonb NOT NULL,
    status      text GENERATED ALWAYS AS (doc ->> 'status') STORED,
    assignee    text GENERATED ALWAYS AS (coalesce(doc ->> 'assignee', '')) STORED,
    version     integer NOT NULL DEFAULT 1,
    created_by  text NOT NULL DEFAULT session_user,
    updated_by  text NOT NULL DEFAULT session_user,
    change_seq  bigint NOT NULL DEFAULT 0,
    change_xid  xid8 NOT NULL DEFAULT '0',
    CONSTRAINT tickets_status_known CHECK (civicdesk.status_rank(status) IS NOT NULL),
    CONSTRAINT tickets_description_length CHECK (length(coalesce(doc ->> 'description', '')) <= 4000),
    CONSTRAINT tickets_reference_matches CHECK (doc ->> 'reference' = reference),
    CONSTRAINT tickets_id_matches CHECK (doc ->> 'id' = id::text)
);
CREATE INDEX tickets_by_change ON civicdesk.tickets (change_xid, change_seq);

CREATE TABLE civicdesk.ticket_notes (
    id          uuid PRIMARY KEY,
    ticket_id   uuid NOT NULL REFERENCES civicdesk.tickets (id),
    created_at  bigint NOT NULL,
    author      text NOT NULL DEFAULT '',
    text        text NOT NULL CHECK (length(text) <= 4000),
    internal    boolean NOT NULL DEFAULT false,
    pushed_by   text NOT NULL DEFAULT session_user,
    change_seq  bigint NOT NULL DEFAULT 0,
    change_xid  xid8 NOT NULL DEFAULT '0'
);
CREATE INDEX ticket_notes_by_change ON civicdesk.ticket_notes (change_xid, change_seq);
CREATE INDEX ticket_notes_by_ticket ON civicdesk.ticket_notes (ticket_id);

CREATE TABLE civicdesk.audit_events (
    id          uuid PRIMARY KEY,
    ticket_id   uuid NOT NULL REFERENCES civicdesk.tickets (id),
    at          bigint NOT NULL,
    actor       text NOT NULL DEFAULT '',
    field       text NOT NULL,
    old_value   text NOT NULL DEFAULT '',
    new_value   text NOT NULL DEFAULT '',
    -- client: recorded on a workstation; server: a direct SQL change; merge: a sync merge.
    source      text NOT NULL DEFAULT 'client' CHECK (source IN ('client', 'server', 'merge')),
    pushed_by   text NOT NULL DEFAULT session_user,
    change_seq  bigint NOT NULL DEFAULT 0,
    change_xid  xid8 NOT NULL DEFAULT '0'
);
CREATE INDEX audit_events_by_change ON civicdesk.audit_events (change_xid, change_seq);
CREATE INDEX audit_events_by_ticket ON civicdesk.audit_events (ticket_id);

-- Change ids already applied: a retried push after a lost reply is answered, not re-applied.
CREATE TABLE civicdesk.applied_changes (
    change_id   uuid PRIMARY KEY,
    outcome     text NOT NULL,
    detail      text NOT NULL DEFAULT '',
    pushed_by   text NOT NULL DEFAULT session_user,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Published by administrators, pulled by every workstation.
CREATE TABLE civicdesk.catalog_documents (
    version       serial PRIMARY KEY,
    document      jsonb NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    published_by  text NOT NULL DEFAULT session_user
);

CREATE TABLE civicdesk.kb_articles (
    id            text PRIMARY KEY,
    document      jsonb NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    published_by  text NOT NULL DEFAULT session_user,
    change_seq    bigint NOT NULL DEFAULT 0,
    change_xid    xid8 NOT NULL DEFAULT '0'
);
CREATE INDEX kb_articles_by_change ON civicdesk.kb_articles (change_xid, change_seq);

-- CivicDesk accounts: role and the Open311 API key each user posts with. A user reads only
-- their own row; administrators read all.
CREATE TABLE civicdesk.user_accounts (
    login        text PRIMARY KEY,
    role         text NOT NULL CHECK (role IN ('calltaker', 'supervisor', 'admin')),
    api_key      text NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Change positions: the writing transaction's id (for the pull cursor) and a global order.
CREATE FUNCTION civicdesk.assign_change_position() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
BEGIN
    NEW.change_seq := nextval('civicdesk.change_seq');
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE FUNCTION civicdesk.now_ms() RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
$$;

-- The supervisor rule, enforced for every writer (the push function runs as its definer, but
-- session_user is still the person who logged in). Then versioning and, for changes made by
-- direct SQL rather than by a sync push, one server audit row per changed field.
CREATE FUNCTION civicdesk.tickets_before_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
DECLARE
    new_status text := NEW.doc ->> 'status';
    new_assignee text := coalesce(NEW.doc ->> 'assignee', '');
BEGIN
    IF NOT civicdesk.is_supervisor() THEN
        IF TG_OP = 'INSERT' THEN
            IF NOT coalesce(civicdesk.is_open_status(new_status), true) THEN
                RAISE EXCEPTION 'only a supervisor may create ticket % with status %', NEW.reference, new_status
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF new_assignee <> '' THEN
                RAISE EXCEPTION 'only a supervisor may assign ticket %', NEW.reference
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            IF new_status IS DISTINCT FROM OLD.doc ->> 'status'
               AND NOT (coalesce(civicdesk.is_open_status(new_status), true)
                        AND coalesce(civicdesk.is_open_status(OLD.doc ->> 'status'), true)) THEN
                RAISE EXCEPTION 'only a supervisor may change ticket % from % to %', OLD.reference,
                    OLD.doc ->> 'status', new_status USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF new_assignee IS DISTINCT FROM coalesce(OLD.doc ->> 'assignee', '') THEN
                RAISE EXCEPTION 'only a supervisor may assign ticket %', OLD.reference
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id <> OLD.id OR NEW.reference <> OLD.reference THEN
            RAISE EXCEPTION 'a ticket''s id and reference never change' USING ERRCODE = 'check_violation';
        END IF;
        NEW.version := OLD.version + 1;
        NEW.updated_by := session_user;
        IF coalesce(current_setting('civicdesk.in_push', true), '') <> 'on' THEN
            INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value, source)
            SELECT gen_random_uuid(), NEW.id, civicdesk.now_ms(), session_user, n.key,
                   coalesce(o.value #>> '{}', ''), coalesce(n.value #>> '{}', ''), 'server'
            FROM jsonb_each(NEW.doc) n
            LEFT JOIN jsonb_each(OLD.doc) o ON o.key = n.key
            WHERE o.value IS DISTINCT FROM n.value;
        END IF;
    END IF;
    NEW.change_seq := nextval('civicdesk.change_seq');
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER tickets_before_write BEFORE INSERT OR UPDATE ON civicdesk.tickets
    FOR EACH ROW EXECUTE FUNCTION civicdesk.tickets_before_write();
CREATE TRIGGER ticket_notes_position BEFORE INSERT ON civicdesk.ticket_notes
    FOR EACH ROW EXECUTE FUNCTION civicdesk.assign_change_position();
CREATE TRIGGER audit_events_position BEFORE INSERT ON civicdesk.audit_events
    FOR EACH ROW EXECUTE FUNCTION civicdesk.assign_change_position();
CREATE TRIGGER kb_articles_position BEFORE INSERT OR UPDATE ON civicdesk.kb_articles
    FOR EACH ROW EXECUTE FUNCTION civicdesk.assign_change_position();

-- Notes and audit rows only ever grow, whoever asks (owners and administrators included).
CREATE FUNCTION civicdesk.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Statement-level, so even an UPDATE or DELETE that matches no row is refused outright.
CREATE TRIGGER audit_events_insert_only BEFORE UPDATE OR DELETE OR TRUNCATE ON civicdesk.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.refuse_change();
CREATE TRIGGER ticket_notes_insert_only BEFORE UPDATE OR DELETE OR TRUNCATE ON civicdesk.ticket_notes
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.refuse_change();
CREATE TRIGGER tickets_no_delete BEFORE DELETE OR TRUNCATE ON civicdesk.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.refuse_change();

-- Wakes every listening workstation once per writing statement.
CREATE FUNCTION civicdesk.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('civicdesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER tickets_notify AFTER INSERT OR UPDATE ON civicdesk.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.notify_change();
CREATE TRIGGER ticket_notes_notify AFTER INSERT ON civicdesk.ticket_notes
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.notify_change();
CREATE TRIGGER audit_events_notify AFTER INSERT ON civicdesk.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.notify_change();
CREATE TRIGGER kb_articles_notify AFTER INSERT OR UPDATE ON civicdesk.kb_articles
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.notify_change();
CREATE TRIGGER catalog_documents_notify AFTER INSERT ON civicdesk.catalog_documents
    FOR EACH STATEMENT EXECUTE FUNCTION civicdesk.notify_change();

-- Which value wins when both sides changed one field (docs/sync.md, "Merge rule").
CREATE FUNCTION civicdesk.merge_winner(field text, theirs jsonb, mine jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN field = 'updated_at' THEN
            CASE WHEN coalesce((theirs #>> '{}')::numeric, 0) > coalesce((mine #>> '{}')::numeric, 0)
                 THEN theirs ELSE mine END
        WHEN field = 'status' THEN
            CASE WHEN coalesce(civicdesk.status_rank(theirs #>> '{}'), 0)
                      > coalesce(civicdesk.status_rank(mine #>> '{}'), 0)
                 THEN theirs ELSE mine END
        ELSE mine
    END
$$;

-- One ticket update: {"ticket_id", "base_version", "changes": {"field": [old, new], ...}}.
-- At the base version it applies as is; otherwise field by field: a field the server did not
-- change since "old" takes "new", a field both sides changed goes to merge_winner() and the
-- losing value is kept in a merge audit row.
CREATE FUNCTION civicdesk.apply_update(c jsonb, OUT outcome text, OUT detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
DECLARE
    cur civicdesk.tickets%ROWTYPE;
    merged_doc jsonb;
    k text;
    pair jsonb;
    theirs jsonb;
    winner jsonb;
    merged text[] := '{}';
BEGIN
    SELECT * INTO cur FROM civicdesk.tickets WHERE id = (c ->> 'ticket_id')::uuid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % is not on the server', c ->> 'ticket_id' USING ERRCODE = 'foreign_key_violation';
    END IF;
    merged_doc := cur.doc;
    FOR k, pair IN SELECT key, value FROM jsonb_each(c -> 'changes') LOOP
        theirs := coalesce(cur.doc -> k, 'null'::jsonb);
        IF cur.version = (c ->> 'base_version')::integer OR theirs = pair -> 0 OR theirs = pair -> 1 THEN
            merged_doc := jsonb_set(merged_doc, ARRAY[k], pair -> 1);
        ELSE
            winner := civicdesk.merge_winner(k, theirs, pair -> 1);
            merged_doc := jsonb_set(merged_doc, ARRAY[k], winner);
            IF k <> 'updated_at' THEN
                merged := merged || k;
                INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value, source)
                VALUES (gen_random_uuid(), cur.id, civicdesk.now_ms(), 'merge:' || session_user, k,
                        coalesce(CASE WHEN winner = theirs THEN pair -> 1 ELSE theirs END #>> '{}', ''),
                        coalesce(winner #>> '{}', ''), 'merge');
            END IF;
        END IF;
    END LOOP;
    UPDATE civicdesk.tickets SET doc = merged_doc WHERE id = cur.id;
    outcome := CASE WHEN cardinality(merged) > 0 THEN 'merged' ELSE 'applied' END;
    detail := array_to_string(merged, ',');
END
$$;

-- An update exactly once: a change id already applied is answered "duplicate".
CREATE FUNCTION civicdesk.apply_update_once(c jsonb, OUT outcome text, OUT detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM civicdesk.applied_changes a WHERE a.change_id = (c ->> 'change_id')::uuid) THEN
        outcome := 'duplicate';
        detail := '';
        RETURN;
    END IF;
    SELECT u.outcome, u.detail INTO outcome, detail FROM civicdesk.apply_update(c) u;
    INSERT INTO civicdesk.applied_changes (change_id, outcome, detail) VALUES ((c ->> 'change_id')::uuid, outcome, detail);
END
$$;

-- One change of any kind, for the careful path. Creates, notes and audit events are keyed by
-- their own UUIDs, so inserting one again changes nothing and says "duplicate".
CREATE FUNCTION civicdesk.apply_change(c jsonb, OUT outcome text, OUT detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
DECLARE
    n integer;
BEGIN
    outcome := 'applied';
    detail := '';
    CASE c ->> 'kind'
    WHEN 'create' THEN
        INSERT INTO civicdesk.tickets (id, reference, doc)
        VALUES ((c ->> 'ticket_id')::uuid, c -> 'doc' ->> 'reference', c -> 'doc')
        ON CONFLICT (id) DO NOTHING;
    WHEN 'update' THEN
        SELECT u.outcome, u.detail INTO outcome, detail FROM civicdesk.apply_update_once(c) u;
        RETURN;
    WHEN 'note' THEN
        INSERT INTO civicdesk.ticket_notes (id, ticket_id, created_at, author, text, internal)
        VALUES ((c -> 'note' ->> 'id')::uuid, (c ->> 'ticket_id')::uuid, (c -> 'note' ->> 'created_at')::bigint,
                c -> 'note' ->> 'author', c -> 'note' ->> 'text', (c -> 'note' ->> 'internal')::boolean)
        ON CONFLICT (id) DO NOTHING;
    WHEN 'audit' THEN
        INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value)
        VALUES ((c -> 'audit' ->> 'id')::uuid, (c ->> 'ticket_id')::uuid, (c -> 'audit' ->> 'at')::bigint,
                c -> 'audit' ->> 'actor', c -> 'audit' ->> 'field', c -> 'audit' ->> 'old_value',
                c -> 'audit' ->> 'new_value')
        ON CONFLICT (id) DO NOTHING;
    ELSE
        RAISE EXCEPTION 'unknown change kind %', c ->> 'kind' USING ERRCODE = 'invalid_parameter_value';
    END CASE;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        outcome := 'duplicate';
    END IF;
END
$$;

-- The push: a JSON array of changes, each with a client-made change_id. Returns one row per
-- change: applied, merged, duplicate (applied by an earlier push whose reply was lost) or
-- rejected (with the server's reason; the client parks it). The fast path inserts creates,
-- notes and audit events in one statement and then applies updates in order; if anything in
-- the batch fails, the batch is redone one change at a time so the rest still lands.
CREATE FUNCTION civicdesk.push(changes jsonb)
RETURNS TABLE (change_id uuid, outcome text, detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
DECLARE
    c jsonb;
    ids uuid[];
    outcomes text[];
    details text[];
    updates integer;
    unknown integer;
    one_outcome text;
    one_detail text;
BEGIN
    PERFORM set_config('civicdesk.in_push', 'on', true);
    BEGIN
        WITH e AS MATERIALIZED (
            SELECT value AS v, value ->> 'kind' AS kind FROM jsonb_array_elements(changes)
        ), t AS (
            INSERT INTO civicdesk.tickets (id, reference, doc)
            SELECT (v ->> 'ticket_id')::uuid, v -> 'doc' ->> 'reference', v -> 'doc' FROM e WHERE kind = 'create'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), n AS (
            INSERT INTO civicdesk.ticket_notes (id, ticket_id, created_at, author, text, internal)
            SELECT (v -> 'note' ->> 'id')::uuid, (v ->> 'ticket_id')::uuid, (v -> 'note' ->> 'created_at')::bigint,
                   v -> 'note' ->> 'author', v -> 'note' ->> 'text', (v -> 'note' ->> 'internal')::boolean
            FROM e WHERE kind = 'note'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), a AS (
            INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value)
            SELECT (v -> 'audit' ->> 'id')::uuid, (v ->> 'ticket_id')::uuid, (v -> 'audit' ->> 'at')::bigint,
                   v -> 'audit' ->> 'actor', v -> 'audit' ->> 'field', v -> 'audit' ->> 'old_value',
                   v -> 'audit' ->> 'new_value'
            FROM e WHERE kind = 'audit'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), inserted AS (
            SELECT id FROM t UNION ALL SELECT id FROM n UNION ALL SELECT id FROM a
        )
        SELECT coalesce(array_agg((e.v ->> 'change_id')::uuid) FILTER (WHERE e.kind IN ('create', 'note', 'audit')), '{}'),
               coalesce(array_agg(CASE WHEN i.id IS NULL THEN 'duplicate' ELSE 'applied' END)
                        FILTER (WHERE e.kind IN ('create', 'note', 'audit')), '{}'),
               coalesce(array_agg(''::text) FILTER (WHERE e.kind IN ('create', 'note', 'audit')), '{}'),
               count(*) FILTER (WHERE e.kind = 'update'),
               count(*) FILTER (WHERE e.kind IS NULL OR e.kind NOT IN ('create', 'update', 'note', 'audit'))
        INTO ids, outcomes, details, updates, unknown
        FROM e
        LEFT JOIN inserted i ON i.id = CASE e.kind WHEN 'create' THEN (e.v ->> 'ticket_id')::uuid
                                                   WHEN 'note' THEN (e.v -> 'note' ->> 'id')::uuid
                                                   WHEN 'audit' THEN (e.v -> 'audit' ->> 'id')::uuid END;
        IF unknown > 0 THEN
            RAISE EXCEPTION 'unknown change kind' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF updates > 0 THEN
            FOR c IN SELECT value FROM jsonb_array_elements(changes) WHERE value ->> 'kind' = 'update' LOOP
                SELECT u.outcome, u.detail INTO one_outcome, one_detail FROM civicdesk.apply_update_once(c) u;
                ids := ids || (c ->> 'change_id')::uuid;
                outcomes := outcomes || one_outcome;
                details := details || one_detail;
            END LOOP;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        ids := '{}';
        outcomes := '{}';
        details := '{}';
        FOR c IN SELECT value FROM jsonb_array_elements(changes) LOOP
            BEGIN
                SELECT x.outcome, x.detail INTO one_outcome, one_detail FROM civicdesk.apply_change(c) x;
            EXCEPTION WHEN OTHERS THEN
                one_outcome := 'rejected';
                one_detail := SQLSTATE || ': ' || SQLERRM;
            END;
            ids := ids || (c ->> 'change_id')::uuid;
            outcomes := outcomes || one_outcome;
            details := details || one_detail;
        END LOOP;
    END;
    RETURN QUERY SELECT * FROM unnest(ids, outcomes, details);
END
$$;

-- Creates or updates a login; only administrators (or the superuser running server init).
CREATE FUNCTION civicdesk.add_user(login text, password text, role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog AS $$
BEGIN
    IF NOT civicdesk.is_admin() THEN
        RAISE EXCEPTION 'only an administrator may add users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF role NOT IN ('calltaker', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR login LIKE 'civicdesk\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'user name "%" must be lower-case letters, digits, ".", "-" or "_"', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', login, password);
        EXECUTE format('REVOKE civicdesk_calltaker, civicdesk_supervisor, civicdesk_admin FROM %I', login);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', login, password);
    END IF;
    EXECUTE format('GRANT %I TO %I', 'civicdesk_' || role, login);
    INSERT INTO civicdesk.user_accounts (login, role) VALUES (login, role)
    ON CONFLICT ON CONSTRAINT user_accounts_pkey DO UPDATE SET role = excluded.role;
END
$$;

-- Privileges: nothing by default, then exactly what each role needs. Every ticket write goes
-- through push(), which applies the supervisor rule; supervisors may also update by SQL.
REVOKE ALL ON ALL TABLES IN SCHEMA civicdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA civicdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civicdesk.is_supervisor(), civicdesk.is_admin(), civicdesk.status_rank(text),
    civicdesk.is_open_status(text), civicdesk.merge_winner(text, jsonb, jsonb), civicdesk.now_ms(),
    civicdesk.push(jsonb) TO civicdesk_calltaker;
GRANT EXECUTE ON FUNCTION civicdesk.add_user(text, text, text) TO civicdesk_admin;
GRANT SELECT ON civicdesk.schema_version, civicdesk.tickets, civicdesk.ticket_notes, civicdesk.audit_events,
    civicdesk.catalog_documents, civicdesk.kb_articles, civicdesk.user_accounts TO civicdesk_calltaker;
GRANT INSERT (id, ticket_id, created_at, author, text, internal) ON civicdesk.ticket_notes TO civicdesk_calltaker;
GRANT UPDATE (doc) ON civicdesk.tickets TO civicdesk_supervisor;
GRANT INSERT ON civicdesk.catalog_documents, civicdesk.kb_articles TO civicdesk_admin;
GRANT UPDATE (document) ON civicdesk.kb_articles TO civicdesk_admin;
GRANT USAGE ON SEQUENCE civicdesk.catalog_documents_version_seq TO civicdesk_admin;

ALTER TABLE civicdesk.tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_read ON civicdesk.tickets FOR SELECT TO civicdesk_calltaker USING (true);
CREATE POLICY tickets_supervise ON civicdesk.tickets FOR UPDATE TO civicdesk_supervisor USING (true) WITH CHECK (true);

ALTER TABLE civicdesk.ticket_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON civicdesk.ticket_notes FOR SELECT TO civicdesk_calltaker USING (true);
CREATE POLICY notes_write_own ON civicdesk.ticket_notes FOR INSERT TO civicdesk_calltaker
    WITH CHECK (pushed_by = session_user);

ALTER TABLE civicdesk.user_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_own ON civicdesk.user_accounts FOR SELECT TO civicdesk_calltaker
    USING (login = session_user OR civicdesk.is_admin());


-- CivicDesk shared server schema, version 3: the staged push.
-- A client COPYs its batch into a temporary table of its own session and calls push_staged(),
-- instead of sending one large JSON parameter: COPY is the cheapest way into the server, and
-- the rows are parsed once. The rules (supervisor rule, idempotency, merge) are unchanged.

-- New rows take their change position from column defaults (the same nextval and transaction
-- id the trigger assigned). Only the security-definer push functions may insert tickets, so no
-- one can choose a position; updates still get theirs from the trigger.
ALTER TABLE civicdesk.tickets
    ALTER COLUMN change_seq SET DEFAULT nextval('civicdesk.change_seq'),
    ALTER COLUMN change_xid SET DEFAULT pg_current_xact_id();

-- The insert trigger runs only when the supervisor rule could refuse the new ticket (a closed
-- status or an assignee); the condition is evaluated in the executor, without a PL/pgSQL call
-- per row, which was a third of the cost of pushing a ticket.
DROP TRIGGER tickets_before_write ON civicdesk.tickets;
CREATE TRIGGER tickets_before_insert BEFORE INSERT ON civicdesk.tickets
    FOR EACH ROW
    WHEN (NOT coalesce(civicdesk.is_open_status(NEW.doc ->> 'status'), true)
          OR coalesce(NEW.doc ->> 'assignee', '') <> '')
    EXECUTE FUNCTION civicdesk.tickets_before_write();
CREATE TRIGGER tickets_before_update BEFORE UPDATE ON civicdesk.tickets
    FOR EACH ROW EXECUTE FUNCTION civicdesk.tickets_before_write();

-- The caller's staging table, in its own session (security invoker: the table is the caller's).
-- A create carries the ticket document as body; every other kind the whole change.
CREATE FUNCTION civicdesk.open_push_staging() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.civicdesk_push_staging') IS NULL THEN
        CREATE TEMPORARY TABLE civicdesk_push_staging (
            ord        integer NOT NULL,
            change_id  uuid NOT NULL,
            kind       text NOT NULL,
            ticket_id  uuid NOT NULL,
            body       jsonb NOT NULL
        ) ON COMMIT DELETE ROWS;
    END IF;
END
$$;

-- The staged batch of this session, pushed: one row per change out, applied, merged, duplicate
-- or rejected, as push(jsonb). The fast path inserts creates, notes and audit events set-based
-- and applies updates in batch order; if anything fails (a refused change, or one already
-- applied), the batch is redone one change at a time so the rest still lands.
-- It reads the caller's own temporary table with the definer's rights, so it first checks that
-- the table is exactly what open_push_staging() makes: a plain heap table of this session with
-- those five columns and types, no row security, rules or children. Reading such a table runs
-- none of the caller's code. (Only this session can reach its temporary table, and it is busy
-- running this function, so the table cannot change between the check and the read.)
CREATE FUNCTION civicdesk.push_staged()
RETURNS TABLE (ord integer, outcome text, detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog, pg_temp AS $$
DECLARE
    r record;
    out_ords integer[];
    outcomes text[];
    details text[];
    unknown integer;
    updates integer;
    one_outcome text;
    one_detail text;
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_class c
        WHERE c.oid = pg_catalog.to_regclass('pg_temp.civicdesk_push_staging')
          AND c.relnamespace = pg_catalog.pg_my_temp_schema()
          AND c.relkind = 'r' AND c.relam = (SELECT m.oid FROM pg_catalog.pg_am m WHERE m.amname = 'heap')
          AND NOT c.relrowsecurity AND NOT c.relhasrules AND NOT c.relhassubclass
          AND ARRAY(SELECT a.attname::text || ' ' || a.atttypid::regtype::text || ' ' || a.attcollation::text
                    FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
              = ARRAY['ord integer 0', 'change_id uuid 0', 'kind text 100', 'ticket_id uuid 0', 'body jsonb 0']) THEN
        RAISE EXCEPTION 'the push staging table of this session is not the one civicdesk.open_push_staging() makes'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('civicdesk.in_push', 'on', true);
    BEGIN
        -- No ON CONFLICT here: a change already on the server (a batch sent again after a lost
        -- reply) makes this path fail, and the careful path below answers it "duplicate". A
        -- first send, the usual case, skips the speculative insertion and the outcome join.
        INSERT INTO civicdesk.tickets (id, reference, doc)
        SELECT s.ticket_id, s.body ->> 'reference', s.body FROM ONLY pg_temp.civicdesk_push_staging s
        WHERE s.kind = 'create';
        INSERT INTO civicdesk.ticket_notes (id, ticket_id, created_at, author, text, internal)
        SELECT (s.body -> 'note' ->> 'id')::uuid, s.ticket_id, (s.body -> 'note' ->> 'created_at')::bigint,
               s.body -> 'note' ->> 'author', s.body -> 'note' ->> 'text', (s.body -> 'note' ->> 'internal')::boolean
        FROM ONLY pg_temp.civicdesk_push_staging s WHERE s.kind = 'note';
        INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value)
        SELECT (s.body -> 'audit' ->> 'id')::uuid, s.ticket_id, (s.body -> 'audit' ->> 'at')::bigint,
               s.body -> 'audit' ->> 'actor', s.body -> 'audit' ->> 'field', s.body -> 'audit' ->> 'old_value',
               s.body -> 'audit' ->> 'new_value'
        FROM ONLY pg_temp.civicdesk_push_staging s WHERE s.kind = 'audit';
        SELECT coalesce(array_agg(s.ord) FILTER (WHERE s.kind IN ('create', 'note', 'audit')), '{}'),
               count(*) FILTER (WHERE s.kind IS NULL OR s.kind NOT IN ('create', 'update', 'note', 'audit')),
               count(*) FILTER (WHERE s.kind = 'update')
        INTO out_ords, unknown, updates
        FROM ONLY pg_temp.civicdesk_push_staging s;
        IF unknown > 0 THEN
            RAISE EXCEPTION 'unknown change kind' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        outcomes := array_fill('applied'::text, ARRAY[cardinality(out_ords)]);
        details := array_fill(''::text, ARRAY[cardinality(out_ords)]);
        IF updates > 0 THEN
            FOR r IN SELECT s.ord, s.body FROM ONLY pg_temp.civicdesk_push_staging s
                     WHERE s.kind = 'update' ORDER BY s.ord LOOP
                SELECT x.outcome, x.detail INTO one_outcome, one_detail FROM civicdesk.apply_update_once(r.body) x;
                out_ords := out_ords || r.ord;
                outcomes := outcomes || one_outcome;
                details := details || one_detail;
            END LOOP;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        out_ords := '{}';
        outcomes := '{}';
        details := '{}';
        FOR r IN SELECT s.ord, s.change_id, s.kind, s.ticket_id, s.body FROM ONLY pg_temp.civicdesk_push_staging s
                 ORDER BY s.ord LOOP
            BEGIN
                SELECT x.outcome, x.detail INTO one_outcome, one_detail
                FROM civicdesk.apply_change(CASE WHEN r.kind = 'create'
                                                 THEN jsonb_build_object('change_id', r.change_id, 'kind', 'create',
                                                                         'ticket_id', r.ticket_id, 'doc', r.body)
                                                 ELSE r.body END) x;
            EXCEPTION WHEN OTHERS THEN
                one_outcome := 'rejected';
                one_detail := SQLSTATE || ': ' || SQLERRM;
            END;
            out_ords := out_ords || r.ord;
            outcomes := outcomes || one_outcome;
            details := details || one_detail;
        END LOOP;
    END;
    RETURN QUERY SELECT * FROM unnest(out_ords, outcomes, details);
END
$$;

-- A security-definer function must not resolve names in the caller's temporary schema: listed
-- last, pg_temp can no longer shadow a table or a type (such as uuid) the function uses.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'civicdesk'::regnamespace AND p.prosecdef LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = civicdesk, pg_catalog, pg_temp', f);
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION civicdesk.open_push_staging(), civicdesk.push_staged() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civicdesk.open_push_staging(), civicdesk.push_staged() TO civicdesk_calltaker;

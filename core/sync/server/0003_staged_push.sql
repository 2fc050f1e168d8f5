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

-- A batch as parallel arrays (position in the batch, change id, kind, ticket id, body), one
-- row per change out: applied, merged, duplicate or rejected, as push(jsonb). The fast path
-- inserts creates, notes and audit events in one statement and applies updates in batch order;
-- if anything fails, the batch is redone one change at a time so the rest still lands.
CREATE FUNCTION civicdesk.push_rows(ords integer[], change_ids uuid[], kinds text[], ticket_ids uuid[],
                                    bodies jsonb[])
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
    IF coalesce(cardinality(ords), 0) = 0 THEN
        RETURN;
    END IF;
    IF cardinality(change_ids) IS DISTINCT FROM cardinality(ords)
       OR cardinality(kinds) IS DISTINCT FROM cardinality(ords)
       OR cardinality(ticket_ids) IS DISTINCT FROM cardinality(ords)
       OR cardinality(bodies) IS DISTINCT FROM cardinality(ords) THEN
        RAISE EXCEPTION 'push_rows: the arrays differ in length' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('civicdesk.in_push', 'on', true);
    BEGIN
        WITH e AS MATERIALIZED (
            SELECT * FROM unnest(ords, change_ids, kinds, ticket_ids, bodies) AS u(ord, change_id, kind, ticket_id, body)
        ), t AS (
            INSERT INTO civicdesk.tickets (id, reference, doc)
            SELECT e.ticket_id, e.body ->> 'reference', e.body FROM e WHERE e.kind = 'create'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), n AS (
            INSERT INTO civicdesk.ticket_notes (id, ticket_id, created_at, author, text, internal)
            SELECT (e.body -> 'note' ->> 'id')::uuid, e.ticket_id, (e.body -> 'note' ->> 'created_at')::bigint,
                   e.body -> 'note' ->> 'author', e.body -> 'note' ->> 'text', (e.body -> 'note' ->> 'internal')::boolean
            FROM e WHERE e.kind = 'note'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), a AS (
            INSERT INTO civicdesk.audit_events (id, ticket_id, at, actor, field, old_value, new_value)
            SELECT (e.body -> 'audit' ->> 'id')::uuid, e.ticket_id, (e.body -> 'audit' ->> 'at')::bigint,
                   e.body -> 'audit' ->> 'actor', e.body -> 'audit' ->> 'field', e.body -> 'audit' ->> 'old_value',
                   e.body -> 'audit' ->> 'new_value'
            FROM e WHERE e.kind = 'audit'
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), inserted AS (
            SELECT id FROM t UNION ALL SELECT id FROM n UNION ALL SELECT id FROM a
        )
        SELECT coalesce(array_agg(e.ord) FILTER (WHERE e.kind IN ('create', 'note', 'audit')), '{}'),
               coalesce(array_agg(CASE WHEN i.id IS NULL THEN 'duplicate' ELSE 'applied' END)
                        FILTER (WHERE e.kind IN ('create', 'note', 'audit')), '{}'),
               count(*) FILTER (WHERE e.kind IS NULL OR e.kind NOT IN ('create', 'update', 'note', 'audit')),
               count(*) FILTER (WHERE e.kind = 'update')
        INTO out_ords, outcomes, unknown, updates
        FROM e
        LEFT JOIN inserted i ON i.id = CASE e.kind WHEN 'create' THEN e.ticket_id
                                                   WHEN 'note' THEN (e.body -> 'note' ->> 'id')::uuid
                                                   WHEN 'audit' THEN (e.body -> 'audit' ->> 'id')::uuid END;
        IF unknown > 0 THEN
            RAISE EXCEPTION 'unknown change kind' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        details := array_fill(''::text, ARRAY[cardinality(out_ords)]);
        IF updates = 0 THEN
            RETURN QUERY SELECT * FROM unnest(out_ords, outcomes, details);
            RETURN;
        END IF;
        FOR r IN SELECT u.ord, u.body FROM unnest(ords, kinds, bodies) AS u(ord, kind, body)
                 WHERE u.kind = 'update' ORDER BY u.ord LOOP
            SELECT x.outcome, x.detail INTO one_outcome, one_detail FROM civicdesk.apply_update_once(r.body) x;
            out_ords := out_ords || r.ord;
            outcomes := outcomes || one_outcome;
            details := details || one_detail;
        END LOOP;
    EXCEPTION WHEN OTHERS THEN
        out_ords := '{}';
        outcomes := '{}';
        details := '{}';
        FOR r IN SELECT * FROM unnest(ords, change_ids, kinds, ticket_ids, bodies) AS u(ord, change_id, kind, ticket_id, body)
                 ORDER BY u.ord LOOP
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

-- The staged batch of this session, pushed. Security invoker: the caller's own table is read
-- with the caller's rights, and only plain arrays reach the security-definer push_rows().
CREATE FUNCTION civicdesk.push_staged()
RETURNS TABLE (ord integer, outcome text, detail text)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY
    SELECT p.ord, p.outcome, p.detail
    FROM (SELECT array_agg(s.ord) AS ords, array_agg(s.change_id) AS ids, array_agg(s.kind) AS kinds,
                 array_agg(s.ticket_id) AS tickets, array_agg(s.body) AS bodies
          FROM pg_temp.civicdesk_push_staging s) b
    CROSS JOIN LATERAL civicdesk.push_rows(b.ords, b.ids, b.kinds, b.tickets, b.bodies) p;
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

REVOKE ALL ON FUNCTION civicdesk.open_push_staging(), civicdesk.push_staged(),
    civicdesk.push_rows(integer[], uuid[], text[], uuid[], jsonb[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civicdesk.open_push_staging(), civicdesk.push_staged(),
    civicdesk.push_rows(integer[], uuid[], text[], uuid[], jsonb[]) TO civicdesk_calltaker;

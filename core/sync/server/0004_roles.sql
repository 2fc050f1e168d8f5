-- Roles, version 4: the trainer role, shown names, and the server (not the client) naming who
-- wrote each note and audit row (docs/supervisor.md). Security-definer functions search
-- pg_temp last, as 0003 requires of them all.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civicdesk_trainer') THEN
        BEGIN
            CREATE ROLE civicdesk_trainer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    -- A trainer works tickets as a call taker does (in the demo city), nothing more.
    IF NOT pg_has_role('civicdesk_trainer', 'civicdesk_calltaker', 'MEMBER') THEN
        BEGIN
            GRANT civicdesk_calltaker TO civicdesk_trainer;
        EXCEPTION WHEN unique_violation OR duplicate_object THEN
            NULL;
        END;
    END IF;
END
$$;

ALTER TABLE civicdesk.user_accounts DROP CONSTRAINT IF EXISTS user_accounts_role_check;
ALTER TABLE civicdesk.user_accounts ADD CONSTRAINT user_accounts_role_check
    CHECK (role IN ('calltaker', 'supervisor', 'admin', 'trainer'));
ALTER TABLE civicdesk.user_accounts ADD COLUMN display_name text NOT NULL DEFAULT '';

-- The author of a note and the actor of a client's audit row are the login that wrote them,
-- whatever the row says: a call taker cannot sign a note with a colleague's name. Merge and
-- server rows already name session_user.
CREATE FUNCTION civicdesk.stamp_writer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'ticket_notes' THEN
        NEW.author := session_user;
    ELSIF NEW.source = 'client' THEN
        NEW.actor := session_user;
    END IF;
    NEW.pushed_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER ticket_notes_writer BEFORE INSERT ON civicdesk.ticket_notes
    FOR EACH ROW EXECUTE FUNCTION civicdesk.stamp_writer();
CREATE TRIGGER audit_events_writer BEFORE INSERT ON civicdesk.audit_events
    FOR EACH ROW EXECUTE FUNCTION civicdesk.stamp_writer();

-- The name shown for a login (its account's display name, else the login). Accounts are
-- readable only by their owner, so everyone else asks through this function.
CREATE FUNCTION civicdesk.display_name(login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civicdesk, pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT nullif(display_name, '') FROM civicdesk.user_accounts a WHERE a.login = $1), $1)
$$;

CREATE FUNCTION civicdesk.set_display_name(login text, name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT civicdesk.is_admin() AND login <> session_user THEN
        RAISE EXCEPTION 'only an administrator may rename another user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE civicdesk.user_accounts a SET display_name = left(name, 200) WHERE a.login = $1;
END
$$;

CREATE OR REPLACE FUNCTION civicdesk.add_user(login text, password text, role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = civicdesk, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT civicdesk.is_admin() THEN
        RAISE EXCEPTION 'only an administrator may add users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF role NOT IN ('calltaker', 'supervisor', 'admin', 'trainer') THEN
        RAISE EXCEPTION 'unknown role %', role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR login LIKE 'civicdesk\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'user name "%" must be lower-case letters, digits, ".", "-" or "_"', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', login, password);
        EXECUTE format('REVOKE civicdesk_calltaker, civicdesk_supervisor, civicdesk_admin, civicdesk_trainer FROM %I',
                       login);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', login, password);
    END IF;
    EXECUTE format('GRANT %I TO %I', 'civicdesk_' || role, login);
    INSERT INTO civicdesk.user_accounts (login, role) VALUES (login, role)
    ON CONFLICT ON CONSTRAINT user_accounts_pkey DO UPDATE SET role = excluded.role;
END
$$;

REVOKE ALL ON FUNCTION civicdesk.stamp_writer(), civicdesk.display_name(text), civicdesk.set_display_name(text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civicdesk.display_name(text), civicdesk.set_display_name(text, text) TO civicdesk_calltaker;

-- Supervisor console at a million tickets (docs/supervisor.md, "Performance").

-- The dashboard (core/dashboard/dashboardreport.cpp) reads these columns of every ticket up to
-- the end of its range in one pass. Covering them in requested_at order lets that pass read
-- this narrow index alone instead of the wide ticket rows.
CREATE INDEX tickets_dashboard ON tickets
    (requested_at, status, service_code, agency, channel, expected_at, closed_at, updated_at);

-- Saved views' live counts. Overdue and due-within-N-hours filter running statuses by due time:
-- with status first, each status is one range of this index, counted without reading a ticket
-- (by tickets_by_expected alone every past-due ticket's row was read to check its status).
CREATE INDEX tickets_by_status_due ON tickets (status, expected_at);
-- A status with a service, or with an assignee ("my new tickets", "unassigned new ones").
CREATE INDEX tickets_by_status_service ON tickets (status, service_code);
CREATE INDEX tickets_by_status_assignee ON tickets (status, assignee);

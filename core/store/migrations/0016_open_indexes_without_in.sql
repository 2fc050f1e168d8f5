-- The open-ticket indexes of 0015 again, with their condition written as equalities joined by
-- OR instead of IN. SQLite evaluates a partial index's condition for every inserted row, and it
-- codes an IN list of more than two constants as a temporary b-tree built afresh for each
-- statement: three of them per ticket, about a third of an import's CPU time. The equalities
-- cost a few comparisons. QueueSql::openStatusCondition() repeats this text word for word,
-- since SQLite uses a partial index only for a query that states its condition.
DROP INDEX tickets_open_by_due;
DROP INDEX tickets_open_by_service;
DROP INDEX tickets_open_by_assignee;
CREATE INDEX tickets_open_by_due ON tickets (status, expected_at)
    WHERE (status = 'new' OR status = 'acknowledged' OR status = 'in_progress' OR status = 'action_scheduled' OR status = 'on_hold');
CREATE INDEX tickets_open_by_service ON tickets (status, service_code)
    WHERE (status = 'new' OR status = 'acknowledged' OR status = 'in_progress' OR status = 'action_scheduled' OR status = 'on_hold');
CREATE INDEX tickets_open_by_assignee ON tickets (status, assignee)
    WHERE (status = 'new' OR status = 'acknowledged' OR status = 'in_progress' OR status = 'action_scheduled' OR status = 'on_hold');

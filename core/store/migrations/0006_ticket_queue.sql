-- The work queue chosen by the routing rules (service code x district) when the intake saves a
-- ticket, beside the agency it already records. Empty for tickets from before routing existed.
ALTER TABLE tickets ADD COLUMN queue TEXT NOT NULL DEFAULT '';

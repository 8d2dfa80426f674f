-- The workflow engine's event rows (one per move of an item through its states) and the
-- numbering service's sequences. DESIGN.md §5.

CREATE TABLE workflow_events (
    id          INTEGER PRIMARY KEY,
    workflow    TEXT NOT NULL,               -- the definition's kind: sidakis, dtks, slrt, …
    item_id     INTEGER NOT NULL,            -- the module's own row id
    from_state  TEXT,                        -- NULL for the creation event
    to_state    TEXT NOT NULL,
    transition  TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    username    TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    area_code   TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL                -- ISO-8601 UTC
) STRICT;

CREATE INDEX workflow_events_item ON workflow_events (workflow, item_id, id);
-- SLA statistics over a period read events by time.
CREATE INDEX workflow_events_time ON workflow_events (workflow, at);

CREATE TRIGGER workflow_events_append_only_update BEFORE UPDATE ON workflow_events
BEGIN
    SELECT RAISE(ABORT, 'workflow_events are append-only');
END;

CREATE TRIGGER workflow_events_append_only_delete BEFORE DELETE ON workflow_events
BEGIN
    SELECT RAISE(ABORT, 'workflow_events are append-only');
END;

-- One gap-free counter per numbered series and year, taken inside the caller's write transaction.
CREATE TABLE number_sequences (
    series  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (series, year)
) STRICT, WITHOUT ROWID;

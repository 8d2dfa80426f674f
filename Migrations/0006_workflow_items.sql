-- The current state of every workflow item, kept by the engine in the same transaction as each
-- event: queues and dashboard counts per step read it through an index instead of scanning events.
CREATE TABLE workflow_items (
    workflow    TEXT NOT NULL,
    item_id     INTEGER NOT NULL,
    state       TEXT NOT NULL,
    since       TEXT NOT NULL,               -- ISO-8601 UTC: when the item entered `state`
    area_code   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workflow, item_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX workflow_items_queue ON workflow_items (workflow, state, area_code);
CREATE INDEX workflow_items_age ON workflow_items (workflow, state, since);

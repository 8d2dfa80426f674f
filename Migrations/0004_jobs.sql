-- Background jobs (DESIGN.md §5): long work (imports, re-scoring, large exports) queued by a
-- request and run by the one worker thread of Core's JobRunner.

CREATE TABLE jobs (
    id                  INTEGER PRIMARY KEY,
    -- The registered kind that runs it, e.g. 'pengguna.ekspor'.
    kind                TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
    status              TEXT NOT NULL DEFAULT 'queued'
                        CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    progress_done       INTEGER NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
    -- NULL while the handler does not know how much work there is.
    progress_total      INTEGER CHECK (progress_total IS NULL OR progress_total >= 0),
    -- For the user, in Indonesian: the latest progress note, the summary or the reason it failed.
    message             TEXT NOT NULL DEFAULT '',
    -- A file name inside the results folder beside the uploads folder (never under Public/).
    result_path         TEXT CHECK (result_path IS NULL OR result_path NOT GLOB '*[^a-zA-Z0-9._-]*'),
    -- The name the download is offered under, and its media type.
    result_name         TEXT,
    result_content_type TEXT,
    result_bytes        INTEGER CHECK (result_bytes IS NULL OR result_bytes >= 0),
    parameters          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters)),
    -- Set by a cancel request while the job runs; the handler sees it through its cancellation check.
    cancel_requested    INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),
    -- NULL for jobs queued by the command line or the system.
    created_by          INTEGER REFERENCES users (id),
    -- The creator's area scope when queued: NULL for the whole deployment, else a JSON array of area codes.
    creator_scope       TEXT CHECK (creator_scope IS NULL OR json_valid(creator_scope)),
    created_at          TEXT NOT NULL,
    started_at          TEXT,
    finished_at         TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK ((result_path IS NULL) = (result_name IS NULL) AND (result_path IS NULL) = (result_content_type IS NULL)),
    CHECK ((status IN ('succeeded', 'failed', 'cancelled')) = (finished_at IS NOT NULL)),
    CHECK (status <> 'queued' OR started_at IS NULL)
) STRICT;

-- The worker takes the oldest queued job; start-up finds the ones left running.
CREATE INDEX jobs_unfinished ON jobs (status, id) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_by_creator ON jobs (created_by, id);

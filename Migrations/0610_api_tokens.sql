-- Bearer tokens for /api/v1 (DESIGN.md §4): one row per token of a user. Only the SHA-256 of
-- the secret is kept; `prefix` is its first characters, shown so a token can be recognised.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    token_hash   BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    prefix       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    -- NULL when created from the command line.
    created_by   INTEGER REFERENCES users (id),
    last_used_at TEXT,
    revoked_at   TEXT,
    revoked_by   INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

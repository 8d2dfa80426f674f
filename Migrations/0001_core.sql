-- Core: areas, users, sessions, login attempts, audit trail, settings, attachments.

CREATE TABLE areas (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kecamatan', 'desa', 'dusun')),
    parent_code TEXT REFERENCES areas (code),
    CHECK ((level = 'provinsi') = (parent_code IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX areas_by_parent ON areas (parent_code, name);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE
                    CHECK (length(username) BETWEEN 3 AND 40 AND username NOT GLOB '*[^a-zA-Z0-9._-]*'),
    full_name       TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role            TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'pendamping', 'staf', 'kasi', 'kadis')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
) STRICT;

-- The areas an operator (one desa) or pendamping (one kecamatan, or several desa) works in.
CREATE TABLE user_areas (
    user_id   INTEGER NOT NULL REFERENCES users (id),
    area_code TEXT NOT NULL REFERENCES areas (code),
    PRIMARY KEY (user_id, area_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_areas_by_area ON user_areas (area_code);

-- Sessions are stored by the SHA-256 of their token; the token itself only ever lives in the cookie.
CREATE TABLE sessions (
    token_hash  BLOB PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id),
    csrf_token  TEXT NOT NULL,
    flash       TEXT,
    created_at  TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_attempts (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL COLLATE NOCASE,
    address     TEXT NOT NULL,
    succeeded   INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX login_attempts_by_username ON login_attempts (username, at);
CREATE INDEX login_attempts_by_address ON login_attempts (address, at);

-- Append-only and hash-chained: row_hash = SHA-256(previous row_hash || every other column).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (actor IN ('user', 'cli', 'system')),
    user_id     INTEGER REFERENCES users (id),
    username    TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL DEFAULT '',
    area_code   TEXT NOT NULL DEFAULT '',
    changes     TEXT NOT NULL DEFAULT '{}',
    address     TEXT NOT NULL DEFAULT '',
    request_id  TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    row_hash    TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    owner_entity TEXT NOT NULL,
    owner_id     TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    stored_name  TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    byte_count   INTEGER NOT NULL CHECK (byte_count > 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    uploaded_by  INTEGER REFERENCES users (id),
    uploaded_at  TEXT NOT NULL,
    replaced_at  TEXT
) STRICT;
CREATE INDEX attachments_by_owner ON attachments (owner_entity, owner_id, kind);

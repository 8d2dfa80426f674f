-- DTKS: the civil-registry (Dukcapil) extract the matching (pemadanan) compares against.
-- There is no Dukcapil service reachable from the office, so the extract is a file loaded with
-- `dinsos import dukcapil` or the upload page; each load replaces every row in one transaction.

CREATE TABLE dukcapil_records (
    nik         TEXT PRIMARY KEY CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    no_kk       TEXT NOT NULL CHECK (length(no_kk) = 16 AND no_kk NOT GLOB '*[^0-9]*'),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- The name as the matcher compares it (DukcapilName.key): upper case, punctuation and
    -- spacing normalised, nothing else.
    name_key    TEXT NOT NULL,
    birth_place TEXT NOT NULL DEFAULT '',
    birth_date  TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sex         TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    address     TEXT NOT NULL DEFAULT '',
    area_code   TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

-- One row per load: which file, how many rows, who and when. The newest row describes the
-- extract now in dukcapil_records; none means no extract was ever loaded.
CREATE TABLE dukcapil_loads (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    row_count    INTEGER NOT NULL CHECK (row_count > 0),
    skipped_rows INTEGER NOT NULL DEFAULT 0,
    loaded_at    TEXT NOT NULL,
    loaded_by    INTEGER REFERENCES users (id),
    username     TEXT NOT NULL DEFAULT ''
) STRICT;

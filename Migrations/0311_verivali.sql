-- Verivali rounds (verifikasi dan validasi, SOP Banjarbaru): a round covers chosen desa; when it
-- opens it lists every household with an active DTKS/DTSEN registration there; field officers
-- record one result per household (codes of DOMAIN.md: 1 verified, 2 not found, 3 moved, 4 part
-- of another household, 5 duplicate, 6 no longer eligible, 7 died); closing applies them all in
-- one transaction. Rounds and entries are never deleted.

CREATE TABLE verivali_rounds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    opened_on   TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status      TEXT NOT NULL DEFAULT 'terbuka' CHECK (status IN ('terbuka', 'ditutup')),
    closed_on   TEXT CHECK (closed_on IS NULL OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_by  INTEGER REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'terbuka') = (closed_on IS NULL))
) STRICT;

CREATE TABLE verivali_round_areas (
    round_id  INTEGER NOT NULL REFERENCES verivali_rounds (id),
    area_code TEXT NOT NULL REFERENCES areas (code),
    PRIMARY KEY (round_id, area_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE verivali_entries (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES verivali_rounds (id),
    household_id INTEGER NOT NULL REFERENCES households (id),
    -- The household's desa when the round opened: the report groups by it.
    area_code    TEXT NOT NULL REFERENCES areas (code),
    result       INTEGER CHECK (result IS NULL OR result BETWEEN 1 AND 7),
    note         TEXT NOT NULL DEFAULT '',
    visited_on   TEXT CHECK (visited_on IS NULL OR visited_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recorded_by  INTEGER REFERENCES users (id),
    recorded_at  TEXT,
    -- Set when the closing round applied the result.
    applied_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (round_id, household_id),
    CHECK ((result IS NULL) = (recorded_at IS NULL))
) STRICT;

CREATE INDEX verivali_entries_by_area ON verivali_entries (round_id, area_code, id);

CREATE TRIGGER verivali_rounds_refuse_delete BEFORE DELETE ON verivali_rounds
BEGIN
    SELECT RAISE(ABORT, 'verivali rounds are never deleted');
END;
CREATE TRIGGER verivali_entries_refuse_delete BEFORE DELETE ON verivali_entries
BEGIN
    SELECT RAISE(ABORT, 'verivali entries are never deleted');
END;

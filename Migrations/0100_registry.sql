-- The register of households (keluarga) and persons (penduduk) every module shares.
-- Rows are never deleted: households end as 'pindah' or 'bubar', persons as 'meninggal' or
-- 'pindah', and moves between households leave a row in household_memberships.

CREATE TABLE households (
    id                 INTEGER PRIMARY KEY,
    -- 16 digits always; a number that breaks the region rule needs kk_override_reason.
    no_kk              TEXT NOT NULL CHECK (length(no_kk) = 16 AND no_kk NOT GLOB '*[^0-9]*'),
    kk_override_reason TEXT CHECK (kk_override_reason IS NULL OR length(trim(kk_override_reason)) >= 10),
    area_code          TEXT NOT NULL REFERENCES areas (code),
    dusun              TEXT NOT NULL DEFAULT '',
    rt                 TEXT NOT NULL DEFAULT '',
    rw                 TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'pindah', 'bubar')),
    status_date        TEXT CHECK (status_date IS NULL OR status_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status_reason      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'aktif') = (status_date IS NULL))
) STRICT;

-- One active card per number; an ended household keeps its number for history.
CREATE UNIQUE INDEX households_active_no_kk ON households (no_kk) WHERE status = 'aktif';
-- Area scoping (AreaScope.sqlCondition compares area_code by key range) and ranking joins.
CREATE INDEX households_by_area ON households (area_code, status, id);

-- A household lives in a desa (kalurahan); the dusun is a text field beside it.
CREATE TRIGGER households_area_is_desa BEFORE INSERT ON households
WHEN (SELECT level FROM areas WHERE code = NEW.area_code) IS NOT 'desa'
BEGIN
    SELECT RAISE(ABORT, 'households.area_code must name a desa');
END;
CREATE TRIGGER households_area_stays_desa BEFORE UPDATE OF area_code ON households
WHEN (SELECT level FROM areas WHERE code = NEW.area_code) IS NOT 'desa'
BEGIN
    SELECT RAISE(ABORT, 'households.area_code must name a desa');
END;
CREATE TRIGGER households_refuse_delete BEFORE DELETE ON households
BEGIN
    SELECT RAISE(ABORT, 'households are never deleted: mark them pindah or bubar');
END;

CREATE TABLE persons (
    id                  INTEGER PRIMARY KEY,
    nik                 TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    nik_override_reason TEXT CHECK (nik_override_reason IS NULL OR length(trim(nik_override_reason)) >= 10),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                 TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    birth_place         TEXT NOT NULL DEFAULT '',
    birth_date          TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    relationship        TEXT NOT NULL CHECK (relationship IN (
                            'kepala', 'istri', 'suami', 'anak', 'menantu', 'cucu', 'orang_tua', 'mertua',
                            'famili_lain', 'lainnya')),
    marital_status      TEXT NOT NULL CHECK (marital_status IN ('belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati')),
    religion            TEXT NOT NULL CHECK (religion IN (
                            'islam', 'kristen', 'katolik', 'hindu', 'buddha', 'khonghucu', 'kepercayaan')),
    education           TEXT NOT NULL CHECK (education IN (
                            'tidak_sekolah', 'belum_tamat_sd', 'sd', 'smp', 'sma', 'diploma', 's1', 's2_s3')),
    occupation          TEXT NOT NULL DEFAULT '',
    mother_name         TEXT NOT NULL DEFAULT '',
    disability          TEXT NOT NULL DEFAULT 'tidak' CHECK (disability IN (
                            'tidak', 'fisik', 'intelektual', 'mental', 'sensorik', 'ganda')),
    chronic_illness     TEXT NOT NULL DEFAULT '',
    jkn_segment         TEXT NOT NULL DEFAULT 'none' CHECK (jkn_segment IN (
                            'none', 'pbi_apbn', 'pbi_apbd', 'pbpu', 'ppu', 'other')),
    status              TEXT NOT NULL DEFAULT 'hidup' CHECK (status IN ('hidup', 'meninggal', 'pindah')),
    status_date         TEXT CHECK (status_date IS NULL OR status_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- The current household; for a person who died or moved away, the last one.
    household_id        INTEGER NOT NULL REFERENCES households (id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'hidup') = (status_date IS NULL))
) STRICT;

CREATE INDEX persons_by_household ON persons (household_id, status);

CREATE TRIGGER persons_refuse_delete BEFORE DELETE ON persons
BEGIN
    SELECT RAISE(ABORT, 'persons are never deleted: mark them meninggal or pindah');
END;

-- Who belonged to which household, when: the open row (ended_at IS NULL) is the current one.
CREATE TABLE household_memberships (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES persons (id),
    household_id INTEGER NOT NULL REFERENCES households (id),
    relationship TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    ended_at     TEXT,
    start_reason TEXT NOT NULL DEFAULT '',
    end_reason   TEXT NOT NULL DEFAULT ''
) STRICT;

-- One active household per person.
CREATE UNIQUE INDEX household_memberships_one_open ON household_memberships (person_id) WHERE ended_at IS NULL;
CREATE INDEX household_memberships_by_person ON household_memberships (person_id, started_at);
CREATE INDEX household_memberships_by_household ON household_memberships (household_id, started_at);

-- Search over name, NIK and No KK (https://sqlite.org/fts5.html). One row per person, rowid =
-- persons.id. External content over a view: the index holds only tokens, the text stays in
-- persons and households (a plain FTS table would store a second copy of 1–5 million names).
-- SQLite 3.40 has no contentless_delete, so a contentless table could not forget a renamed
-- person; with external content the triggers below pass the old values to the 'delete' command
-- (fts5.html, "External Content Tables"), and the 'rebuild' command re-reads the view after a
-- bulk import (RegistrySearchIndex.rebuild). unicode61 with remove_diacritics 2 folds case and
-- accents; the prefix indexes make `sit*` and `3402*` cheap.
CREATE VIEW registry_search_source AS
    SELECT p.id AS id, p.name AS name, p.nik AS nik, h.no_kk AS no_kk
    FROM persons AS p JOIN households AS h ON h.id = p.household_id;

CREATE VIRTUAL TABLE registry_search USING fts5 (
    name, nik, no_kk,
    content = 'registry_search_source', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '3 4',
    -- No bm25 ranking (results are ordered by household), so no per-row token counts
    -- (fts5.html, "The Columnsize Option").
    columnsize = 0
);

CREATE TRIGGER registry_search_person_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO registry_search (rowid, name, nik, no_kk)
    VALUES (NEW.id, NEW.name, NEW.nik, (SELECT no_kk FROM households WHERE id = NEW.household_id));
END;

CREATE TRIGGER registry_search_person_update AFTER UPDATE OF name, nik, household_id ON persons
BEGIN
    INSERT INTO registry_search (registry_search, rowid, name, nik, no_kk)
    VALUES ('delete', OLD.id, OLD.name, OLD.nik, (SELECT no_kk FROM households WHERE id = OLD.household_id));
    INSERT INTO registry_search (rowid, name, nik, no_kk)
    VALUES (NEW.id, NEW.name, NEW.nik, (SELECT no_kk FROM households WHERE id = NEW.household_id));
END;

CREATE TRIGGER registry_search_household_update AFTER UPDATE OF no_kk ON households
WHEN OLD.no_kk IS NOT NEW.no_kk
BEGIN
    INSERT INTO registry_search (registry_search, rowid, name, nik, no_kk)
    SELECT 'delete', id, name, nik, OLD.no_kk FROM persons WHERE household_id = NEW.id;
    INSERT INTO registry_search (rowid, name, nik, no_kk)
    SELECT id, name, nik, NEW.no_kk FROM persons WHERE household_id = NEW.id;
END;

-- Who is registered in DTKS / DTSEN: one row per person (NIK) and registration. A person has at
-- most one active row; an ended registration stays as 'nonaktif' with its date and reason, and a
-- new one starts a new row. Rows are never deleted. Changes of ID DTKS or desil on an active row
-- are kept in the audit trail (DTKSMembers writes one row per change).

CREATE TABLE dtks_members (
    id                  INTEGER PRIMARY KEY,
    nik                 TEXT NOT NULL CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    -- The person and household of the register, when the NIK is registered there.
    person_id           INTEGER REFERENCES persons (id),
    household_id        INTEGER REFERENCES households (id),
    no_kk               TEXT NOT NULL DEFAULT '' CHECK (no_kk = '' OR (length(no_kk) = 16 AND no_kk NOT GLOB '*[^0-9]*')),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- The desa of the household (copied, and kept in step by the trigger below), so area scoping
    -- and the dashboard's desil-per-area counts read this table alone. NULL without a household.
    area_code           TEXT REFERENCES areas (code),
    -- NULL while the Ministry has not given one (a DTSEN desil import may come first).
    id_dtks             TEXT CHECK (id_dtks IS NULL OR length(trim(id_dtks)) > 0),
    desil               INTEGER CHECK (desil IS NULL OR desil BETWEEN 1 AND 10),
    since               TEXT NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source              TEXT NOT NULL CHECK (source IN ('finalisasi', 'dtsen', 'verivali', 'impor')),
    -- The finalisation batch, import job or verivali round the row last came from.
    source_batch_id     INTEGER,
    status              TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'nonaktif')),
    deactivated_on      TEXT CHECK (deactivated_on IS NULL OR deactivated_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    deactivation_reason TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK ((status = 'aktif') = (deactivated_on IS NULL)),
    CHECK (status = 'aktif' OR length(trim(deactivation_reason)) > 0)
) STRICT;

-- One active registration per NIK; ended ones keep the NIK for history.
CREATE UNIQUE INDEX dtks_members_active_nik ON dtks_members (nik) WHERE status = 'aktif';
-- History of a NIK (ended rows too): a partial index serves only queries that repeat its WHERE
-- (https://sqlite.org/partialindex.html), so lookups by NIK alone need their own.
CREATE INDEX dtks_members_by_nik ON dtks_members (nik, id);
CREATE INDEX dtks_members_by_person ON dtks_members (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX dtks_members_by_household ON dtks_members (household_id, status) WHERE household_id IS NOT NULL;
-- Lists by area and the dashboard's count per area and desil (AreaScope compares area_code by
-- key range).
CREATE INDEX dtks_members_by_area ON dtks_members (area_code, status, desil);

CREATE TRIGGER dtks_members_refuse_delete BEFORE DELETE ON dtks_members
BEGIN
    SELECT RAISE(ABORT, 'dtks_members are never deleted: mark them nonaktif');
END;

-- A household moved to another desa takes its members' registrations along.
CREATE TRIGGER dtks_members_follow_household_area AFTER UPDATE OF area_code ON households
WHEN OLD.area_code IS NOT NEW.area_code
BEGIN
    UPDATE dtks_members SET area_code = NEW.area_code WHERE household_id = NEW.id;
END;

-- A person moved to another household takes the registration along.
CREATE TRIGGER dtks_members_follow_person AFTER UPDATE OF household_id ON persons
WHEN OLD.household_id IS NOT NEW.household_id
BEGIN
    UPDATE dtks_members
    SET household_id = NEW.household_id,
        no_kk = (SELECT no_kk FROM households WHERE id = NEW.household_id),
        area_code = (SELECT area_code FROM households WHERE id = NEW.household_id)
    WHERE person_id = NEW.id;
END;

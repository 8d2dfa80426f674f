-- SLRT (Sistem Layanan dan Rujukan Terpadu): front-office service requests, the letters issued
-- for them, referrals to partner agencies, complaints, and the module's own settings.
-- The workflow events of requests live in Core's workflow_events (workflow 'slrt').

CREATE TABLE slrt_requests (
    id                   INTEGER PRIMARY KEY,
    letter_type          TEXT NOT NULL CHECK (letter_type IN (
                             'pbi_apbd', 'kip_kuliah', 'pelayanan_kesehatan', 'jampersal', 'sktm', 'skm')),
    person_id            INTEGER NOT NULL REFERENCES persons (id),
    household_id         INTEGER NOT NULL REFERENCES households (id),
    -- The applicant's NIK and name as the register held them when the request was taken (queues
    -- and registers list them without reading the register's tables).
    applicant_nik        TEXT NOT NULL CHECK (length(applicant_nik) = 16),
    applicant_name       TEXT NOT NULL,
    -- The applicant's household's desa at the time of the request: the area scope of the request.
    area_code            TEXT NOT NULL REFERENCES areas (code),
    -- The per-type purpose fields as a JSON object {"field": "value"}.
    purpose              TEXT NOT NULL DEFAULT '{}',
    -- The required documents the front office ticked as present, as a JSON array of keys.
    documents            TEXT NOT NULL DEFAULT '[]',
    status               TEXT NOT NULL,
    status_since         TEXT NOT NULL,
    -- The DTKS check (step 2): when it ran, and what the DTKS and SIDAMESRA modules answered.
    dtks_checked_at      TEXT,
    dtks_registered      INTEGER CHECK (dtks_registered IN (0, 1)),
    dtks_id              TEXT,
    dtks_desil           INTEGER CHECK (dtks_desil IS NULL OR dtks_desil BETWEEN 1 AND 10),
    sidamesra_category   TEXT,
    sidamesra_total      INTEGER,
    -- The eligibility rule's verdict at the check (1 eligible, 0 not) and its explanation.
    eligible             INTEGER CHECK (eligible IN (0, 1)),
    eligibility_note     TEXT NOT NULL DEFAULT '',
    -- The kasi's override of a negative verdict, with a written reason.
    override_reason      TEXT CHECK (override_reason IS NULL OR length(trim(override_reason)) >= 10),
    override_by          INTEGER REFERENCES users (id),
    override_at          TEXT,
    -- The back office's recommendation and the last note of a return.
    recommendation       TEXT NOT NULL DEFAULT '',
    last_note            TEXT NOT NULL DEFAULT '',
    received_by          INTEGER REFERENCES users (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    CHECK ((override_reason IS NULL) = (override_at IS NULL))
) STRICT;
CREATE INDEX slrt_requests_queue ON slrt_requests (status, status_since, id);
CREATE INDEX slrt_requests_by_area ON slrt_requests (area_code, id);
CREATE INDEX slrt_requests_by_created ON slrt_requests (created_at, id);
CREATE INDEX slrt_requests_by_person ON slrt_requests (person_id, id);
CREATE INDEX slrt_requests_by_nik ON slrt_requests (applicant_nik);

-- An issued letter. Its content (kop, body, applicant and household facts, signatory) is frozen
-- at issue as JSON: later edits to the person or to the settings never change it.
CREATE TABLE slrt_letters (
    id                INTEGER PRIMARY KEY,
    request_id        INTEGER UNIQUE REFERENCES slrt_requests (id),
    referral_id       INTEGER UNIQUE REFERENCES slrt_referrals (id),
    letter_type       TEXT NOT NULL,
    number            TEXT NOT NULL UNIQUE,
    series            TEXT NOT NULL,
    sequence          INTEGER NOT NULL CHECK (sequence > 0),
    year              INTEGER NOT NULL,
    issued_on         TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    issued_at         TEXT NOT NULL,
    -- At least 128 random bits, base64url: the path of the public page /verifikasi/{code}.
    verification_code TEXT NOT NULL UNIQUE CHECK (length(verification_code) >= 22),
    -- The only personal datum the public page shows, already masked at issue.
    masked_name       TEXT NOT NULL,
    title             TEXT NOT NULL,
    issuer            TEXT NOT NULL,
    area_code         TEXT NOT NULL REFERENCES areas (code),
    content           TEXT NOT NULL,
    issued_by         INTEGER REFERENCES users (id),
    revoked_at        TEXT,
    revoked_reason    TEXT CHECK (revoked_reason IS NULL OR length(trim(revoked_reason)) >= 10),
    revoked_by        INTEGER REFERENCES users (id),
    UNIQUE (series, year, sequence),
    CHECK ((request_id IS NULL) <> (referral_id IS NULL)),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
) STRICT;
CREATE INDEX slrt_letters_by_day ON slrt_letters (issued_on, id);

-- The frozen content never changes; only the revocation columns may be set, once.
CREATE TRIGGER slrt_letters_frozen BEFORE UPDATE OF
    request_id, referral_id, letter_type, number, series, sequence, year, issued_on, issued_at,
    verification_code, masked_name, title, issuer, area_code, content, issued_by ON slrt_letters
BEGIN
    SELECT RAISE(ABORT, 'an issued letter is frozen');
END;
CREATE TRIGGER slrt_letters_revoked_once BEFORE UPDATE OF revoked_at, revoked_reason, revoked_by ON slrt_letters
WHEN OLD.revoked_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a revoked letter stays revoked');
END;
CREATE TRIGGER slrt_letters_refuse_delete BEFORE DELETE ON slrt_letters
BEGIN
    SELECT RAISE(ABORT, 'issued letters are never deleted: revoke them');
END;

CREATE TABLE slrt_referrals (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER REFERENCES slrt_requests (id),
    person_id        INTEGER NOT NULL REFERENCES persons (id),
    applicant_name   TEXT NOT NULL,
    area_code        TEXT NOT NULL REFERENCES areas (code),
    partner          TEXT NOT NULL CHECK (length(trim(partner)) > 0),
    need             TEXT NOT NULL CHECK (length(trim(need)) > 0),
    status           TEXT NOT NULL CHECK (status IN ('dirujuk', 'diterima', 'ditindaklanjuti', 'selesai')),
    status_since     TEXT NOT NULL,
    referred_on      TEXT NOT NULL,
    accepted_on      TEXT,
    followed_up_on   TEXT,
    finished_on      TEXT,
    feedback         TEXT NOT NULL DEFAULT '',
    created_by       INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX slrt_referrals_queue ON slrt_referrals (status, id);
CREATE INDEX slrt_referrals_by_day ON slrt_referrals (referred_on, id);

CREATE TABLE slrt_complaints (
    id                INTEGER PRIMARY KEY,
    complainant       TEXT NOT NULL CHECK (length(trim(complainant)) > 0),
    contact           TEXT NOT NULL DEFAULT '',
    person_id         INTEGER REFERENCES persons (id),
    area_code         TEXT REFERENCES areas (code),
    subject           TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    category          TEXT NOT NULL CHECK (length(trim(category)) > 0),
    description       TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL CHECK (status IN ('diterima', 'ditindaklanjuti', 'selesai')),
    follow_up         TEXT NOT NULL DEFAULT '',
    closing_answer    TEXT NOT NULL DEFAULT '',
    received_on       TEXT NOT NULL,
    closed_on         TEXT,
    created_by        INTEGER REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'selesai') = (closed_on IS NOT NULL)),
    CHECK (status <> 'selesai' OR length(trim(closing_answer)) > 0)
) STRICT;
CREATE INDEX slrt_complaints_queue ON slrt_complaints (status, id);

-- The module's settings as one JSON document (SLRTSettings): number formats and eligibility
-- rules per letter type, the signatory, the letterhead lines, partners, complaint categories.
CREATE TABLE slrt_settings (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    document   TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
) STRICT;

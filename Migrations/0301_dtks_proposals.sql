-- DTKS proposals (usulan) through the SOP steps, their per-member Dukcapil results, and the
-- finalisation batches that carry them to the Ministry. Moves between states are written by the
-- Core workflow engine (workflow_events + audit_log); these rows hold the current state, the
-- facts each step recorded, and `version` for optimistic locking.

CREATE TABLE dtks_batches (
    id                INTEGER PRIMARY KEY,
    -- From the Core numbering service (series dtks.finalisasi).
    number            TEXT NOT NULL UNIQUE,
    period_start      TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_end        TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status            TEXT NOT NULL CHECK (status IN ('draf', 'disahkan', 'diunggah')),
    status_since      TEXT NOT NULL,
    -- Musyawarah desa minutes or the SPTJM that precede district approval.
    meeting_reference TEXT NOT NULL DEFAULT '',
    memo_number       TEXT NOT NULL DEFAULT '',
    memo_date         TEXT,
    -- The regent's / mayor's approval letter (surat pengesahan / SK).
    decree_number     TEXT NOT NULL DEFAULT '',
    decree_date       TEXT,
    created_by        INTEGER REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (period_start <= period_end)
) STRICT;

CREATE TABLE dtks_proposals (
    id                 INTEGER PRIMARY KEY,
    household_id       INTEGER NOT NULL REFERENCES households (id),
    -- The household's desa (kalurahan) when proposed: area scoping and the rekap read it.
    area_code          TEXT NOT NULL REFERENCES areas (code),
    proposer_type      TEXT NOT NULL CHECK (proposer_type IN ('warga', 'rt_rw', 'kalurahan', 'pemangku')),
    proposer_name      TEXT NOT NULL DEFAULT '',
    reason             TEXT NOT NULL DEFAULT '',
    -- Requirements checklist of SOP step 1 (copies of KK and KTP/NIK, SKTM or RT letter).
    has_kk             INTEGER NOT NULL DEFAULT 0 CHECK (has_kk IN (0, 1)),
    has_ktp            INTEGER NOT NULL DEFAULT 0 CHECK (has_ktp IN (0, 1)),
    has_sktm           INTEGER NOT NULL DEFAULT 0 CHECK (has_sktm IN (0, 1)),
    status             TEXT NOT NULL CHECK (status IN (
                           'diajukan', 'koordinasi', 'penilaian', 'input', 'pemadanan', 'finalisasi',
                           'menunggu_id', 'terdaftar', 'dikembalikan', 'dibatalkan')),
    status_since       TEXT NOT NULL,
    coordination_note  TEXT NOT NULL DEFAULT '',
    coordination_date  TEXT,
    assessment         TEXT CHECK (assessment IS NULL OR assessment IN ('layak', 'tidak_layak')),
    assessment_reasons TEXT NOT NULL DEFAULT '',
    assessed_on        TEXT,
    latitude           REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude          REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    entered_at         TEXT,
    match_result       TEXT CHECK (match_result IS NULL OR match_result IN ('padan', 'tidak_padan')),
    match_reasons      TEXT NOT NULL DEFAULT '',
    matched_at         TEXT,
    batch_id           INTEGER REFERENCES dtks_batches (id),
    id_dtks            TEXT,
    result_status      TEXT NOT NULL DEFAULT '',
    result_at          TEXT,
    return_reason      TEXT NOT NULL DEFAULT '',
    created_by         INTEGER REFERENCES users (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'terdaftar') = (id_dtks IS NOT NULL))
) STRICT;

-- One open proposal per household; a returned one is still open (it can be proposed again).
CREATE UNIQUE INDEX dtks_proposals_one_open ON dtks_proposals (household_id)
    WHERE status NOT IN ('terdaftar', 'dibatalkan');
CREATE INDEX dtks_proposals_by_status ON dtks_proposals (status, id);
CREATE INDEX dtks_proposals_by_area ON dtks_proposals (area_code, status, id);
CREATE INDEX dtks_proposals_by_batch ON dtks_proposals (batch_id, id) WHERE batch_id IS NOT NULL;
CREATE INDEX dtks_proposals_by_created ON dtks_proposals (created_at);

-- The last Dukcapil comparison of each member of a proposal's household.
CREATE TABLE dtks_proposal_checks (
    proposal_id INTEGER NOT NULL REFERENCES dtks_proposals (id),
    person_id   INTEGER NOT NULL REFERENCES persons (id),
    nik         TEXT NOT NULL,
    name        TEXT NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('padan', 'tidak_padan')),
    -- DukcapilMismatch raw values, comma separated, in the matcher's order.
    reasons     TEXT NOT NULL DEFAULT '',
    checked_at  TEXT NOT NULL,
    PRIMARY KEY (proposal_id, person_id)
) STRICT, WITHOUT ROWID;

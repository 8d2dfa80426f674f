-- SIDAKIS: proposals for BPJS Kesehatan PBI APBD (SOP 053/SOPDINSOSBT/2023), their documents,
-- and the activation batches sent to BPJS as BNBA files. One proposal per person; a whole-family
-- submission links its proposals through family_group (the id of the family's first proposal).
-- The workflow's moves are rows of workflow_events (Core); status and status_since are kept
-- here so the queues read one table.

CREATE TABLE sidakis_batches (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users (id),
    created_by_name TEXT NOT NULL,
    proposal_count  INTEGER NOT NULL CHECK (proposal_count > 0),
    -- The BNBA column keys used, comma-separated; the files below were rendered with them once and
    -- are served byte for byte on every later download.
    columns         TEXT NOT NULL,
    csv             BLOB NOT NULL,
    xlsx            BLOB NOT NULL
) STRICT;

CREATE TABLE sidakis_proposals (
    id                  INTEGER PRIMARY KEY,
    registration_number TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('baru', 'pengalihan')),
    -- For a pengalihan: the segment the person leaves.
    previous_segment    TEXT CHECK (previous_segment IS NULL OR previous_segment IN ('pbi_apbn_nonaktif', 'pbpu')),
    source              TEXT NOT NULL CHECK (source IN ('masyarakat', 'kalurahan', 'pendamping_sosial', 'fasyankes')),
    person_id           INTEGER NOT NULL REFERENCES persons (id),
    nik                 TEXT NOT NULL CHECK (length(nik) = 16),
    name                TEXT NOT NULL,
    household_id        INTEGER NOT NULL REFERENCES households (id),
    area_code           TEXT NOT NULL REFERENCES areas (code),
    family_group        INTEGER,
    reason              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN (
                            'diajukan', 'menunggu_verifikasi', 'dikembalikan', 'menunggu_persetujuan', 'disetujui',
                            'proses_aktivasi', 'berhasil', 'tidak_berhasil', 'ditangguhkan')),
    status_since        TEXT NOT NULL,
    -- The note of the last move that asked for one (why it was returned, the kasi's note).
    last_note           TEXT NOT NULL DEFAULT '',
    proposer_id         INTEGER REFERENCES users (id),
    proposer_name       TEXT NOT NULL,
    batch_id            INTEGER REFERENCES sidakis_batches (id),
    kis_number          TEXT CHECK (kis_number IS NULL OR (length(kis_number) = 13 AND kis_number NOT GLOB '*[^0-9]*')),
    result_reason       TEXT NOT NULL DEFAULT '',
    approved_at         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'pengalihan') = (previous_segment IS NOT NULL)),
    CHECK ((status = 'berhasil') = (kis_number IS NOT NULL))
) STRICT;

CREATE INDEX sidakis_proposals_by_status ON sidakis_proposals (status, area_code, id);
CREATE INDEX sidakis_proposals_by_area ON sidakis_proposals (area_code, id);
CREATE INDEX sidakis_proposals_by_nik ON sidakis_proposals (nik, status);
CREATE INDEX sidakis_proposals_by_batch ON sidakis_proposals (batch_id);
CREATE INDEX sidakis_proposals_by_proposer ON sidakis_proposals (proposer_id, id);

-- Which stored attachment is which required document of a proposal. A family's KK photo is one
-- attachment named by every proposal of the family; a replaced document keeps its row.
CREATE TABLE sidakis_documents (
    id            INTEGER PRIMARY KEY,
    proposal_id   INTEGER NOT NULL REFERENCES sidakis_proposals (id),
    attachment_id INTEGER NOT NULL REFERENCES attachments (id),
    document      TEXT NOT NULL CHECK (document IN ('kk', 'ktp', 'akta_kia')),
    added_at      TEXT NOT NULL,
    replaced_at   TEXT
) STRICT;

CREATE INDEX sidakis_documents_by_proposal ON sidakis_documents (proposal_id, document);
CREATE INDEX sidakis_documents_by_attachment ON sidakis_documents (attachment_id);

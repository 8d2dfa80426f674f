-- SIDAMESRA assessments (pendataan): each one is kept (history), scored against the indicator set
-- version it used; household_scores holds the current one per household, denormalised for ranking.

CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    set_id        INTEGER NOT NULL REFERENCES indicator_sets (id),
    total         INTEGER NOT NULL CHECK (total >= 0),
    band_id       INTEGER NOT NULL REFERENCES category_bands (id),
    -- The day of the field visit (the household's situation on that day), ISO date.
    assessed_on   TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- NULL for the command line (import, synthetic data).
    assessed_by   INTEGER REFERENCES users (id),
    source        TEXT NOT NULL CHECK (source IN ('formulir', 'impor', 'skor_ulang', 'sintetis')),
    -- For a re-score under a new version: the assessment whose answers were carried over.
    rescored_from INTEGER REFERENCES assessments (id),
    -- Living members when assessed: the second ranking key (see Ranking).
    member_count  INTEGER NOT NULL CHECK (member_count >= 0),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
) STRICT;

CREATE INDEX assessments_by_household ON assessments (household_id, id);
CREATE INDEX assessments_by_set ON assessments (set_id);

CREATE TABLE assessment_answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id),
    option_id     INTEGER NOT NULL REFERENCES indicator_options (id),
    points        INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id)
) STRICT, WITHOUT ROWID;

-- Filters by indicator answer ("every household whose drinking water is from a river").
CREATE INDEX assessment_answers_by_option ON assessment_answers (option_id, assessment_id);

-- The current assessment of each household, written in the same transaction as the assessment.
-- Area codes are copied from the household so that ranking within a desa, a kecamatan or the
-- whole kabupaten is one index range each; a household that moves desa has its row updated.
CREATE TABLE household_scores (
    household_id   INTEGER PRIMARY KEY REFERENCES households (id),
    assessment_id  INTEGER NOT NULL UNIQUE REFERENCES assessments (id),
    set_id         INTEGER NOT NULL REFERENCES indicator_sets (id),
    total          INTEGER NOT NULL,
    band_id        INTEGER NOT NULL REFERENCES category_bands (id),
    member_count   INTEGER NOT NULL,
    desa_code      TEXT NOT NULL REFERENCES areas (code),
    kecamatan_code TEXT NOT NULL REFERENCES areas (code),
    no_kk          TEXT NOT NULL,
    assessed_on    TEXT NOT NULL
) STRICT;

-- Ranking order (poorest first): total ascending, then more members first, then No KK. The same
-- three keys lead every ranking index so each scope's page is an index walk.
CREATE INDEX household_scores_rank ON household_scores (total, member_count DESC, no_kk);
CREATE INDEX household_scores_rank_kecamatan ON household_scores (kecamatan_code, total, member_count DESC, no_kk);
CREATE INDEX household_scores_rank_desa ON household_scores (desa_code, total, member_count DESC, no_kk);
CREATE INDEX household_scores_by_band ON household_scores (band_id, desa_code);

-- The registry owns households and knows nothing of scores: when a household's desa or No KK
-- changes, its current score follows here, in the same statement's transaction.
CREATE TRIGGER household_scores_follow_household
AFTER UPDATE OF area_code, no_kk ON households
BEGIN
    UPDATE household_scores
    SET desa_code = NEW.area_code,
        kecamatan_code = (SELECT parent_code FROM areas WHERE code = NEW.area_code),
        no_kk = NEW.no_kk
    WHERE household_id = NEW.id;
END;

-- A re-score under a new indicator version no longer copies the household's answers: the answers
-- are what was observed on the field visit, and a re-score only reads them again under other
-- rules. `assessments.answers_from` names the assessment whose rows in assessment_answers hold
-- them (NULL: its own), and each answer is restated in the assessment's set by indicator code
-- and option position (the carry-over rule, `Scoring.carryOver`) when it is read. Copying 27 rows
-- per household was half of a Bantul-scale re-score (Benchmarks/README.md, Scale).
ALTER TABLE assessments ADD COLUMN answers_from INTEGER REFERENCES assessments (id);

-- The assessment holding the current answers of each household, for filtering the ranking by an
-- answer: the option's answers are walked in assessment_answers_by_option and each household
-- found here with its total, reading no table row. It replaces 0203's index on assessment_id,
-- which a re-score rewrote for every household; this column keeps its value through a re-score.
ALTER TABLE household_scores ADD COLUMN answers_id INTEGER NOT NULL DEFAULT 0;
UPDATE household_scores SET answers_id = assessment_id;
DROP INDEX household_scores_by_assessment;
CREATE INDEX household_scores_by_answers ON household_scores (answers_id, total);

DROP TRIGGER household_scores_return_with_household;
CREATE TRIGGER household_scores_return_with_household
AFTER UPDATE OF status ON households
WHEN NEW.status = 'aktif' AND OLD.status <> 'aktif'
BEGIN
    INSERT OR REPLACE INTO household_scores
        (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
         kecamatan_code, no_kk, assessed_on)
    SELECT a.household_id, a.id, coalesce(a.answers_from, a.id), a.set_id, a.total, a.band_id, a.member_count,
           NEW.area_code, (SELECT parent_code FROM areas WHERE code = NEW.area_code), NEW.no_kk, a.assessed_on
    FROM assessments AS a
    WHERE a.id = (SELECT max(id) FROM assessments WHERE household_id = NEW.id);
END;

-- Answers are what a field visit observed, and since 0204 several assessments (the visit and
-- every re-score of it) read the same rows: changing one would silently change all of them.
-- A correction is a new assessment.
CREATE TRIGGER assessment_answers_never_change BEFORE UPDATE ON assessment_answers
BEGIN
    SELECT RAISE(ABORT, 'assessment_answers never change: record a new assessment');
END;

-- A counter of changes to household_scores, so a count that walks tens of thousands of answers
-- (the ranking filtered by an answer: its households per total score) can be kept in memory and
-- reused for every page of that list until the scores change. The token tells databases apart,
-- since one process may open several (tests, a restored copy). Triggers bump it in the same
-- transaction as the change, for every column the counts depend on.
CREATE TABLE ranking_generation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    value INTEGER NOT NULL
) STRICT;
INSERT INTO ranking_generation (id, token, value) VALUES (1, lower(hex(randomblob(16))), 0);

CREATE TRIGGER ranking_generation_on_insert AFTER INSERT ON household_scores
BEGIN
    UPDATE ranking_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER ranking_generation_on_delete AFTER DELETE ON household_scores
BEGIN
    UPDATE ranking_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER ranking_generation_on_update
AFTER UPDATE OF total, band_id, desa_code, kecamatan_code, answers_id ON household_scores
BEGIN
    UPDATE ranking_generation SET value = value + 1 WHERE id = 1;
END;

-- Ranking filtered by an indicator answer over the whole kabupaten (RankingStore.totals): the
-- option's answers are walked in assessment_answers_by_option and each current household found
-- by its assessment id. With the total in this index that lookup reads no table row, so the
-- list's count per total score (which places any page, however deep) costs one index probe per
-- answer instead of a probe and a row.
CREATE INDEX household_scores_by_assessment ON household_scores (assessment_id, total);

-- The exact No KK lookup of the household list (HouseholdSearch.searchCondition) must also find
-- ended households, which the partial unique index households_active_no_kk leaves out: a
-- partial index serves only queries whose WHERE implies its own (https://sqlite.org/partialindex.html,
-- "Queries Using Partial Indexes").
CREATE INDEX households_by_no_kk ON households (no_kk);

-- Bantul-scale ranking data (330,000 scored households, 990,000 persons, one ENG01 answer each)
-- written straight into a migrated database, for Benchmarks/ranking/README.md:
--   (for f in Migrations/0*.sql; do cat $f; echo; done) | sqlite3 /tmp/bench.sqlite
--   sqlite3 /tmp/bench.sqlite < Benchmarks/ranking/synthetic.sql
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
BEGIN;
CREATE TEMP TABLE desa AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, parent_code FROM areas WHERE level='desa';
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM seq WHERE i < 330000)
INSERT INTO households (id, no_kk, area_code, created_at, updated_at)
SELECT i, printf('3402%012d', i * 7919 % 1000000007), (SELECT code FROM desa WHERE n = i % 75), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM seq;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM seq WHERE i < 330000)
INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
SELECT i, i, 1, t, CASE WHEN t <= 43 THEN 1 WHEN t <= 65 THEN 2 WHEN t <= 86 THEN 3 ELSE 4 END, '2026-03-01', 'sintetis', 1 + abs(random()) % 7, '2026-03-01T00:00:00Z'
FROM (SELECT i, max(23, min(108, 40 + (abs(random()) % 25) + (abs(random()) % 25) + (abs(random()) % 20))) AS t FROM seq);
INSERT INTO household_scores (household_id, assessment_id, set_id, total, band_id, member_count, desa_code, kecamatan_code, no_kk, assessed_on)
SELECT a.household_id, a.id, 1, a.total, a.band_id, a.member_count, h.area_code, d.parent_code, h.no_kk, a.assessed_on
FROM assessments a JOIN households h ON h.id = a.household_id JOIN areas d ON d.code = h.area_code;
INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points)
SELECT a.id, 8, 29 + abs(random()) % 4, 1 FROM assessments a;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM seq WHERE i < 990000)
INSERT INTO persons (id, nik, name, sex, birth_date, relationship, marital_status, religion, education, household_id, created_at, updated_at)
SELECT i, printf('3402%012d', i), 'Warga ' || i, 'L', '1980-05-15', CASE WHEN i % 3 = 1 THEN 'kepala' ELSE 'anak' END,
       'kawin', 'islam', 'sd', (i + 2) / 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM seq;
COMMIT;
ANALYZE;

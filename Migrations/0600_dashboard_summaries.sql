-- Dashboard summaries (issue 9): the counts /dasbor shows, kept per desa (kalurahan) by triggers in
-- the same transaction as every change of their source rows, so a page view reads a few hundred
-- summary rows instead of scanning 330,000 households or a million persons. Every table is keyed
-- by the desa code so that AreaScope.sqlCondition scopes it like the source rows. Rows whose count
-- falls to zero stay (at most desa × category, desa × week, desa × segment rows).
-- DashboardSummaries.recount (Sources/Dashboard/Summaries) computes the same from the source
-- tables; its tests compare the two after inserts, updates and deletes.
--
-- Triggers fired by other triggers (household_scores_follow_household, 0202's leave/return) run
-- nested, which SQLite allows without recursive_triggers (https://sqlite.org/lang_createtrigger.html).

-- Active households per desa, and how many of them have a current score (coverage).
CREATE TABLE dashboard_household_counts (
    area_code  TEXT NOT NULL PRIMARY KEY,
    households INTEGER NOT NULL DEFAULT 0,
    assessed   INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

-- Current scores (household_scores: active households only, since 0202) per desa and band.
CREATE TABLE dashboard_category_counts (
    area_code  TEXT NOT NULL,
    band_id    INTEGER NOT NULL,
    households INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, band_id)
) STRICT, WITHOUT ROWID;

-- Field assessments (every source but re-scoring under a new set version) per desa of the
-- household and week (the Monday, ISO date). They follow the household when it moves desa.
CREATE TABLE dashboard_assessments_weekly (
    area_code   TEXT NOT NULL,
    week        TEXT NOT NULL,
    assessments INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, week)
) STRICT, WITHOUT ROWID;
CREATE INDEX dashboard_assessments_weekly_by_week ON dashboard_assessments_weekly (week, area_code);

-- Living persons per desa of their household and JKN segment (PBI APBD members among them).
CREATE TABLE dashboard_person_counts (
    area_code   TEXT NOT NULL,
    jkn_segment TEXT NOT NULL,
    persons     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, jkn_segment)
) STRICT, WITHOUT ROWID;

-- Households ------------------------------------------------------------------------------------

CREATE TRIGGER dashboard_household_insert AFTER INSERT ON households
WHEN NEW.status = 'aktif'
BEGIN
    INSERT INTO dashboard_household_counts (area_code, households) VALUES (NEW.area_code, 1)
    ON CONFLICT (area_code) DO UPDATE SET households = households + 1;
END;

CREATE TRIGGER dashboard_household_update AFTER UPDATE OF status, area_code ON households
WHEN OLD.status IS NOT NEW.status OR OLD.area_code IS NOT NEW.area_code
BEGIN
    UPDATE dashboard_household_counts SET households = households - 1
    WHERE area_code = OLD.area_code AND OLD.status = 'aktif';
    INSERT INTO dashboard_household_counts (area_code, households) SELECT NEW.area_code, 1 WHERE NEW.status = 'aktif'
    ON CONFLICT (area_code) DO UPDATE SET households = households + 1;
END;

-- A household that moves desa takes its assessments and its living persons with it.
CREATE TRIGGER dashboard_household_moves AFTER UPDATE OF area_code ON households
WHEN OLD.area_code IS NOT NEW.area_code
BEGIN
    UPDATE dashboard_assessments_weekly SET assessments = assessments - moved.n
    FROM (SELECT date(assessed_on, '-6 days', 'weekday 1') AS week, count(*) AS n FROM assessments
          WHERE household_id = NEW.id AND source <> 'skor_ulang' GROUP BY 1) AS moved
    WHERE dashboard_assessments_weekly.area_code = OLD.area_code AND dashboard_assessments_weekly.week = moved.week;
    INSERT INTO dashboard_assessments_weekly (area_code, week, assessments)
    SELECT NEW.area_code, date(assessed_on, '-6 days', 'weekday 1'), count(*) FROM assessments
    WHERE household_id = NEW.id AND source <> 'skor_ulang' GROUP BY 2
    ON CONFLICT (area_code, week) DO UPDATE SET assessments = assessments + excluded.assessments;

    UPDATE dashboard_person_counts SET persons = persons - moved.n
    FROM (SELECT jkn_segment, count(*) AS n FROM persons
          WHERE household_id = NEW.id AND status = 'hidup' GROUP BY 1) AS moved
    WHERE dashboard_person_counts.area_code = OLD.area_code AND dashboard_person_counts.jkn_segment = moved.jkn_segment;
    INSERT INTO dashboard_person_counts (area_code, jkn_segment, persons)
    SELECT NEW.area_code, jkn_segment, count(*) FROM persons
    WHERE household_id = NEW.id AND status = 'hidup' GROUP BY 2
    ON CONFLICT (area_code, jkn_segment) DO UPDATE SET persons = persons + excluded.persons;
END;

-- Current scores --------------------------------------------------------------------------------

CREATE TRIGGER dashboard_score_insert AFTER INSERT ON household_scores
BEGIN
    INSERT INTO dashboard_household_counts (area_code, assessed) VALUES (NEW.desa_code, 1)
    ON CONFLICT (area_code) DO UPDATE SET assessed = assessed + 1;
    INSERT INTO dashboard_category_counts (area_code, band_id, households) VALUES (NEW.desa_code, NEW.band_id, 1)
    ON CONFLICT (area_code, band_id) DO UPDATE SET households = households + 1;
END;

CREATE TRIGGER dashboard_score_delete AFTER DELETE ON household_scores
BEGIN
    UPDATE dashboard_household_counts SET assessed = assessed - 1 WHERE area_code = OLD.desa_code;
    UPDATE dashboard_category_counts SET households = households - 1
    WHERE area_code = OLD.desa_code AND band_id = OLD.band_id;
END;

CREATE TRIGGER dashboard_score_update AFTER UPDATE OF desa_code, band_id ON household_scores
WHEN OLD.desa_code IS NOT NEW.desa_code OR OLD.band_id IS NOT NEW.band_id
BEGIN
    UPDATE dashboard_household_counts SET assessed = assessed - 1 WHERE area_code = OLD.desa_code;
    INSERT INTO dashboard_household_counts (area_code, assessed) VALUES (NEW.desa_code, 1)
    ON CONFLICT (area_code) DO UPDATE SET assessed = assessed + 1;
    UPDATE dashboard_category_counts SET households = households - 1
    WHERE area_code = OLD.desa_code AND band_id = OLD.band_id;
    INSERT INTO dashboard_category_counts (area_code, band_id, households) VALUES (NEW.desa_code, NEW.band_id, 1)
    ON CONFLICT (area_code, band_id) DO UPDATE SET households = households + 1;
END;

-- Assessments -----------------------------------------------------------------------------------

CREATE TRIGGER dashboard_assessment_insert AFTER INSERT ON assessments
WHEN NEW.source <> 'skor_ulang'
BEGIN
    INSERT INTO dashboard_assessments_weekly (area_code, week, assessments)
    SELECT area_code, date(NEW.assessed_on, '-6 days', 'weekday 1'), 1 FROM households WHERE id = NEW.household_id
    ON CONFLICT (area_code, week) DO UPDATE SET assessments = assessments + 1;
END;

CREATE TRIGGER dashboard_assessment_delete AFTER DELETE ON assessments
WHEN OLD.source <> 'skor_ulang'
BEGIN
    UPDATE dashboard_assessments_weekly SET assessments = assessments - 1
    WHERE area_code = (SELECT area_code FROM households WHERE id = OLD.household_id)
      AND week = date(OLD.assessed_on, '-6 days', 'weekday 1');
END;

CREATE TRIGGER dashboard_assessment_update AFTER UPDATE OF household_id, assessed_on, source ON assessments
BEGIN
    UPDATE dashboard_assessments_weekly SET assessments = assessments - 1
    WHERE OLD.source <> 'skor_ulang'
      AND area_code = (SELECT area_code FROM households WHERE id = OLD.household_id)
      AND week = date(OLD.assessed_on, '-6 days', 'weekday 1');
    INSERT INTO dashboard_assessments_weekly (area_code, week, assessments)
    SELECT area_code, date(NEW.assessed_on, '-6 days', 'weekday 1'), 1 FROM households
    WHERE id = NEW.household_id AND NEW.source <> 'skor_ulang'
    ON CONFLICT (area_code, week) DO UPDATE SET assessments = assessments + 1;
END;

-- Persons ---------------------------------------------------------------------------------------

CREATE TRIGGER dashboard_person_insert AFTER INSERT ON persons
WHEN NEW.status = 'hidup'
BEGIN
    INSERT INTO dashboard_person_counts (area_code, jkn_segment, persons)
    SELECT area_code, NEW.jkn_segment, 1 FROM households WHERE id = NEW.household_id
    ON CONFLICT (area_code, jkn_segment) DO UPDATE SET persons = persons + 1;
END;

CREATE TRIGGER dashboard_person_update AFTER UPDATE OF status, jkn_segment, household_id ON persons
WHEN OLD.status IS NOT NEW.status OR OLD.jkn_segment IS NOT NEW.jkn_segment OR OLD.household_id IS NOT NEW.household_id
BEGIN
    UPDATE dashboard_person_counts SET persons = persons - 1
    WHERE OLD.status = 'hidup'
      AND area_code = (SELECT area_code FROM households WHERE id = OLD.household_id)
      AND jkn_segment = OLD.jkn_segment;
    INSERT INTO dashboard_person_counts (area_code, jkn_segment, persons)
    SELECT area_code, NEW.jkn_segment, 1 FROM households WHERE id = NEW.household_id AND NEW.status = 'hidup'
    ON CONFLICT (area_code, jkn_segment) DO UPDATE SET persons = persons + 1;
END;

-- Backfill from the rows that exist (the same queries as DashboardSummaries.recount) ------------

INSERT INTO dashboard_household_counts (area_code, households, assessed)
SELECT area_code, sum(households), sum(assessed) FROM (
    SELECT area_code, count(*) AS households, 0 AS assessed FROM households WHERE status = 'aktif' GROUP BY area_code
    UNION ALL
    SELECT desa_code, 0, count(*) FROM household_scores GROUP BY desa_code)
WHERE true GROUP BY area_code;

INSERT INTO dashboard_category_counts (area_code, band_id, households)
SELECT desa_code, band_id, count(*) FROM household_scores GROUP BY desa_code, band_id;

INSERT INTO dashboard_assessments_weekly (area_code, week, assessments)
SELECT h.area_code, date(a.assessed_on, '-6 days', 'weekday 1'), count(*)
FROM assessments AS a JOIN households AS h ON h.id = a.household_id
WHERE a.source <> 'skor_ulang' GROUP BY 1, 2;

INSERT INTO dashboard_person_counts (area_code, jkn_segment, persons)
SELECT h.area_code, p.jkn_segment, count(*)
FROM persons AS p JOIN households AS h ON h.id = p.household_id
WHERE p.status = 'hidup' GROUP BY 1, 2;

-- Only active households are ranked: a household that moved away (pindah) or dissolved (bubar)
-- leaves household_scores in the same transaction as its status change, and comes back with its
-- last recorded assessment if it becomes active again. Its assessments stay (history).

DELETE FROM household_scores
WHERE household_id IN (SELECT id FROM households WHERE status <> 'aktif');

CREATE TRIGGER household_scores_leave_with_household
AFTER UPDATE OF status ON households
WHEN NEW.status <> 'aktif' AND OLD.status = 'aktif'
BEGIN
    DELETE FROM household_scores WHERE household_id = NEW.id;
END;

CREATE TRIGGER household_scores_return_with_household
AFTER UPDATE OF status ON households
WHEN NEW.status = 'aktif' AND OLD.status <> 'aktif'
BEGIN
    INSERT OR REPLACE INTO household_scores
        (household_id, assessment_id, set_id, total, band_id, member_count, desa_code, kecamatan_code,
         no_kk, assessed_on)
    SELECT a.household_id, a.id, a.set_id, a.total, a.band_id, a.member_count, NEW.area_code,
           (SELECT parent_code FROM areas WHERE code = NEW.area_code), NEW.no_kk, a.assessed_on
    FROM assessments AS a
    WHERE a.id = (SELECT max(id) FROM assessments WHERE household_id = NEW.id);
END;

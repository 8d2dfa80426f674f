-- Dashboard: active DTKS/DTSEN registrations per desa and desil (0: no desil yet), kept by
-- triggers on dtks_members (migration 0310) in the same transaction, so the members-by-desil
-- panel reads at most desa × 11 rows instead of counting every registration. A registration
-- without a household (area_code NULL) is kept under '' (the whole district sees it, no area does).

CREATE TABLE dashboard_dtks_desil (
    area_code TEXT NOT NULL,
    desil     INTEGER NOT NULL,
    members   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, desil)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER dashboard_dtks_member_insert AFTER INSERT ON dtks_members
WHEN NEW.status = 'aktif'
BEGIN
    INSERT INTO dashboard_dtks_desil (area_code, desil, members)
    VALUES (coalesce(NEW.area_code, ''), coalesce(NEW.desil, 0), 1)
    ON CONFLICT (area_code, desil) DO UPDATE SET members = members + 1;
END;

-- dtks_members_follow_household_area and _follow_person (0310) update area_code here too.
CREATE TRIGGER dashboard_dtks_member_update AFTER UPDATE OF status, desil, area_code ON dtks_members
WHEN OLD.status IS NOT NEW.status OR OLD.desil IS NOT NEW.desil OR OLD.area_code IS NOT NEW.area_code
BEGIN
    UPDATE dashboard_dtks_desil SET members = members - 1
    WHERE OLD.status = 'aktif' AND area_code = coalesce(OLD.area_code, '') AND desil = coalesce(OLD.desil, 0);
    INSERT INTO dashboard_dtks_desil (area_code, desil, members)
    SELECT coalesce(NEW.area_code, ''), coalesce(NEW.desil, 0), 1 WHERE NEW.status = 'aktif'
    ON CONFLICT (area_code, desil) DO UPDATE SET members = members + 1;
END;

INSERT INTO dashboard_dtks_desil (area_code, desil, members)
SELECT coalesce(area_code, ''), coalesce(desil, 0), count(*) FROM dtks_members
WHERE status = 'aktif' GROUP BY 1, 2;

#!/usr/bin/env bash
# Re-scoring benchmark (issue 5: "a full re-score under a new indicator version takes under 10 s"
# at Bantul scale). Takes a database seeded with `dinsos seed --synthetic`, copies it (unless
# IN_PLACE=1), activates a new version of the active indicator set made with SQL (the same
# indicators, options and bands; option 1 of RMH01 worth one point more, so some totals change),
# then times `dinsos rescore` with /usr/bin/time: wall, CPU user + system, peak RSS.
# See Benchmarks/README.md, "Scale".
#
#   Benchmarks/rescoring/run.sh /tmp/dinsos-scale.XXXX/dinsos.sqlite
#   BIN=/path/to/dinsos BATCH=5000 Benchmarks/rescoring/run.sh DB
set -euo pipefail

SOURCE=${1:?usage: run.sh SEEDED-DATABASE}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/.build/release/dinsos}
BATCH=${BATCH:-2000}
command -v sqlite3 >/dev/null || "$ROOT/.ci/apt-ensure" sqlite3

if [ -n "${IN_PLACE:-}" ]; then
  DB=$SOURCE
else
  WORK=$(mktemp -d /tmp/dinsos-rescore.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
  DB=$WORK/dinsos.sqlite
  sqlite3 "$SOURCE" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  cp "$SOURCE" "$DB"
fi

sqlite3 "$DB" <<'SQL'
PRAGMA foreign_keys = ON;
BEGIN IMMEDIATE;
CREATE TEMP TABLE old_set AS SELECT id FROM indicator_sets WHERE status = 'active';
INSERT INTO indicator_sets (name, legal_basis, effective_date, status, is_example, notes, copied_from, created_at, updated_at)
SELECT name || ' (versi uji skor ulang)', legal_basis, '2026-11-24', 'draft', is_example, notes, id,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM indicator_sets WHERE id = (SELECT id FROM old_set);
CREATE TEMP TABLE new_set AS SELECT last_insert_rowid() AS id;
INSERT INTO indicators (set_id, code, theme, question, position, help_text)
SELECT (SELECT id FROM new_set), code, theme, question, position, help_text
FROM indicators WHERE set_id = (SELECT id FROM old_set) ORDER BY position;
INSERT INTO indicator_options (indicator_id, label, points, position)
SELECT n.id, o.label, o.points + (n.code = 'RMH01' AND o.position = 1), o.position
FROM indicator_options AS o
JOIN indicators AS i ON i.id = o.indicator_id AND i.set_id = (SELECT id FROM old_set)
JOIN indicators AS n ON n.set_id = (SELECT id FROM new_set) AND n.code = i.code
ORDER BY n.id, o.position;
INSERT INTO category_bands (set_id, name, min_score, max_score, colour, position)
SELECT (SELECT id FROM new_set), name, min_score, max_score, colour, position
FROM category_bands WHERE set_id = (SELECT id FROM old_set) ORDER BY position;
UPDATE indicator_sets SET status = 'retired' WHERE id = (SELECT id FROM old_set);
UPDATE indicator_sets SET status = 'active' WHERE id = (SELECT id FROM new_set);
COMMIT;
SQL

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "households to re-score: $(sqlite3 "$DB" "SELECT count(*) FROM household_scores WHERE set_id <> (SELECT id FROM indicator_sets WHERE status = 'active')")"
/usr/bin/time -f "%e %U %S %M" -o "$DB.time" "$BIN" rescore --db "$DB" --root "$ROOT" --batch-size "$BATCH" 2>"$DB.progress"
read -r wall user sys rss <"$DB.time"
tail -1 "$DB.progress"
printf 'rescore: wall %s s, CPU %s s user + %s s system = %.1f s, peak RSS %s KiB; load average after %s\n' \
  "$wall" "$user" "$sys" "$(echo "$user + $sys" | bc)" "$rss" "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "left under the old set: $(sqlite3 "$DB" "SELECT count(*) FROM household_scores WHERE set_id <> (SELECT id FROM indicator_sets WHERE status = 'active')")"

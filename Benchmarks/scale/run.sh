#!/usr/bin/env bash
# Scale benchmark (issue 5, "Scale and speed"): builds dinsos in release, seeds a temporary
# database with HOUSEHOLDS synthetic households, serves it, signs in and loads the household
# profile, NIK lookup and ranking pages with wrk at CONNECTIONS connections. Prints a table.
# See Benchmarks/README.md, "Scale".
set -euo pipefail

HOUSEHOLDS=${HOUSEHOLDS:-330000}
RANDOM_SEED=${RANDOM_SEED:-20261124}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SAMPLES=${SAMPLES:-5000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/.build/release/dinsos}
# An already seeded database to reuse (seeding is then skipped and its figures not printed).
DB=${DB:-}
# URL sets as name=path-template; {id}, {nik} and {page} are filled from the seeded data.
URLS=${URLS:-"profile=/keluarga/{id} nik=/keluarga?q={nik} ranking=/sidamesra/peringkat?halaman={page} daftar=/keluarga?halaman={page}"}

cd "$ROOT"
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product dinsos
fi
command -v wrk >/dev/null || .ci/apt-ensure wrk
command -v sqlite3 >/dev/null || .ci/apt-ensure sqlite3

WORK=$(mktemp -d /tmp/dinsos-scale.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$DB" ]; then
  DB=$WORK/dinsos.sqlite
  start=$(date +%s.%N)
  timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%U %S %M" -o "$WORK/seed.time")
  "${timer[@]}" "$BIN" seed --synthetic --households "$HOUSEHOLDS" --random-seed "$RANDOM_SEED" --db "$DB" --root "$ROOT"
  end=$(date +%s.%N)
  size=$(( $(stat -c %s "$DB") + $(stat -c %s "$DB-wal" 2>/dev/null || echo 0) ))
  printf 'seed: %d households in %.1f s (wall, including migrations); database %d bytes (%.0f MiB); load average %s\n' \
    "$HOUSEHOLDS" "$(echo "$end - $start" | bc)" "$size" "$(echo "$size / 1048576" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  [ -f "$WORK/seed.time" ] && read -r user sys rss <"$WORK/seed.time" \
    && echo "seed CPU: ${user} s user + ${sys} s system; peak RSS ${rss} KiB"
fi

USER_NAME=bench.admin
PASSWORD=Bench-Scale-2026
if [ "$(sqlite3 "$DB" "SELECT count(*) FROM users WHERE username = '$USER_NAME'")" = 0 ]; then
  echo "$PASSWORD" | "$BIN" user create --username "$USER_NAME" --role admin --password-stdin --db "$DB" >/dev/null
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
"$BIN" serve --db "$DB" --root "$ROOT" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fs -o /dev/null "$BASE/login" && break
  sleep 0.1
done

JAR=$WORK/cookies.txt
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "csrf_token=$TOKEN" "$BASE/login"
COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")
export COOKIE

sqlite3 "$DB" "SELECT id FROM households ORDER BY random() LIMIT $SAMPLES" >"$WORK/ids"
sqlite3 "$DB" "SELECT nik FROM persons ORDER BY random() LIMIT $SAMPLES" >"$WORK/niks"
pages=${PAGES:-$(( $(sqlite3 "$DB" "SELECT count(*) FROM households") / 25 ))}
python3 -c "import random; random.seed(1); print('\n'.join(str(random.randint(1, max(1, $pages))) for _ in range($SAMPLES)))" >"$WORK/pages"

printf '\n%-8s %-36s %8s %9s %9s %9s %9s %7s\n' "set" "path" "req/s" "wrk p50" "wrk p99" "srv p50" "srv p99" "errors"
for entry in $URLS; do
  name=${entry%%=*}
  template=${entry#*=}
  paste "$WORK/ids" "$WORK/niks" "$WORK/pages" | while IFS=$'\t' read -r id nik page; do
    path=${template//\{id\}/$id}; path=${path//\{nik\}/$nik}; echo "${path//\{page\}/$page}"
  done >"$WORK/paths-$name"
  first=$(head -1 "$WORK/paths-$name")
  status=$(curl -s -o "$WORK/first-$name.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$first")
  if [ "$status" != 200 ]; then
    printf '%-8s %-36s %s\n' "$name" "$template" "skipped: $first answers $status"
    continue
  fi
  export PATHS=$WORK/paths-$name
  [ "$WARMUP" -gt 0 ] && wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s Benchmarks/scale/rotate.lua "$BASE" >/dev/null
  logged=$(wc -l <"$WORK/serve.log")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT:-10}s" --latency -s Benchmarks/scale/rotate.lua "$BASE" >"$WORK/wrk-$name.txt"
  sleep 1
  tail -n +"$((logged + 1))" "$WORK/serve.log" >"$WORK/serve-$name.log"
  python3 - "$WORK/wrk-$name.txt" "$name" "$template" "$WORK/serve-$name.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
# The server's own log line ends with the handler time: "... GET /path 200 3166 7.972ms".
times = sorted(float(m.group(1)) for m in re.finditer(r" GET \S+ \d{3} \d+ ([\d.]+)ms$", open(sys.argv[4]).read(), re.M))
def server(q):
    return times[min(len(times) - 1, int(q * len(times)))] if times else float("nan")
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\b" % re.escape(label), text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
timeouts = re.search(r"timeout (\d+)", text)
errors = int(bad.group(1) if bad else 0) + int(timeouts.group(1) if timeouts else 0)
print("%-8s %-36s %8.0f %9.2f %9.2f %9.2f %9.2f %7d" % (sys.argv[2], sys.argv[3], float(rps.group(1)) if rps else 0,
      ms("50%"), ms("99%"), server(0.5), server(0.99), errors))
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# One request at a time against a seeded database: for each URL set, N requests in a row (curl,
# one connection), then the server's handler time per request from its log (p50, p99, max) and
# the server process's CPU time per request (/proc/PID/stat utime + stime before and after). On
# a loaded machine the CPU time per request is the figure that carries over; handler times
# include waiting for a core. See Benchmarks/README.md, "Scale".
#
#   DB=/tmp/…/dinsos.sqlite URLS="rank=/sidamesra/peringkat?jawaban=32&halaman={page}" Benchmarks/scale/sequential.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/.build/release/dinsos}
# The folder with Migrations/, Templates/ and Public/ the server reads (another one for an older BIN).
APP_ROOT=${APP_ROOT:-$ROOT}
DB=${DB:?DB must name a seeded database}
URLS=${URLS:?URLS must list name=path pairs (the page number as {page\})}
REQUESTS=${REQUESTS:-200}
PAGES=${PAGES:-100}
WORK=$(mktemp -d /tmp/dinsos-sequential.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

USER_NAME=bench.admin
PASSWORD=Bench-Scale-2026
if [ "$(sqlite3 "$DB" "SELECT count(*) FROM users WHERE username = '$USER_NAME'")" = 0 ]; then
  echo "$PASSWORD" | "$BIN" user create --username "$USER_NAME" --role admin --password-stdin --db "$DB" >/dev/null
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
"$BIN" serve --db "$DB" --root "$APP_ROOT" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BASE/login" && break; sleep 0.1; done
JAR=$WORK/cookies.txt
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "csrf_token=$TOKEN" "$BASE/login"
TICKS=$(getconf CLK_TCK)
cpu() { awk -v t="$TICKS" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$SERVER_PID/stat"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $REQUESTS requests per set, one at a time"
printf '%-10s %-50s %9s %9s %9s %12s\n' set path "srv p50" "srv p99" "srv max" "CPU/request"
for entry in $URLS; do
  name=${entry%%=*}
  template=${entry#*=}
  python3 -c "import random; random.seed(7); print('\n'.join(str(random.randint(1, $PAGES)) for _ in range($REQUESTS)))" >"$WORK/pages"
  # One unmeasured request warms the page cache for this set.
  curl -fs -o /dev/null -b "$JAR" "$BASE${template//\{page\}/1}"
  logged=$(wc -l <"$WORK/serve.log")
  before=$(cpu)
  while read -r page; do curl -fs -o /dev/null -b "$JAR" "$BASE${template//\{page\}/$page}"; done <"$WORK/pages"
  after=$(cpu)
  sleep 0.2
  tail -n +"$((logged + 1))" "$WORK/serve.log" >"$WORK/serve-$name.log"
  python3 - "$WORK/serve-$name.log" "$name" "$template" "$before" "$after" "$REQUESTS" <<'PY'
import re, sys
times = sorted(float(m.group(1)) for m in re.finditer(r" GET \S+ 200 \d+ ([\d.]+)ms$", open(sys.argv[1]).read(), re.M))
def q(p): return times[min(len(times) - 1, int(p * len(times)))] if times else float("nan")
cpu = (float(sys.argv[5]) - float(sys.argv[4])) / int(sys.argv[6]) * 1000
print("%-10s %-50s %9.2f %9.2f %9.2f %9.2f ms  (%d answered 200)" % (sys.argv[2], sys.argv[3], q(0.5), q(0.99), times[-1] if times else float("nan"), cpu, len(times)))
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

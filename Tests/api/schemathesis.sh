#!/usr/bin/env bash
# `make test-api`: schemathesis (PyPI) against a running `dinsos serve` on a temporary database
# with the demo seed, authenticated with an API token made by `dinsos token create`.
# Builds the debug binary first (incremental), so the server tested is always the checked-out code.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
venv=.build/venv-api
port=${API_TEST_PORT:-18089}

if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet schemathesis
fi

swift build --product dinsos
dinsos=.build/debug/dinsos

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

db="$work/dinsos.sqlite"
"$dinsos" migrate --db "$db" --root "$root" >/dev/null
"$dinsos" seed --demo --db "$db" --root "$root" >/dev/null
"$dinsos" serve --db "$db" --root "$root" --host 127.0.0.1 --port "$port" --migrate >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

token=$("$dinsos" token create --username staf --name "schemathesis" --db "$db" --root "$root" 2>/dev/null)

status=0
"$venv/bin/schemathesis" --config-file Tests/api/schemathesis.toml run "http://127.0.0.1:$port/api/openapi.json" \
  --header "Authorization: Bearer $token" --checks all ${SCHEMATHESIS_ARGS:-} || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log (last 40 lines) ---"
  tail -n 40 "$work/server.log"
fi
exit "$status"

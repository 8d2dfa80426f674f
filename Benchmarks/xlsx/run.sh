#!/usr/bin/env bash
# Reports the time and peak memory of writing ROWS rows x 10 columns of .xlsx with XLSXWriter,
# and with `read` of reading them back with XLSXReader. Not part of `make test`.
#   Benchmarks/xlsx/run.sh [ROWS] [read]
set -euo pipefail
here="$(dirname "$0")"
bench="$("$here/build.sh")"
output="$(dirname "$bench")/bench.xlsx"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "peak RSS %M KiB, elapsed %e s, user %U s" "$bench" "${1:-100000}" "$output" ${2:-}
else
    "$bench" "${1:-100000}" "$output" ${2:-}
fi

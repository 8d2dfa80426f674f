#!/usr/bin/env bash
# Builds a small optimised executable from the Documents sources and Benchmarks/xlsx/main.swift
# (outside the Swift package, so one process can be measured) and reports the time and peak
# memory of writing ROWS rows x 10 columns of .xlsx, and of reading them back with `read`.
#   Benchmarks/xlsx/run.sh [ROWS] [read]
# Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
mode="${2:-}"
build="${TMPDIR:-/tmp}/dinsos-xlsx-bench"
mkdir -p "$build"
mapfile -t sources < <(find Sources/Documents -name '*.swift' | sort)
swiftc -O -swift-version 6 -package-name Dinsos -module-name XLSXBench \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -I Sources/CZlib "${sources[@]}" Benchmarks/xlsx/main.swift -o "$build/xlsx-bench"
output="$build/bench.xlsx"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "peak RSS %M KiB, elapsed %e s, user %U s" "$build/xlsx-bench" "$rows" "$output" $mode
else
    "$build/xlsx-bench" "$rows" "$output" $mode
fi

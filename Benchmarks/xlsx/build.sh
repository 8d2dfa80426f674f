#!/usr/bin/env bash
# Compiles Benchmarks/xlsx/main.swift with the Documents sources into one optimised executable,
# outside the Swift package, and prints its path.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${TMPDIR:-/tmp}/dinsos-xlsx-bench"
mkdir -p "$build"
mapfile -t sources < <(find Sources/Documents -name '*.swift' | sort)
swiftc -O -swift-version 6 -package-name Dinsos -module-name XLSXBench \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -I Sources/CZlib "${sources[@]}" Benchmarks/xlsx/main.swift -o "$build/xlsx-bench" >&2
echo "$build/xlsx-bench"

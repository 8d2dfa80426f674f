#!/usr/bin/env bash
# Checks our .xlsx against LibreOffice, when it is installed (Debian: libreoffice-calc-nogui);
# without it, says so and exits 0. Not part of `make test`: LibreOffice is large and slow to start.
#   1. XLSXWriter writes 200 rows; LibreOffice converts them to CSV, and the CSV must hold the
#      header, every row, a 16-digit NIK as written and escaped text intact.
#   2. LibreOffice saves the workbook again as .xlsx (with shared strings and its own styles);
#      XLSXReader must read that file to exactly the values it reads from ours.
set -euo pipefail
office="$(command -v libreoffice || command -v soffice || true)"
if [ -z "$office" ]; then
    echo "check-libreoffice: libreoffice not found; skipped"
    exit 0
fi
here="$(dirname "$0")"
bench="$("$here/build.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ours="$work/ours.xlsx"
"$bench" 200 "$ours" >/dev/null
convert() {  # convert FILTER OUTDIR
    timeout 300 "$office" --headless --norestore "-env:UserInstallation=file://$work/profile" \
        --convert-to "$1" --outdir "$2" "$ours" >/dev/null 2>&1
}
convert csv "$work/csv"
csv="$work/csv/ours.csv"
fail() { echo "check-libreoffice: FAILED: $*"; exit 1; }
[ -f "$csv" ] || fail "LibreOffice produced no CSV"
head -1 "$csv" | grep -qx 'NIK,Nama,Umur,Penghasilan,Tanggal Lahir,Dicatat,Aktif,Kecamatan,Anggota,Catatan' \
    || fail "header line: $(head -1 "$csv")"
[ "$(wc -l < "$csv")" -eq 201 ] || fail "expected 201 lines, got $(wc -l < "$csv")"
grep -q '^3402010101900000,Penerima Bantuan Nomor 0,20,0,.*,TRUE,Bantul,1,Lansia & disabilitas$' "$csv" \
    || fail "first data row: $(sed -n 2p "$csv")"
grep -q '^3402010101900199,' "$csv" || fail "the last NIK is not kept as text"

convert 'xlsx:Calc MS Excel 2007 XML' "$work/xlsx"
[ -f "$work/xlsx/ours.xlsx" ] || fail "LibreOffice produced no .xlsx"
# (grep reads a file, not a pipe: with pipefail, grep -q closing the pipe early would fail unzip.)
unzip -l "$work/xlsx/ours.xlsx" > "$work/listing.txt"
grep -q 'xl/sharedStrings.xml' "$work/listing.txt" || fail "LibreOffice's file has no shared strings"
"$bench" dump "$ours" > "$work/ours.txt"
"$bench" dump "$work/xlsx/ours.xlsx" > "$work/libreoffice.txt"
diff "$work/ours.txt" "$work/libreoffice.txt" > "$work/diff.txt" || fail "values differ: $(head -20 "$work/diff.txt")"
echo "check-libreoffice: ok (CSV of 200 rows as written; LibreOffice's .xlsx reads back to the same $(wc -l < "$work/ours.txt") rows)"

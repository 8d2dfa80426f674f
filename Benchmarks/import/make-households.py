#!/usr/bin/env python3
"""Writes an invented household import file (CSV) of N households for timing
`dinsos import households`: 3 persons per household, answers on every head, NIKs that follow
the rules and are unique. Usage: make-households.py N OUT.csv"""
import csv, random, sys

CODES = ("RMH01 RMH02 RMH03 RMH04 RMH05 SAN01 SAN02 ENG01 ENG02 ENG03 PGN01 PGN02 PGN03 KES01 KES02 "
         "KES03 PDK01 PDK02 KRJ01 KRJ02 KRJ03 AST01 AST02 AST03 AST04 LIN01 LIN02").split()
FIVE = {"PGN01", "KES02", "PDK01", "KRJ02"}
AREAS = [("34.02.01.2001", "340201"), ("34.02.01.2002", "340201"), ("34.02.02.2001", "340202"),
         ("34.02.03.2002", "340203"), ("34.02.02.2003", "340202")]
BASE = ("no_kk,kode_wilayah,dusun,rt,rw,alamat,nik,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,hubungan,"
        "status_perkawinan,agama,pendidikan,pekerjaan,nama_ibu,disabilitas,penyakit_kronis,jkn,tanggal_penilaian").split(",")


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    used = set()

    def nik(region, sex):
        while True:
            y, m, d = rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28)
            value = f"{region}{d + (40 if sex == 'P' else 0):02d}{m:02d}{y % 100:02d}{rng.randint(1, 9999):04d}"
            if value not in used:
                used.add(value)
                return value, f"{y}-{m:02d}-{d:02d}"

    with open(out, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(BASE + CODES)
        for i in range(count):
            code, region = AREAS[i % len(AREAS)]
            kk = f"{region}{i:06d}0001"
            for j, (rel, sex, mar) in enumerate([("kepala", "L", "kawin"), ("istri", "P", "kawin"), ("anak", "L", "belum_kawin")]):
                number, born = nik(region, sex)
                row = {"no_kk": kk, "kode_wilayah": code, "dusun": "Kauman", "rt": "001", "rw": "002",
                       "alamat": f"Jl. Contoh {i}", "nik": number, "nama": f"Warga {i}-{j}", "jenis_kelamin": sex,
                       "tanggal_lahir": born, "hubungan": rel, "status_perkawinan": mar, "agama": "islam",
                       "pendidikan": "sd"}
                if rel == "kepala":
                    row["tanggal_penilaian"] = "2025-03-01"
                    for c in CODES:
                        row[c] = str(rng.randint(1, 5 if c in FIVE else 4))
                writer.writerow([row.get(c, "") for c in BASE + CODES])


main()

#!/usr/bin/env python3
"""Writes a synthetic GDELT 2.0 event export (61 tab-separated columns, no header) for
benchmarks: N rows over ten years, most between Russia and Pakistan either way round, one in
ten domestic (skipped by ties), with CAMEO codes, Goldstein scores and tones as GDELT has them.

    python3 Benchmarks/make-gdelt.py N FILE
"""
import random
import sys

count, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20251001)
codes = [("042", "04", 1.9), ("043", "04", 2.8), ("036", "03", 4.0), ("046", "04", 7.0), ("057", "05", 8.0),
         ("061", "06", 6.4), ("062", "06", 7.4), ("010", "01", 0.0), ("111", "11", -2.0), ("1631", "16", -8.0)]
actors = [("RUSGOV", "RUSSIA", "RUS"), ("RUS", "MOSCOW", "RUS"), ("PAKGOV", "PAKISTAN", "PAK"),
          ("PAK", "ISLAMABAD", "PAK")]
places = ["Moscow, Moskva, Russia", "Islamabad, Islamabad, Pakistan", "Karachi, Sindh, Pakistan", "Kazan, Tatarstan, Russia"]
with open(path, "w", encoding="utf-8") as out:
    for i in range(count):
        year = 2015 + i * 10 // count
        date = "%04d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        first = rng.choice(actors)
        second = rng.choice([a for a in actors if a[2] != first[2]])
        if i % 10 == 9:
            second = first
        code, root, gold = rng.choice(codes)
        base = code[:3]
        row = [str(1_000_000_000 + i), date, date[:6], date[:4], "%s.%04d" % (date[:4], int(date[4:6]) * 83),
               first[0], first[1], first[2], "", "", "", "", "GOV", "", "",
               second[0], second[1], second[2], "", "", "", "", "GOV", "", "",
               "1", code, base, root, "1", "%.1f" % gold, str(rng.randint(1, 40)), str(rng.randint(1, 6)),
               str(rng.randint(1, 40)), "%.6f" % rng.uniform(-8, 6)]
        place = rng.choice(places)
        geo = ["4", place, "RS", "RS48", "", "55.75", "37.61", "-2960561"] * 3
        row += geo + [date + "103000", "https://example.com/news/%d" % i]
        assert len(row) == 61
        out.write("\t".join(row) + "\n")

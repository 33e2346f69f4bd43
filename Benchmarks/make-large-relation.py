#!/usr/bin/env python3
"""Writes a large synthetic relation (YAML) and the same events as CSV, for benchmarks.

Usage: make-large-relation.py EVENTS OUT_PREFIX
Writes OUT_PREFIX.yaml (a valid ties relation with EVENTS events, 40 trade figures and
10 sectors) and OUT_PREFIX.csv (the events: id, date, title, kind, place, sectors, source,
confidence). The data is synthetic and deterministic; it is not about any real countries.
"""
import random
import sys

events = int(sys.argv[1])
prefix = sys.argv[2]
rng = random.Random(42)
kinds = ["visit", "agreement", "forum", "commission", "exercise", "route", "statement", "summit"]
sectors = [f"sector-{i}" for i in range(10)]
places = ["Alpha City", "Beta Port", "Gamma Town", "Delta Bay", "Epsilon"]

rows = []
for i in range(events):
    year = 1990 + i * 35 // max(1, events)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    rows.append((f"e{i}", f"{year:04d}-{month:02d}-{day:02d}", f"Synthetic event number {i} with a title",
                 rng.choice(kinds), rng.choice(places), rng.sample(sectors, 2), "s1", rng.choice(["high", "medium", "low"])))

with open(prefix + ".yaml", "w") as f:
    f.write("schema: 1\ntitle: Aland–Bland (synthetic)\nasOf: 2025-06-30\n")
    f.write("parties:\n  - code: A\n    name: Aland\n  - code: B\n    name: Bland\n    fiscalYearStart: 7\n")
    f.write("sources:\n  - id: s1\n    title: Synthetic source\n    publisher: Generator\n")
    f.write("trade:\n  currency: USD\n  unit: million\n  figures:\n")
    for year in range(1985, 2025):
        f.write(f"    - period: {year}\n      turnover: {100 + (year - 1985) * 7}\n"
                f"      exports: {{A: {60 + year % 13}, B: {40 + year % 7}}}\n      source: s1\n      confidence: high\n")
    f.write("sectors:\n")
    for s in sectors:
        f.write(f"  - id: {s}\n    name: Sector {s[-1]}\n    status: active\n")
    f.write("events:\n")
    for (eid, date, title, kind, place, secs, source, conf) in rows:
        f.write(f"  - id: {eid}\n    date: {date}\n    title: {title}\n    kind: {kind}\n    place: {place}\n"
                f"    sectors: [{', '.join(secs)}]\n    source: {source}\n    confidence: {conf}\n")

with open(prefix + ".csv", "w") as f:
    f.write("id,date,title,kind,place,sectors,source,confidence\n")
    for (eid, date, title, kind, place, secs, source, conf) in rows:
        f.write(f"{eid},{date},{title},{kind},{place},{' '.join(secs)},{source},{conf}\n")

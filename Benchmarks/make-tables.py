#!/usr/bin/env python3
"""Writes synthetic tables for benchmarks and tests: deterministic, about no real countries.

Usage: make-tables.py EVENTS OUT_DIR

Writes into OUT_DIR:
  events.csv     EVENTS rows: id,date,kind,title,place,sectors,people,source,confidence
                 (mixed scripts: Latin, Cyrillic, Urdu; eight kinds; twelve sectors; places;
                 dates spread over 25 years; some quoted fields with commas, quotes and line
                 breaks, as real exports have)
  trade.csv      yearly turnover and exports both ways, calendar and fiscal years
  relation.yaml  a relation that names both tables and defines their sectors and sources
"""
import os
import random
import sys

count = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(20241001)
kinds = ["visit", "agreement", "forum", "commission", "exercise", "route", "statement", "summit"]
sectors = ["trade", "energy", "food", "transport", "education", "culture", "defence", "health",
           "digital", "finance", "science", "consular"]
places = ["Alpha City", "Beta Port", "Гамма", "Дельта-на-Волге", "کراچی", "لاہور", "Epsilon Bay", "Zeta"]
subjects = ["Talks on", "Переговоры о", "مذاکرات برائے", "Agreement on", "Соглашение о", "Forum on",
            "Delegation visit on", "Визит делегации по"]
topics = ["energy", "trade", "энергетике", "торговле", "توانائی", "تجارت", "transport", "education"]
people = ["A. Aland", "Б. Борисов", "ع۔ احمد", "C. Chand", "D. Dorn"]
sources = ["press", "ministry", "agency"]


def quote(field):
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


with open(os.path.join(out, "events.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("id,date,kind,title,place,sectors,people,source,confidence\r\n")
    for i in range(count):
        year = 2000 + i * 25 // max(1, count)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        date = f"{year:04d}-{month:02d}-{day:02d}"
        if i % 97 == 0:
            date = f"{year:04d}-{month:02d}"
        title = f"{rng.choice(subjects)} {rng.choice(topics)} {i}"
        if i % 211 == 0:
            title += ', with "quotes" and a comma'
        if i % 1009 == 0:
            title += "\nand a second line"
        row = [f"e{i}", date, rng.choice(kinds), title, rng.choice(places),
               ";".join(rng.sample(sectors, rng.randint(1, 2))), rng.choice(people),
               rng.choice(sources), rng.choice(["high", "medium", "low"])]
        f.write(",".join(quote(field) for field in row) + "\r\n")

with open(os.path.join(out, "trade.csv"), "w", encoding="utf-8") as f:
    f.write("period,reporter,measure,value,source,confidence,note\n")
    for year in range(2000, 2025):
        f.write(f"{year},A,turnover,{100 + (year - 2000) * 9.5:.1f},agency,high,\n")
        f.write(f"{year},A,exports:A,{60 + year % 13},agency,high,\n")
        f.write(f"{year},A,exports:B,{40 + year % 7},agency,medium,\n")
        f.write(f"FY{year}-{(year + 1) % 100:02d},B,turnover,{95 + (year - 2000) * 9.1:.1f},ministry,medium,fiscal\n")

with open(os.path.join(out, "relation.yaml"), "w", encoding="utf-8") as f:
    f.write("schema: 1\ntitle: Aland–Bland (synthetic tables)\nasOf: 2025-06-30\n")
    f.write("parties:\n  - {code: A, name: Aland}\n  - {code: B, name: Bland, fiscalYearStart: 7}\n")
    f.write("sources:\n")
    for s in sources:
        f.write(f"  - {{id: {s}, title: Synthetic {s}, publisher: Generator}}\n")
    f.write("trade:\n  currency: USD\n  unit: million\n  table: trade.csv\n")
    f.write("events:\n  table: events.csv\n")
    f.write("sectors:\n")
    for s in sectors:
        f.write(f"  - {{id: {s}, name: {s.capitalize()}, status: active}}\n")

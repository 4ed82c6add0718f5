#!/usr/bin/env python3
"""Write a large synthetic record set for scripts/bench-store, in the API's JSON format.

The demo municipality's records (Data/demo) are the templates: each generated citizen, company,
opening and slot copies a template's fields with a fresh id, a municipality and location spread
over Denmark, and (companies) a fresh valid CVR number; so every record passes matchd's
validation. Deterministic (fixed seed), stdlib only, written record by record.

Usage: scripts/bench-store-data.py OUT_DIR CITIZENS [COMPANIES] [OPENINGS] [SLOTS]
"""
import json
import os
import random
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "Data", "demo")


def load(name):
    with open(os.path.join(DEMO, name), encoding="utf-8") as f:
        return json.load(f)


def main():
    out, citizens = sys.argv[1], int(sys.argv[2])
    companies = int(sys.argv[3]) if len(sys.argv) > 3 else max(1, citizens // 50)
    openings = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, citizens // 20)
    slots = int(sys.argv[5]) if len(sys.argv) > 5 else max(1, citizens // 200)
    rng = random.Random(20261123)
    munis = json.load(open(os.path.join(ROOT, "Data", "taxonomy", "municipalities.json"), encoding="utf-8"))
    os.makedirs(out, exist_ok=True)

    def new_id():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def place(record):
        m = rng.choice(munis)
        lat = min(57.7, max(54.6, m["lat"] + rng.uniform(-0.1, 0.1)))
        lon = min(15.2, max(8.1, m["lon"] + rng.uniform(-0.1, 0.1)))
        record["municipalityCode"] = m["code"]
        record["location"] = {"lat": round(lat, 5), "lon": round(lon, 5)}

    def write(name, count, make):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("[")
            for i in range(count):
                if i:
                    f.write(",\n")
                f.write(json.dumps(make(i), ensure_ascii=False, separators=(",", ":")))
            f.write("]\n")

    def cvrs():
        weights = [2, 7, 6, 5, 4, 3, 2, 1]
        prefix = 1000000
        while True:
            digits = [int(d) for d in str(prefix)]
            rest = sum(d * w for d, w in zip(digits, weights)) % 11
            check = (11 - rest) % 11
            if check < 10:
                yield str(prefix) + str(check)
            prefix += 1

    citizen_templates = load("citizens.json")

    def citizen(i):
        record = dict(rng.choice(citizen_templates))
        record["id"] = new_id()
        record["name"] = f"Borger {i}"
        record["email"] = f"borger{i}@example.dk"
        place(record)
        return record

    company_ids = []
    cvr = cvrs()
    company_templates = load("companies.json")

    def company(i):
        record = dict(rng.choice(company_templates))
        record["id"] = new_id()
        record["cvr"] = next(cvr)
        record["name"] = f"Virksomhed {i} ApS"
        place(record)
        company_ids.append(record["id"])
        return record

    def vacancy(templates):
        def make(i):
            record = dict(rng.choice(templates))
            record["id"] = new_id()
            record["companyId"] = rng.choice(company_ids)
            place(record)
            record.pop("municipalityCode")
            return record
        return make

    write("citizens.json", citizens, citizen)
    write("companies.json", companies, company)
    write("openings.json", openings, vacancy(load("openings.json")))
    write("slots.json", slots, vacancy(load("slots.json")))


if __name__ == "__main__":
    main()

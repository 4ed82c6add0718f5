#!/usr/bin/env python3
"""Writes Data/demo/placements.json: a few months of placement history for the demo
municipality (deterministic, fixed seed, standard library only).

Times are relative to the moment the demo is seeded (`startDaysAgo`, `daysAfterStart`), so
the caseload overview of `make run` always shows the last months alive. Active placements
progress in steps up to the citizen's current weekly hours; ended ones carry an outcome.
    python3 scripts/generate_demo_history.py
"""
import json
import random
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "Data" / "demo"
rng = random.Random(615)
citizens = [c for c in json.loads((DEMO / "citizens.json").read_text()) if c["municipalityCode"] == "615"]
openings = [o for o in json.loads((DEMO / "openings.json").read_text()) if o["status"] == "open"]
slots = [s for s in json.loads((DEMO / "slots.json").read_text()) if s["status"] == "open" and s["occupied"] < s["capacity"]]
free = {s["id"]: s["capacity"] - s["occupied"] for s in slots}
notes = ["Godt i gang", "Flere timer efter aftale", "Trives med opgaverne", "Mentor tilfreds", "Mere ansvar", "Stabilt fremmøde"]
outcomes = ["hiredFlexJob", "hiredOrdinaryHours", "continuedTraining", "endedByCitizen", "endedByCompany", "endedForHealthReasons"]

rng.shuffle(citizens)
placements = []
for index, citizen in enumerate(citizens[:36]):
    active = index < 22
    kinds = [k for k in citizen["acceptedKinds"] if k != "flexJob" or citizen["status"] == "flexJobApproved"]
    kind = rng.choice(kinds)
    if kind == "workTrial" and free and rng.random() < 0.6:
        vacancy = rng.choice([s for s in slots if free[s["id"]] > 0] or slots)
        if free.get(vacancy["id"], 0) <= 0 or not active:
            vacancy = rng.choice(openings)
    else:
        vacancy = rng.choice(openings)
    if active and vacancy["id"] in free:
        free[vacancy["id"]] -= 1
    start_days_ago = rng.randint(20, 150)
    current = float(citizen["hours"]["current"])
    steps = rng.randint(1, 4)
    progress, hours = [], max(1.0, round(current / (steps + 1) * 2) / 2)
    for step in range(steps):
        day = min(start_days_ago - 1, 14 * (step + 1) + rng.randint(0, 6))
        weekly = current if (active and step == steps - 1) else min(current, hours + step * max(1.0, round(current / steps)))
        paid = 0.0 if kind == "workTrial" else round(weekly * rng.choice([0.0, 0.5, 1.0]) * 2) / 2
        progress.append({"daysAfterStart": day, "weeklyHours": weekly, "paidHours": min(paid, weekly), "note": rng.choice(notes)})
    record = {
        "citizenId": citizen["id"], "vacancyId": vacancy["id"], "kind": kind, "startDaysAgo": start_days_ago,
        "plannedEndDaysAfterStart": None if kind == "flexJob" else rng.choice([56, 91, 182]),
        "agreedHours": progress[0]["weeklyHours"], "mentorName": rng.choice(["Bente", "Jens", "Mette", "Ali", "Karen"]) if vacancy in slots else None,
        "progress": progress,
    }
    if not active:
        record["ended"] = {"daysAfterStart": min(start_days_ago - 1, rng.randint(20, 90)), "outcome": rng.choice(outcomes)}
        record["progress"] = [p for p in progress if p["daysAfterStart"] < record["ended"]["daysAfterStart"]] or progress[:1]
    placements.append(record)

(DEMO / "placements.json").write_text(json.dumps(placements, ensure_ascii=False, indent=1) + "\n")
print(f"wrote {len(placements)} placements ({sum('ended' not in p for p in placements)} active)")

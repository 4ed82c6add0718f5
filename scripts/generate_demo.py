#!/usr/bin/env python3
"""Generate the synthetic demo data set for matchd.

Reads Data/taxonomy/*.json and writes Data/demo/{citizens,companies,openings,slots}.json
in the record formats of the matchd API. Deterministic (fixed seed), stdlib only.
All persons, companies and e-mail addresses are invented.

Usage: python3 scripts/generate_demo.py
"""
import json
import math
import os
import random
import uuid

SEED = 20240615
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAX = os.path.join(ROOT, "Data", "taxonomy")
OUT = os.path.join(ROOT, "Data", "demo")

N_CITIZENS = 400
N_COMPANIES = 80
N_OPENINGS = 180
N_SLOTS = 25
N_SLOT_COMPANIES = 12

rng = random.Random(SEED)


def load(name):
    with open(os.path.join(TAX, name), encoding="utf-8") as f:
        return json.load(f)


COMP = load("competencies.json")
OCC = load("occupations.json")["occupations"]
ACC = load("accommodations.json")
MUNI = load("municipalities.json")

COMP_CODES = {c["code"] for c in COMP["competencies"]}
OCC_BY_CODE = {o["code"]: o for o in OCC}
NEED_CODES = {n["code"] for n in ACC["needs"]}
OFFER_CODES = {o["code"] for o in ACC["offers"]}
DEMAND_CODES = {d["code"] for d in ACC["demands"]}
MUNI_BY_CODE = {m["code"]: m for m in MUNI}


def new_id():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def wchoice(pairs):
    """Weighted choice from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- geography
# Demo municipality Horsens (615) and neighbours. Town centre = municipality lat/lon.
HOME = "615"
NEIGHBOURS = ["766", "746", "630", "727"]  # Hedensted, Skanderborg, Vejle, Odder
TOWN = {"615": "Horsens", "766": "Hedensted", "746": "Skanderborg", "630": "Vejle", "727": "Odder"}


def scatter(code, max_km=25.0, typical_km=7.0):
    """A point scattered around the municipality's main town (half-normal radius, capped)."""
    m = MUNI_BY_CODE[code]
    r = min(max_km, abs(rng.gauss(0, typical_km)))
    a = rng.random() * 2 * math.pi
    dlat = (r * math.cos(a)) / 111.0
    dlon = (r * math.sin(a)) / (111.0 * math.cos(math.radians(m["lat"])))
    return {"lat": round(m["lat"] + dlat, 5), "lon": round(m["lon"] + dlon, 5)}


def jitter(loc, km=0.3):
    return {"lat": round(loc["lat"] + rng.uniform(-km, km) / 111.0, 5),
            "lon": round(loc["lon"] + rng.uniform(-km, km) / 63.0, 5)}


# ---------------------------------------------------------------- names
FIRST = ["Anna", "Mette", "Lene", "Susanne", "Hanne", "Kirsten", "Pia", "Camilla", "Louise", "Maria",
         "Tina", "Charlotte", "Julie", "Sofie", "Emma", "Ida", "Birgitte", "Helle", "Marianne", "Dorthe",
         "Jette", "Karina", "Sara", "Line", "Nanna", "Fatima", "Amira", "Aisha", "Ewa", "Agnieszka",
         "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jesper", "Martin", "Anders",
         "Niels", "Morten", "Rasmus", "Jan", "Per", "Kim", "Mads", "Mikkel", "Frederik", "Jonas",
         "Kasper", "Christian", "Bo", "Torben", "Allan", "Brian", "Ali", "Mohammed", "Ahmad", "Tomasz"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen",
        "Lund", "Holm", "Schmidt", "Eriksen", "Kjær", "Bach", "Dahl", "Lauridsen", "Skov", "Vestergaard",
        "Østergaard", "Bak", "Thygesen", "Hussein", "Ali", "Kowalski", "Nowak", "Yilmaz"]


def ascii_fold(s):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"), ("é", "e")):
        s = s.replace(a, b)
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in ".-")


used_emails = set()


def make_email(local):
    base = ascii_fold(local)
    e = base + "@example.dk"
    n = 2
    while e in used_emails:
        e = f"{base}{n}@example.dk"
        n += 1
    used_emails.add(e)
    return e


used_phones = set()


def make_phone():
    while True:
        p = "+45" + str(rng.choice([2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        if p not in used_phones:
            used_phones.add(p)
            return p


# ---------------------------------------------------------------- CVR
CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1]


def cvr_ok(cvr):
    return (len(cvr) == 8 and cvr.isdigit() and cvr[0] != "0"
            and sum(int(d) * w for d, w in zip(cvr, CVR_WEIGHTS)) % 11 == 0)


used_cvr = set()


def make_cvr():
    while True:
        digits = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(6)]
        s = sum(d * w for d, w in zip(digits, CVR_WEIGHTS[:7]))
        check = (-s) % 11
        if check == 10:
            continue  # no valid check digit for this prefix
        cvr = "".join(map(str, digits)) + str(check)
        if cvr not in used_cvr:
            used_cvr.add(cvr)
            return cvr


# ---------------------------------------------------------------- sectors
# name patterns ({town}, {last}), DB07 codes, occupations, demand and offer probabilities, remote possible
SECTORS = {
    "supermarket": dict(w=8, names=["{town} Dagligvarer ApS", "Købmand {last} ApS", "SuperKøb {town} A/S", "Nærkøb {town} ApS"],
                        db07=["471110", "471120"],
                        occ=["supermarket-assistant", "shelf-filler", "cashier", "deli-assistant", "bake-off-assistant", "click-collect-picker", "shop-assistant"],
                        dem={"customer-contact": .85, "standing-long": .6, "weekend-work": .45, "evening-shifts": .35, "heavy-lifting": .25, "time-pressure": .3, "crowds": .2, "early-start": .3},
                        off={"lifting-aids": .25, "rest-area": .3, "backoffice-tasks": .2}),
    "retail": dict(w=4, names=["{last}s Boligudstyr ApS", "{town} Sko & Tøj ApS", "Grønne Fingre Havecenter ApS", "Dyrenes Butik {town} ApS", "Genbrugsbutikken {town}"],
                   db07=["475990", "477110", "477620", "477900"],
                   occ=["shop-assistant", "garden-centre-assistant", "pet-shop-assistant", "second-hand-shop-assistant", "cashier"],
                   dem={"customer-contact": .9, "standing-long": .5, "weekend-work": .5, "heavy-lifting": .15},
                   off={"rest-area": .3, "varied-tasks": .4}),
    "cleaning": dict(w=7, names=["{town} Rengøring ApS", "Østjysk Rengøringsservice ApS", "Rent & Pænt {town} I/S", "{last} Erhvervsrengøring ApS", "Glans Serviceteam ApS"],
                     db07=["812100", "812200"],
                     occ=["cleaning-assistant", "office-cleaner", "commercial-cleaner", "school-cleaner", "window-cleaner", "stairwell-cleaner", "machine-floor-cleaner", "production-cleaner"],
                     dem={"chemicals": .6, "walking-long": .45, "standing-long": .4, "early-start": .4, "evening-shifts": .3, "repetitive-work": .3, "time-pressure": .3, "heavy-lifting": .1, "stairs": .2},
                     off={"ergonomic-tools": .4, "individual-workspace": .35, "clear-instructions": .3}),
    "warehouse": dict(w=7, names=["{town} Lager ApS", "Midtjysk Logistik A/S", "{last} Transport & Lager ApS", "Fjordens Distributionscenter ApS", "Nordic Webshop Fulfilment ApS"],
                      db07=["521000", "494100", "479110"],
                      occ=["warehouse-worker", "order-picker", "forklift-driver", "stock-clerk", "goods-receiver", "returns-handler", "webshop-packer", "freight-handler", "delivery-driver"],
                      dem={"heavy-lifting": .6, "time-pressure": .45, "machine-operation": .3, "noisy-environment": .3, "walking-long": .5, "shift-work": .3, "early-start": .35, "cold-environment": .12, "repetitive-work": .3},
                      off={"lifting-aids": .35, "ergonomic-tools": .2}),
    "kitchen": dict(w=6, names=["Kantinen ved Fjorden ApS", "{town} Madhus ApS", "Café {last}", "Smørrebrødshuset {town} I/S", "Restaurant Havnen {town} ApS"],
                    db07=["562900", "561010", "562100"],
                    occ=["kitchen-assistant", "dishwasher", "canteen-assistant", "sandwich-maker", "cook-helper", "cafe-assistant", "waiter", "institutional-kitchen-assistant"],
                    dem={"standing-long": .7, "time-pressure": .4, "strong-scents": .5, "noisy-environment": .3, "early-start": .35, "chemicals": .15, "heavy-lifting": .2, "evening-shifts": .2, "weekend-work": .2},
                    off={"rest-area": .3}),
    "bakery": dict(w=2, names=["Bybageren I/S", "{last}s Bageri ApS", "Det Gode Brød {town} ApS"],
                   db07=["107120"],
                   occ=["baker-assistant", "bakery-shop-assistant", "bake-off-assistant"],
                   dem={"early-start": .7, "standing-long": .6, "weekend-work": .5, "strong-scents": .4, "customer-contact": .5, "time-pressure": .3},
                   off={}),
    "care": dict(w=6, names=["Plejecenter Solgården", "Plejehjemmet Lindely", "Hjemmeplejen {town} ApS", "Bostedet Engly", "Aktivitetscentret {town}"],
                 db07=["871000", "873000", "881000"],
                 occ=["care-helper", "home-carer", "activity-worker", "visiting-friend", "dementia-care-helper", "support-worker"],
                 dem={"heavy-lifting": .3, "evening-shifts": .35, "weekend-work": .45, "driving": .25, "conflict-handling": .2, "paperwork": .3, "shift-work": .25, "walking-long": .3},
                 off={"lifting-aids": .6, "mentor": .3}),
    "childcare": dict(w=4, names=["Børnehuset Mariehønen", "Daginstitution Solsikken", "{town} Friskole", "Fritidsklubben Kløveren", "Børnehaven Skovtrolden"],
                      db07=["889130", "852010", "889120"],
                      occ=["childcare-assistant", "kindergarten-helper", "teaching-assistant", "after-school-assistant", "youth-club-assistant", "school-kitchen-assistant"],
                      dem={"responsibility-for-children": .9, "noisy-environment": .6, "crowds": .3, "outdoor-work": .25, "standing-long": .2},
                      off={"mentor": .3}),
    "office": dict(w=6, names=["{last} Revision ApS", "{town} Bogføringsservice ApS", "Administrationshuset {town} ApS", "Kundeservice Midt ApS", "Advokatkontoret {last} & Co.", "{town} Boligselskab"],
                   db07=["692000", "702200", "822000", "691000", "683200"],
                   occ=["office-assistant", "office-helper", "receptionist", "secretary", "data-entry-clerk", "scanning-clerk", "filing-clerk", "bookkeeper", "accounts-clerk", "payroll-clerk", "customer-service-agent", "call-centre-agent", "order-clerk", "hr-assistant"],
                   dem={"screen-work-full-day": .45, "paperwork": .55, "customer-contact": .3, "open-plan-office": .35, "time-pressure": .2},
                   off={"seated-workstation": .7, "height-adjustable-desk": .6, "quiet-room": .3, "individual-workspace": .3, "assistive-software": .15, "backoffice-tasks": .3, "home-office": .25},
                   remote=True),
    "it": dict(w=3, names=["{town} IT-Service ApS", "Kodehuset ApS", "ReBoot IT Genbrug ApS", "Fjord Media ApS", "{last} Grafisk ApS"],
               db07=["620100", "620900", "951100", "731100", "181200"],
               occ=["it-supporter", "it-refurbisher", "web-editor", "software-tester", "junior-developer", "data-assistant", "graphic-designer", "communication-assistant", "print-shop-worker"],
               dem={"screen-work-full-day": .5, "paperwork": .2, "time-pressure": .25, "open-plan-office": .3},
               off={"seated-workstation": .7, "height-adjustable-desk": .7, "quiet-room": .35, "individual-workspace": .4, "home-office": .35, "dimmable-lighting": .2},
               remote=True),
    "caretaker": dict(w=3, names=["{town} Ejendomsservice ApS", "Boligforeningen Fjordparken", "Teknisk Service {town} I/S"],
                      db07=["811000", "683200"],
                      occ=["building-caretaker", "property-service-worker", "janitor-helper", "handyman"],
                      dem={"outdoor-work": .5, "heavy-lifting": .3, "stairs": .4, "working-at-heights": .15, "driving": .2, "early-start": .3},
                      off={"varied-tasks": .6}),
    "green": dict(w=4, names=["{last} Anlægsgartner ApS", "Grønne Områder {town} I/S", "Gartneriet Fjordlyst", "{town} Planteskole ApS"],
                  db07=["813000", "013000", "477620"],
                  occ=["green-area-worker", "park-worker", "greenhouse-worker", "gardener", "cemetery-worker"],
                  dem={"outdoor-work": .85, "machine-operation": .4, "heavy-lifting": .3, "dust-exposure": .2, "early-start": .3, "repetitive-work": .2},
                  off={"varied-tasks": .5}),
    "transport": dict(w=3, names=["{town} Taxa ApS", "Midtjysk Flexkørsel ApS", "{last} Budservice ApS", "Madservice {town} I/S"],
                      db07=["493200", "493900", "532000"],
                      occ=["delivery-driver", "courier", "meal-delivery-driver", "taxi-driver", "special-transport-driver", "truck-driver", "bus-driver"],
                      dem={"driving": 1.0, "time-pressure": .5, "heavy-lifting": .25, "early-start": .3, "customer-contact": .35, "evening-shifts": .2, "weekend-work": .2},
                      off={}),
    "building": dict(w=4, names=["{last} Tømrer & Snedker ApS", "{town} Malerfirma ApS", "Byg & Anlæg {town} A/S", "{last} Smedie ApS", "Murer- og Flisefirma {last} ApS"],
                     db07=["412000", "433200", "433400", "251100", "433300"],
                     occ=["construction-labourer", "carpenter-assistant", "painter-assistant", "tiler-assistant", "welder", "metalworker-helper", "joiner-assistant", "construction-cleaner", "scaffolder-helper"],
                     dem={"heavy-lifting": .5, "dust-exposure": .5, "noisy-environment": .5, "working-at-heights": .3, "outdoor-work": .35, "machine-operation": .3, "early-start": .45},
                     off={"lifting-aids": .25}),
    "production": dict(w=6, names=["{town} Plast A/S", "Fjordens Metalvarefabrik A/S", "Nordisk Emballage ApS", "{last} Elektronikmontage ApS", "Mejeriet Fjordbakken A/S", "{town} Pakkeservice ApS"],
                       db07=["222900", "256200", "829200", "279000", "105100", "101300"],
                       occ=["production-worker", "machine-operator", "packer", "assembly-worker", "kitting-operator", "labelling-operator", "food-production-worker", "quality-inspector", "plastic-moulding-operator", "mailing-assistant", "cnc-operator", "butcher-assistant"],
                       dem={"repetitive-work": .55, "machine-operation": .5, "noisy-environment": .4, "standing-long": .5, "shift-work": .3, "time-pressure": .3, "heavy-lifting": .2, "cold-environment": .1},
                       off={"seated-workstation": .3, "lifting-aids": .2, "noise-cancelling": .3}),
    "hotel": dict(w=3, names=["Hotel Fjordstrand", "{town} Byhotel ApS", "Kro & Konference {last} ApS"],
                  db07=["551000"],
                  occ=["room-attendant", "hotel-receptionist", "breakfast-assistant", "conference-assistant", "hotel-porter", "dishwasher"],
                  dem={"weekend-work": .5, "customer-contact": .4, "time-pressure": .4, "walking-long": .35, "chemicals": .25, "early-start": .3},
                  off={}),
    "laundry": dict(w=2, names=["{town} Vaskeri ApS", "Linnedservice Midt A/S"],
                    db07=["960100"],
                    occ=["laundry-worker", "presser", "seamstress"],
                    dem={"standing-long": .5, "repetitive-work": .5, "chemicals": .2, "noisy-environment": .3, "heavy-lifting": .2},
                    off={"seated-workstation": .3}),
    "recycling": dict(w=3, names=["Genbrugspladsen {town} I/S", "Cirkulær Genbrug Midt ApS", "Affaldsselskabet Fjord I/S"],
                      db07=["383200", "381100", "477900"],
                      occ=["recycling-centre-worker", "waste-sorter", "refuse-collector", "repair-reuse-worker", "electronics-dismantler", "second-hand-shop-assistant"],
                      dem={"outdoor-work": .5, "heavy-lifting": .4, "dust-exposure": .3, "customer-contact": .3, "early-start": .3},
                      off={"varied-tasks": .3}),
    "animals": dict(w=2, names=["{last}s Rideskole", "Hundepensionen Skovly ApS", "Dyreparken ved Fjorden", "Gården {last} I/S"],
                    db07=["931900", "960900", "910400", "014100"],
                    occ=["stable-hand", "kennel-assistant", "animal-caretaker", "dog-groomer", "farm-worker", "field-worker"],
                    dem={"animal-contact": 1.0, "outdoor-work": .5, "heavy-lifting": .25, "weekend-work": .35, "early-start": .4},
                    off={"varied-tasks": .3}),
    "sports": dict(w=2, names=["{town} Idrætscenter", "FitLiv {town} ApS", "Svømmehallen {town}"],
                   db07=["931100", "931300"],
                   occ=["sports-hall-attendant", "fitness-instructor", "pool-attendant", "sports-coach-assistant"],
                   dem={"customer-contact": .5, "weekend-work": .4, "evening-shifts": .5, "standing-long": .3},
                   off={}),
    "vehicle": dict(w=2, names=["{last} Autoværksted ApS", "{town} Bilvask & Klargøring ApS", "Cykelsmeden {town}"],
                    db07=["452000", "452010", "476410"],
                    occ=["car-mechanic-assistant", "tyre-fitter", "car-preparer", "car-washer", "spare-parts-clerk", "bicycle-mechanic"],
                    dem={"heavy-lifting": .3, "chemicals": .3, "noisy-environment": .3, "standing-long": .4, "customer-contact": .2},
                    off={"lifting-aids": .3}),
    "culture": dict(w=2, names=["{town} Kulturhus", "Museet ved Fjorden", "{town} Bibliotek"],
                    db07=["910100", "910200", "900400"],
                    occ=["library-assistant", "museum-attendant", "ticket-clerk", "event-assistant", "information-clerk"],
                    dem={"customer-contact": .6, "standing-long": .3, "weekend-work": .4, "crowds": .3, "evening-shifts": .2},
                    off={"quiet-room": .2}),
    "security": dict(w=1, names=["{town} Vagtservice ApS", "Sikker Vagt Midt ApS"],
                     db07=["801000"],
                     occ=["security-guard", "parking-attendant"],
                     dem={"night-shifts": .5, "evening-shifts": .5, "walking-long": .5, "conflict-handling": .5, "weekend-work": .4, "outdoor-work": .3},
                     off={}),
    "hospital": dict(w=2, names=["Sygehusservice Fjord A/S", "Privathospitalet Fjordklinikken ApS"],
                     db07=["861000"],
                     occ=["hospital-porter", "hospital-service-assistant", "sterile-assistant", "hospital-cleaner"],
                     dem={"walking-long": .6, "shift-work": .3, "weekend-work": .3, "heavy-lifting": .25, "time-pressure": .3, "chemicals": .2},
                     off={"lifting-aids": .4}),
}

# name pattern -> (DB07 code, occupations) where a sector's companies differ
_M = {
    "{last}s Boligudstyr ApS": ("475990", ["shop-assistant", "cashier"]),
    "{town} Sko & Tøj ApS": ("477110", ["shop-assistant", "cashier"]),
    "Grønne Fingre Havecenter ApS": ("477620", ["garden-centre-assistant", "cashier", "shop-assistant"]),
    "Dyrenes Butik {town} ApS": ("477640", ["pet-shop-assistant", "cashier"]),
    "Genbrugsbutikken {town}": ("477900", ["second-hand-shop-assistant", "cashier"]),
    "{town} Lager ApS": ("521000", ["warehouse-worker", "order-picker", "forklift-driver", "stock-clerk", "goods-receiver", "freight-handler"]),
    "Midtjysk Logistik A/S": ("494100", ["warehouse-worker", "freight-handler", "forklift-driver", "delivery-driver", "goods-receiver"]),
    "{last} Transport & Lager ApS": ("494100", ["warehouse-worker", "delivery-driver", "freight-handler", "forklift-driver"]),
    "Fjordens Distributionscenter ApS": ("521000", ["order-picker", "warehouse-worker", "forklift-driver", "returns-handler", "stock-clerk"]),
    "Nordic Webshop Fulfilment ApS": ("479110", ["webshop-packer", "order-picker", "returns-handler", "warehouse-worker"]),
    "Kantinen ved Fjorden ApS": ("562900", ["canteen-assistant", "kitchen-assistant", "dishwasher", "sandwich-maker", "institutional-kitchen-assistant"]),
    "{town} Madhus ApS": ("562900", ["kitchen-assistant", "cook-helper", "institutional-kitchen-assistant", "dishwasher"]),
    "Café {last}": ("561010", ["cafe-assistant", "waiter", "dishwasher", "kitchen-assistant"]),
    "Smørrebrødshuset {town} I/S": ("561010", ["sandwich-maker", "kitchen-assistant", "dishwasher"]),
    "Restaurant Havnen {town} ApS": ("561010", ["waiter", "dishwasher", "kitchen-assistant", "cook-helper"]),
    "Plejecenter Solgården": ("871000", ["care-helper", "activity-worker", "dementia-care-helper", "visiting-friend"]),
    "Plejehjemmet Lindely": ("871000", ["care-helper", "activity-worker", "dementia-care-helper"]),
    "Hjemmeplejen {town} ApS": ("881000", ["home-carer", "visiting-friend"]),
    "Bostedet Engly": ("873000", ["support-worker", "activity-worker"]),
    "Aktivitetscentret {town}": ("881000", ["activity-worker", "visiting-friend"]),
    "Børnehuset Mariehønen": ("889130", ["childcare-assistant", "kindergarten-helper"]),
    "Daginstitution Solsikken": ("889130", ["childcare-assistant", "kindergarten-helper", "school-kitchen-assistant"]),
    "{town} Friskole": ("852010", ["teaching-assistant", "after-school-assistant", "school-kitchen-assistant"]),
    "Fritidsklubben Kløveren": ("889140", ["youth-club-assistant", "after-school-assistant"]),
    "Børnehaven Skovtrolden": ("889120", ["kindergarten-helper", "childcare-assistant"]),
    "{last} Revision ApS": ("692000", ["bookkeeper", "accounts-clerk", "office-assistant", "scanning-clerk", "payroll-clerk"]),
    "{town} Bogføringsservice ApS": ("692000", ["bookkeeper", "accounts-clerk", "payroll-clerk", "data-entry-clerk"]),
    "Administrationshuset {town} ApS": ("821100", ["office-assistant", "office-helper", "receptionist", "secretary", "filing-clerk", "hr-assistant"]),
    "Kundeservice Midt ApS": ("822000", ["customer-service-agent", "call-centre-agent", "order-clerk", "data-entry-clerk"]),
    "Advokatkontoret {last} & Co.": ("691000", ["secretary", "receptionist", "filing-clerk", "scanning-clerk", "office-helper"]),
    "{town} Boligselskab": ("683200", ["office-assistant", "receptionist", "customer-service-agent", "data-entry-clerk"]),
    "{town} IT-Service ApS": ("620900", ["it-supporter", "it-refurbisher", "data-assistant"]),
    "Kodehuset ApS": ("620100", ["junior-developer", "software-tester", "web-editor", "data-assistant"]),
    "ReBoot IT Genbrug ApS": ("951100", ["it-refurbisher", "it-supporter"]),
    "Fjord Media ApS": ("731100", ["communication-assistant", "web-editor", "graphic-designer", "photographer"]),
    "{last} Grafisk ApS": ("181200", ["graphic-designer", "print-shop-worker", "photographer"]),
    "{town} Ejendomsservice ApS": ("811000", ["property-service-worker", "janitor-helper", "handyman", "building-caretaker"]),
    "Boligforeningen Fjordparken": ("683200", ["building-caretaker", "property-service-worker", "janitor-helper"]),
    "Teknisk Service {town} I/S": ("811000", ["building-caretaker", "handyman", "janitor-helper"]),
    "{last} Anlægsgartner ApS": ("813000", ["green-area-worker", "gardener"]),
    "Grønne Områder {town} I/S": ("813000", ["green-area-worker", "park-worker", "cemetery-worker"]),
    "Gartneriet Fjordlyst": ("013000", ["greenhouse-worker", "gardener"]),
    "{town} Planteskole ApS": ("013000", ["greenhouse-worker", "gardener", "garden-centre-assistant"]),
    "{town} Taxa ApS": ("493200", ["taxi-driver", "special-transport-driver"]),
    "Midtjysk Flexkørsel ApS": ("493900", ["special-transport-driver", "taxi-driver", "bus-driver"]),
    "{last} Budservice ApS": ("532000", ["courier", "delivery-driver", "truck-driver"]),
    "Madservice {town} I/S": ("562900", ["meal-delivery-driver", "kitchen-assistant"]),
    "{last} Tømrer & Snedker ApS": ("433200", ["carpenter-assistant", "joiner-assistant", "construction-labourer"]),
    "{town} Malerfirma ApS": ("433400", ["painter-assistant", "construction-cleaner"]),
    "Byg & Anlæg {town} A/S": ("412000", ["construction-labourer", "civil-labourer", "paving-worker", "scaffolder-helper", "construction-cleaner", "insulation-worker"]),
    "{last} Smedie ApS": ("251100", ["welder", "metalworker-helper"]),
    "Murer- og Flisefirma {last} ApS": ("433300", ["tiler-assistant", "construction-labourer"]),
    "{town} Plast A/S": ("222900", ["plastic-moulding-operator", "machine-operator", "production-worker", "quality-inspector", "packer"]),
    "Fjordens Metalvarefabrik A/S": ("256200", ["cnc-operator", "machine-operator", "production-worker", "quality-inspector", "assembly-worker"]),
    "Nordisk Emballage ApS": ("172100", ["production-worker", "machine-operator", "labelling-operator", "packer"]),
    "{last} Elektronikmontage ApS": ("279000", ["assembly-worker", "kitting-operator", "quality-inspector", "packer"]),
    "Mejeriet Fjordbakken A/S": ("105100", ["food-production-worker", "labelling-operator", "packer", "production-cleaner"]),
    "{town} Pakkeservice ApS": ("829200", ["packer", "kitting-operator", "mailing-assistant", "labelling-operator"]),
    "Hotel Fjordstrand": ("551000", ["room-attendant", "hotel-receptionist", "breakfast-assistant", "conference-assistant", "hotel-porter", "dishwasher"]),
    "{town} Byhotel ApS": ("551000", ["room-attendant", "hotel-receptionist", "breakfast-assistant", "hotel-porter"]),
    "Kro & Konference {last} ApS": ("551000", ["room-attendant", "conference-assistant", "breakfast-assistant", "dishwasher"]),
    "Genbrugspladsen {town} I/S": ("381100", ["recycling-centre-worker", "waste-sorter"]),
    "Cirkulær Genbrug Midt ApS": ("383200", ["waste-sorter", "electronics-dismantler", "repair-reuse-worker"]),
    "Affaldsselskabet Fjord I/S": ("381100", ["refuse-collector", "recycling-centre-worker", "waste-sorter"]),
    "{last}s Rideskole": ("931900", ["stable-hand"]),
    "Hundepensionen Skovly ApS": ("960900", ["kennel-assistant", "dog-groomer"]),
    "Dyreparken ved Fjorden": ("910400", ["animal-caretaker", "ticket-clerk"]),
    "Gården {last} I/S": ("014100", ["farm-worker", "field-worker"]),
    "{town} Idrætscenter": ("931100", ["sports-hall-attendant", "sports-coach-assistant"]),
    "FitLiv {town} ApS": ("931300", ["fitness-instructor"]),
    "Svømmehallen {town}": ("931100", ["pool-attendant", "sports-hall-attendant"]),
    "{last} Autoværksted ApS": ("452010", ["car-mechanic-assistant", "tyre-fitter", "spare-parts-clerk", "car-washer"]),
    "{town} Bilvask & Klargøring ApS": ("452020", ["car-washer", "car-preparer"]),
    "Cykelsmeden {town}": ("476410", ["bicycle-mechanic"]),
    "{town} Kulturhus": ("900400", ["event-assistant", "ticket-clerk", "information-clerk"]),
    "Museet ved Fjorden": ("910200", ["museum-attendant", "ticket-clerk"]),
    "{town} Bibliotek": ("910100", ["library-assistant", "information-clerk"]),
}
NAME_META = _M

# offers any workplace may give, with base probability
BASE_OFFERS = {"mentor": .35, "flexible-start": .35, "breaks-as-needed": .4, "rest-area": .2, "gradual-start": .4,
               "clear-instructions": .3, "day-shifts": .3, "weekdays-only": .25, "fixed-schedule": .3,
               "parking-nearby": .35, "step-free-access": .25, "accessible-toilet": .2, "short-shifts": .2,
               "low-time-pressure": .15, "varied-tasks": .15, "quiet-room": .08, "scent-free-workplace": .04,
               "dimmable-lighting": .04, "elevator": .1, "public-transport": .3, "ergonomic-tools": .1}


def pick_probs(probs):
    return [k for k, p in probs.items() if rng.random() < p]


def workplace_accommodations(sector, extra_offers=()):
    s = SECTORS[sector]
    demands = pick_probs(s["dem"])
    offers = dict(BASE_OFFERS)
    for k, p in s["off"].items():
        offers[k] = max(offers.get(k, 0), p)
    if not s.get("remote"):
        offers.pop("home-office", None)
    offers = pick_probs(offers)
    offers += [o for o in extra_offers if o not in offers]
    # keep offers consistent with demands
    if {"evening-shifts", "night-shifts", "shift-work"} & set(demands):
        offers = [o for o in offers if o != "day-shifts"]
    if "weekend-work" in demands:
        offers = [o for o in offers if o != "weekdays-only"]
    if "time-pressure" in demands:
        offers = [o for o in offers if o != "low-time-pressure"]
    if "stairs" in demands and "step-free-access" in offers:
        offers.remove("step-free-access")
    order = {c["code"]: i for i, c in enumerate(ACC["offers"])}
    dorder = {c["code"]: i for i, c in enumerate(ACC["demands"])}
    return sorted(set(offers), key=order.get), sorted(set(demands), key=dorder.get)


# ---------------------------------------------------------------- companies
occ_of = {}  # company id -> occupations its openings and slots draw from


def gen_companies():
    companies = []
    sector_of = {}
    names = set()
    sectors = list(SECTORS)
    # every sector at least once, the rest weighted
    plan = sectors[:] + [wchoice([(k, SECTORS[k]["w"]) for k in sectors]) for _ in range(N_COMPANIES - len(sectors))]
    rng.shuffle(plan)
    for sector in plan:
        s = SECTORS[sector]
        code = HOME if rng.random() < 0.72 else rng.choice(NEIGHBOURS)
        for _ in range(50):
            pattern = rng.choice(s["names"])
            name = pattern.format(town=TOWN[code], last=rng.choice(LAST))
            if name not in names:
                break
        else:
            name = f"{name} {len(names)}"
        names.add(name)
        db07, occ = NAME_META.get(pattern, (rng.choice(s["db07"]), s["occ"]))
        cid = new_id()
        local = rng.choice(["hr", "job", "kontakt", "info", "personale"]) + "." + ascii_fold(name.split()[0])
        companies.append({
            "id": cid,
            "cvr": make_cvr(),
            "name": name,
            "industry": db07,
            "municipalityCode": code,
            "location": scatter(code, max_km=12, typical_km=3.5),
            "contactEmail": make_email(local),
        })
        sector_of[cid] = sector
        occ_of[cid] = occ
    return companies, sector_of


# ---------------------------------------------------------------- openings & slots
KIND_MIX = [("flexJob", 55), ("ordinaryHours", 15), ("workTrial", 15), ("wageSubsidy", 15)]


def opening_hours(kind):
    if kind == "flexJob":
        lo = rng.choice([2, 3, 4, 5, 6, 8, 8, 10, 10, 12, 15])
        hi = min(37, lo + rng.choice([0, 2, 4, 5, 7, 10, 12, 15]))
    elif kind == "ordinaryHours":
        lo = rng.choice([8, 10, 12, 15, 18, 20])
        hi = min(37, lo + rng.choice([0, 5, 10, 15, 17]))
    elif kind == "workTrial":
        lo = rng.choice([2, 3, 4, 5, 6])
        hi = rng.choice([10, 12, 15, 20, 25])
    else:  # wageSubsidy
        lo = rng.choice([10, 12, 15, 18, 20])
        hi = min(37, lo + rng.choice([5, 10, 15, 17]))
    return {"min": lo, "max": max(lo, hi)}


def opening_competencies(occ, n_min=2, n_max=6):
    codes = occ["competencies"][:]
    n = min(len(codes), rng.randint(n_min, n_max))
    # the occupation lists its most typical competencies first
    head = codes[:3]
    rng.shuffle(head)
    chosen = (head + codes[3:])[:n]
    n_ess = rng.randint(1, min(3, n))
    return [{"code": c, "level": wchoice([(1, 55), (2, 38), (3, 7)]), "essential": i < n_ess}
            for i, c in enumerate(chosen)]


KIND_WORD = {"flexJob": "Fleksjob", "ordinaryHours": "Job", "workTrial": "Virksomhedspraktik", "wageSubsidy": "Løntilskud"}


def opening_text(occ, kind, hours, company):
    h = hours["max"]
    title = rng.choice([
        f"{occ['da']} {hours['min']}-{h} timer" if hours["min"] != h else f"{occ['da']} {h} timer",
        f"{KIND_WORD[kind]} som {occ['da'].lower()}",
        f"{occ['da']} søges ({KIND_WORD[kind].lower()})",
    ])
    tasks = ", ".join(COMP_LABEL[c].lower() for c in occ["competencies"][:3])
    desc = (f"{company['name']} søger en {occ['da'].lower()} på {hours['min']}-{h} timer om ugen. "
            f"Opgaverne er bl.a. {tasks}. "
            + rng.choice(["Vi er en lille arbejdsplads med god tid til oplæring.",
                          "Du bliver en del af et rummeligt team, der er vant til at tage hensyn.",
                          "Der er mulighed for at starte med få timer og gradvist øge timetallet.",
                          "Vi lægger vægt på stabilitet og godt humør frem for tempo.",
                          "Arbejdstiden kan tilrettelægges efter dine behov."]))
    return title, desc


COMP_LABEL = {c["code"]: c["da"] for c in COMP["competencies"]}


def gen_openings(companies, sector_of):
    openings = []
    order = companies[:]
    # each company at least one opening, the rest spread with a preference for larger sectors
    plan = [c for c in order]
    while len(plan) < N_OPENINGS:
        c = rng.choice(order)
        plan.append(c)
    rng.shuffle(plan)
    for company in plan:
        sector = sector_of[company["id"]]
        s = SECTORS[sector]
        occ = OCC_BY_CODE[rng.choice(occ_of[company["id"]])]
        kind = wchoice(KIND_MIX)
        hours = opening_hours(kind)
        offers, demands = workplace_accommodations(sector)
        title, desc = opening_text(occ, kind, hours, company)
        openings.append({
            "id": new_id(),
            "companyId": company["id"],
            "title": title,
            "description": desc,
            "occupationCode": occ["code"],
            "kind": kind,
            "status": "open" if rng.random() < 0.9 else "closed",
            "hours": hours,
            "competencies": opening_competencies(occ),
            "offers": offers,
            "demands": demands,
            "location": jitter(company["location"]),
            "remote": bool(s.get("remote")) and rng.random() < 0.3,
        })
    return openings


SLOT_SECTORS = ["supermarket", "cleaning", "warehouse", "kitchen", "care", "green", "recycling", "hotel",
                "production", "laundry", "caretaker", "office", "childcare", "retail"]
SLOT_AREA = {"supermarket": "butik", "retail": "butik", "cleaning": "rengøring", "warehouse": "lager",
             "kitchen": "køkken", "care": "pleje og aktiviteter", "green": "grønne områder", "recycling": "genbrug",
             "hotel": "hotel og service", "production": "produktion", "laundry": "vaskeri",
             "caretaker": "pedel og service", "office": "kontor", "childcare": "børn og køkken"}


def gen_slots(companies, sector_of):
    cands = [c for c in companies if sector_of[c["id"]] in SLOT_SECTORS]
    rng.shuffle(cands)
    hosts, seen = [], set()
    for c in cands:  # prefer diverse sectors
        if sector_of[c["id"]] not in seen:
            hosts.append(c)
            seen.add(sector_of[c["id"]])
        if len(hosts) == N_SLOT_COMPANIES:
            break
    for c in cands:
        if len(hosts) == N_SLOT_COMPANIES:
            break
        if c not in hosts:
            hosts.append(c)
    plan = hosts[:] + [rng.choice(hosts) for _ in range(N_SLOTS - len(hosts))]
    slots = []
    for i, company in enumerate(plan):
        sector = sector_of[company["id"]]
        s = SECTORS[sector]
        occ = OCC_BY_CODE[rng.choice(occ_of[company["id"]])]
        with_occ = rng.random() < 0.8
        capacity = rng.randint(2, 6)
        occupied = capacity if rng.random() < 0.12 else rng.randint(0, capacity - 1)
        offers, demands = workplace_accommodations(sector, extra_offers=("mentor",))
        area = SLOT_AREA[sector]
        title = f"Virksomhedscenter: {area}" if not with_occ else f"Virksomhedscenter: {occ['da'].lower()}"
        desc = (f"{company['name']} har faste pladser til borgere i virksomhedspraktik eller løntilskud "
                f"inden for {area}. Hver borger får en fast mentor, og timetallet aftales individuelt.")
        if with_occ:
            comps = opening_competencies(occ, 2, 4)
        else:
            comps = [{"code": c, "level": 1, "essential": False}
                     for c in rng.sample(["general.punctuality", "general.teamwork", "general.follow-verbal-instructions",
                                          "general.service-minded", "general.hygiene"], 2)]
        slots.append({
            "id": new_id(),
            "companyId": company["id"],
            "title": title,
            "description": desc,
            "occupationCode": occ["code"] if with_occ else None,
            "kind": "workTrial" if rng.random() < 0.8 else "wageSubsidy",
            "status": "open",
            "capacity": capacity,
            "occupiedOutside": occupied,
            "hours": {"min": rng.choice([2, 3, 4]), "max": rng.choice([15, 18, 20, 25])},
            "competencies": comps,
            "offers": offers,
            "demands": demands,
            "location": jitter(company["location"]),
            "remote": False,
        })
    return slots


# ---------------------------------------------------------------- citizens
STATUS_MIX = [("flexJobApproved", 70), ("resourceProgramme", 12), ("activityReady", 10), ("jobReady", 8)]
NEED_WEIGHTS = {"no-heavy-lifting": 14, "quiet-surroundings": 9, "rest-area-access": 8, "flexible-start": 8,
                "day-shift-only": 7, "breaks-as-needed": 8, "few-disturbances": 6, "seated-work": 5,
                "standing-alternation": 5, "no-time-pressure": 6, "clear-instructions": 5, "fixed-routines": 4,
                "mentor-support": 5, "work-alone": 3, "no-customer-contact": 3, "reduced-screen-time": 3,
                "no-night-work": 4, "no-weekend-work": 4, "scent-free": 2, "light-sensitivity": 2, "step-free-access": 2,
                "no-machine-operation": 2, "no-driving": 2, "accessible-toilet": 2, "no-cold-environment": 2,
                "indoor-work": 2, "no-chemicals": 2, "limited-walking": 3, "no-heights": 2, "varied-work": 3,
                "dust-free": 1, "no-animal-contact": 1, "gradual-start": 4, "short-shifts": 3, "home-working": 1,
                "parking-close": 2, "public-transport-access": 2, "reading-support": 2, "no-conflict-situations": 2,
                "ergonomic-workstation": 2, "no-responsibility-for-children": 1, "no-paperwork": 1}
GENERAL_COMPS = ["general.punctuality", "general.teamwork", "general.danish", "general.english", "general.computer-basics",
                 "general.driving-licence-b", "general.service-minded", "general.work-independently",
                 "general.follow-verbal-instructions", "general.hygiene", "general.smartphone-apps", "general.quality-awareness"]

# occupations grouped by first-competency group (for related secondary goals)
OCC_GROUP = {}
for o in OCC:
    OCC_GROUP.setdefault(o["competencies"][0].split(".")[0], []).append(o["code"])


def citizen_hours(status):
    if status == "flexJobApproved":
        cur = wchoice([(0.5, 3), (1, 4), (2, 12), (3, 8), (4, 12), (5, 6), (6, 8), (8, 10), (10, 8), (12, 6), (15, 4)])
        tgt = wchoice([(8, 16), (10, 16), (12, 16), (15, 16), (20, 12), (25, 5), (30, 3), (37, 2)])
    elif status in ("resourceProgramme", "activityReady"):
        cur = wchoice([(0, 2), (0.5, 3), (1, 4), (2, 8), (3, 5), (4, 6), (6, 4), (8, 3), (10, 2)])
        tgt = wchoice([(8, 10), (10, 10), (12, 8), (15, 8), (20, 6), (25, 3), (30, 3), (37, 4)])
    else:  # jobReady
        cur = wchoice([(4, 2), (8, 3), (10, 3), (12, 3), (15, 3), (20, 3)])
        tgt = wchoice([(20, 3), (25, 3), (30, 3), (37, 6)])
    return {"current": cur, "target": max(cur, tgt)}


def accepted_kinds(status):
    kinds = []
    if status == "flexJobApproved":
        kinds.append("flexJob")
        if rng.random() < 0.6:
            kinds.append("workTrial")
        if rng.random() < 0.1:
            kinds.append("ordinaryHours")
    else:
        if rng.random() < 0.8:
            kinds.append("workTrial")
        if rng.random() < 0.5:
            kinds.append("wageSubsidy")
        if rng.random() < (0.7 if status == "jobReady" else 0.2):
            kinds.append("ordinaryHours")
        if not kinds:
            kinds.append("workTrial")
    order = ["flexJob", "ordinaryHours", "workTrial", "wageSubsidy"]
    return sorted(kinds, key=order.index)


def gen_citizens(openings):
    # occupations demanded by open openings, weighted by count: most citizens aim at these
    demand_occ = [o["occupationCode"] for o in openings if o["status"] == "open"]
    occ_by_kind = {}
    for o in openings:
        if o["status"] == "open":
            occ_by_kind.setdefault(o["kind"], []).append(o["occupationCode"])
    all_occ = [o["code"] for o in OCC]
    citizens = []
    need_pairs = list(NEED_WEIGHTS.items())
    for _ in range(N_CITIZENS):
        status = wchoice(STATUS_MIX)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.15:
            last = f"{rng.choice(LAST)} {last}"
        name = f"{first} {last}"
        code = HOME if rng.random() < 0.8 else rng.choice(NEIGHBOURS)
        # job goals
        kinds = accepted_kinds(status)
        fitting = [oc for k in kinds for oc in occ_by_kind.get(k, [])]
        primary = rng.choice(fitting or demand_occ) if rng.random() < 0.8 else rng.choice(all_occ)
        goals = [primary]
        n_goals = wchoice([(1, 45), (2, 35), (3, 20)])
        related = OCC_GROUP[OCC_BY_CODE[primary]["competencies"][0].split(".")[0]]
        while len(goals) < n_goals:
            g = rng.choice(related) if rng.random() < 0.65 else rng.choice(demand_occ)
            if g not in goals:
                goals.append(g)
            elif len(set(related)) <= len(goals) and rng.random() < 0.3:
                break
        # competencies from the goals' occupations, plus some general ones
        n_comp = rng.randint(2, 8)
        pool = []
        for g in goals:
            for c in OCC_BY_CODE[g]["competencies"]:
                if c not in pool:
                    pool.append(c)
        comps = []
        primary_comps = OCC_BY_CODE[primary]["competencies"][:]
        rng.shuffle(primary_comps)
        for c in primary_comps[:max(1, min(len(primary_comps), n_comp - 2))]:
            comps.append(c)
        rest = [c for c in pool if c not in comps]
        rng.shuffle(rest)
        for c in rest:
            if len(comps) >= n_comp - 1:
                break
            comps.append(c)
        gen = [c for c in GENERAL_COMPS if c not in comps]
        rng.shuffle(gen)
        while len(comps) < n_comp and gen:
            comps.append(gen.pop())
        competencies = [{"code": c, "level": wchoice([(1, 40), (2, 45), (3, 15)])} for c in comps]
        # needs
        needs = []
        if rng.random() < 0.6:
            k = wchoice([(1, 40), (2, 32), (3, 18), (4, 10)])
            chosen = []
            while len(chosen) < k:
                n = wchoice(need_pairs)
                if n not in chosen:
                    chosen.append(n)
            needs = [{"code": n, "required": rng.random() < 0.7, "shared": rng.random() < 0.75} for n in chosen]
        citizens.append({
            "id": new_id(),
            "municipalityCode": code,
            "name": name,
            "email": make_email(f"{first}.{last.replace(' ', '.')}"),
            "phone": make_phone(),
            "status": status,
            "hours": citizen_hours(status),
            "competencies": competencies,
            "jobGoals": goals,
            "needs": needs,
            "acceptedKinds": kinds,
            "location": scatter(code, max_km=25, typical_km=7),
            "maxCommuteKm": wchoice([(5, 3), (8, 4), (10, 12), (12, 8), (15, 16), (20, 16), (25, 12), (30, 6), (35, 3), (40, 3)]),
            "visibleToCompanies": rng.random() < 0.85,
        })
    return citizens


# ---------------------------------------------------------------- validation
def in_dk(loc):
    return 54.5 <= loc["lat"] <= 57.8 and 8.0 <= loc["lon"] <= 15.3


KINDS = {"flexJob", "ordinaryHours", "workTrial", "wageSubsidy"}
STATUSES = {"flexJobApproved", "resourceProgramme", "activityReady", "jobReady"}


def validate(citizens, companies, openings, slots):
    for pattern, (db07, occs) in NAME_META.items():
        assert len(db07) == 6 and all(o in OCC_BY_CODE for o in occs), pattern
    for sec in SECTORS.values():
        assert all(o in OCC_BY_CODE for o in sec["occ"])
        assert set(sec["dem"]) <= DEMAND_CODES and set(sec["off"]) <= OFFER_CODES
    ids = [x["id"] for x in citizens + companies + openings + slots]
    assert len(ids) == len(set(ids)), "duplicate ids"
    company_ids = {c["id"] for c in companies}
    for c in citizens:
        assert set(c) == {"id", "municipalityCode", "name", "email", "phone", "status", "hours", "competencies",
                          "jobGoals", "needs", "acceptedKinds", "location", "maxCommuteKm", "visibleToCompanies"}
        assert c["municipalityCode"] in MUNI_BY_CODE
        assert c["status"] in STATUSES
        h = c["hours"]
        assert 0 <= h["current"] <= h["target"] <= 48, h
        assert 1 <= len(c["competencies"]) <= 50
        assert len({x["code"] for x in c["competencies"]}) == len(c["competencies"])
        for x in c["competencies"]:
            assert x["code"] in COMP_CODES, x
            assert x["level"] in (1, 2, 3)
        assert 1 <= len(c["jobGoals"]) <= 10 and len(set(c["jobGoals"])) == len(c["jobGoals"])
        assert all(g in OCC_BY_CODE for g in c["jobGoals"])
        assert len({n["code"] for n in c["needs"]}) == len(c["needs"])
        assert all(n["code"] in NEED_CODES for n in c["needs"])
        assert c["acceptedKinds"] and set(c["acceptedKinds"]) <= KINDS
        if "flexJob" in c["acceptedKinds"]:
            assert c["status"] == "flexJobApproved"
        assert in_dk(c["location"]) and 0 <= c["maxCommuteKm"] <= 200
        assert c["email"].endswith("@example.dk") and c["phone"].startswith("+45") and len(c["phone"]) == 11
    cvrs = set()
    for c in companies:
        assert set(c) == {"id", "cvr", "name", "industry", "municipalityCode", "location", "contactEmail"}
        assert cvr_ok(c["cvr"]), c["cvr"]
        assert c["cvr"] not in cvrs
        cvrs.add(c["cvr"])
        assert len(c["industry"]) == 6 and c["industry"].isdigit()
        assert c["municipalityCode"] in MUNI_BY_CODE and in_dk(c["location"])
    keys = {"id", "companyId", "title", "description", "occupationCode", "kind", "status", "hours",
            "competencies", "offers", "demands", "location", "remote"}
    for o in openings + slots:
        is_slot = "capacity" in o
        assert set(o) == (keys | {"capacity", "occupiedOutside"} if is_slot else keys), o.keys()
        assert o["companyId"] in company_ids
        assert o["occupationCode"] is None and is_slot or o["occupationCode"] in OCC_BY_CODE
        assert o["kind"] in KINDS and o["status"] in ("open", "closed")
        assert 0 <= o["hours"]["min"] <= o["hours"]["max"] <= 48
        assert 1 <= len(o["competencies"]) <= 30
        assert len({x["code"] for x in o["competencies"]}) == len(o["competencies"])
        for x in o["competencies"]:
            assert x["code"] in COMP_CODES and x["level"] in (1, 2, 3) and isinstance(x["essential"], bool)
        assert all(x in OFFER_CODES for x in o["offers"]) and len(set(o["offers"])) == len(o["offers"])
        assert all(x in DEMAND_CODES for x in o["demands"]) and len(set(o["demands"])) == len(o["demands"])
        assert in_dk(o["location"])
        if is_slot:
            assert 0 <= o["occupiedOutside"] <= o["capacity"] and "mentor" in o["offers"]
    assert "mentor" in OFFER_CODES
    for n in ACC["needs"]:
        assert set(n["satisfiedBy"]) <= OFFER_CODES and set(n["conflictsWith"]) <= DEMAND_CODES


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    companies, sector_of = gen_companies()
    openings = gen_openings(companies, sector_of)
    slots = gen_slots(companies, sector_of)
    citizens = gen_citizens(openings)
    validate(citizens, companies, openings, slots)
    write("companies.json", companies)
    write("openings.json", openings)
    write("slots.json", slots)
    write("citizens.json", citizens)
    print(f"citizens={len(citizens)} companies={len(companies)} openings={len(openings)} slots={len(slots)}")


if __name__ == "__main__":
    main()

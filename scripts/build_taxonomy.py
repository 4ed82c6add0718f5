#!/usr/bin/env python3
"""Builds and validates Data/taxonomy/competencies.json and occupations.json.

The entries that existed before the extension (codes in scripts/taxonomy/original_codes.py) are
kept exactly as they are in the files, except that synonyms listed in
scripts/taxonomy/extra_synonyms.py are appended to them. The new groups, competencies and
occupations are the tables in scripts/taxonomy/{competencies,occupations}_*.py; they are appended
after the original entries. Running the script twice gives the same files.

    python3 scripts/build_taxonomy.py           # rebuild, validate, write, print counts
    python3 scripts/build_taxonomy.py --check   # validate the files as they are, write nothing

Python 3 standard library only.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
COMPETENCIES_FILE = os.path.join(ROOT, "Data", "taxonomy", "competencies.json")
OCCUPATIONS_FILE = os.path.join(ROOT, "Data", "taxonomy", "occupations.json")

MAX_GROUPS = 48          # the engine supports 64; 48 leaves room
MIN_OCCUPATIONS = 600
MIN_COMPETENCIES = 1000
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISCO_MAJOR = {
    "1": "Managers", "2": "Professionals", "3": "Technicians and associate professionals",
    "4": "Clerical support workers", "5": "Service and sales workers",
    "6": "Skilled agricultural, forestry and fishery workers",
    "7": "Craft and related trades workers", "8": "Plant and machine operators and assemblers",
    "9": "Elementary occupations",
}


def split_list(text):
    return [part.strip() for part in text.split(";") if part.strip()]


def table_rows(table, widths, kind):
    """The cells of each non-empty, non-comment line of a `|`-separated table; each line has one of `widths` cells."""
    for line in table.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        assert len(cells) in widths, f"bad {kind} line: " + line
        yield cells


def parse_competencies(table):
    """`group.slug | da | en | synonymsDa; … | synonymsEn; … | escoUri?` per line."""
    entries = []
    for cells in table_rows(table, (5, 6), "competency"):
        code = cells[0]
        entries.append({
            "code": code, "group": code.split(".")[0], "da": cells[1], "en": cells[2],
            "synonymsDa": split_list(cells[3]), "synonymsEn": split_list(cells[4]),
            "escoUri": (cells[5] or None) if len(cells) == 6 else None,
        })
    return entries


def parse_occupations(table):
    """`code | isco | da | en | synonymsDa; … | synonymsEn; … | competency codes | escoUri?`."""
    entries = []
    for cells in table_rows(table, (7, 8), "occupation"):
        entries.append({
            "code": cells[0], "iscoGroup": cells[1], "da": cells[2], "en": cells[3],
            "synonymsDa": split_list(cells[4]), "synonymsEn": split_list(cells[5]),
            "escoUri": (cells[7] or None) if len(cells) == 8 else None,
            "competencies": cells[6].split(),
        })
    return entries


def load_additions():
    from taxonomy import competencies_a, competencies_b, occupations_a, occupations_b, extra_synonyms, esco_uris
    groups = [{"code": c, "da": da, "en": en} for c, da, en in competencies_a.GROUPS]
    competencies = parse_competencies(competencies_a.TABLE) + parse_competencies(competencies_b.TABLE)
    occupations = parse_occupations(occupations_a.TABLE) + parse_occupations(occupations_b.TABLE)
    unused = set(esco_uris.URIS)
    for entry in competencies + occupations:
        uri = esco_uris.URIS.get(entry["code"])
        if uri:
            assert entry["escoUri"] is None, "two escoUri sources for " + entry["code"]
            entry["escoUri"] = uri
            unused.discard(entry["code"])
    assert not unused, "esco_uris.py names unknown codes: %s" % sorted(unused)
    return groups, competencies, occupations, extra_synonyms


def extend(entry, extra):
    if not extra:
        return
    more_da, more_en = extra
    for word in more_da:
        if word not in entry["synonymsDa"] and word != entry["da"]:
            entry["synonymsDa"].append(word)
    for word in more_en:
        if word not in entry["synonymsEn"] and word != entry["en"]:
            entry["synonymsEn"].append(word)


def build():
    from taxonomy import original_codes
    groups, competencies, occupations, extra = load_additions()
    with open(COMPETENCIES_FILE, encoding="utf-8") as f:
        comp_file = json.load(f)
    with open(OCCUPATIONS_FILE, encoding="utf-8") as f:
        occ_file = json.load(f)
    old_groups = {g["code"]: g for g in comp_file["groups"]}
    old_comps = {c["code"]: c for c in comp_file["competencies"]}
    old_occs = {o["code"]: o for o in occ_file["occupations"]}
    kept_comps = [old_comps[code] for code in original_codes.COMPETENCIES]
    kept_occs = [old_occs[code] for code in original_codes.OCCUPATIONS]
    for entry in kept_comps:
        extend(entry, extra.COMPETENCIES.get(entry["code"]))
    for entry in kept_occs:
        extend(entry, extra.OCCUPATIONS.get(entry["code"]))
    for code in list(extra.COMPETENCIES) + list(extra.OCCUPATIONS):
        assert code in original_codes.COMPETENCIES or code in original_codes.OCCUPATIONS, \
            "extra synonyms for unknown original entry " + code
    comp_out = {
        "groups": [old_groups[code] for code in original_codes.GROUPS] + groups,
        "competencies": kept_comps + competencies,
    }
    occ_out = {"occupations": kept_occs + occupations}
    validate(comp_out, occ_out)
    for path, data in ((COMPETENCIES_FILE, comp_out), (OCCUPATIONS_FILE, occ_out)):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    report(comp_out, occ_out)


def validate(comp, occ):
    groups = comp["groups"]
    group_codes = [g["code"] for g in groups]
    assert len(group_codes) == len(set(group_codes)), "duplicate group code"
    assert len(groups) <= MAX_GROUPS, "too many groups: %d" % len(groups)
    for g in groups:
        assert SLUG.match(g["code"]), "bad group code " + g["code"]
        assert g["da"].strip() and g["en"].strip(), "group without label " + g["code"]
    seen_codes, seen_da, seen_en = set(), {}, {}
    for c in comp["competencies"]:
        code = c["code"]
        group, _, slug = code.partition(".")
        assert SLUG.match(group) and SLUG.match(slug), "bad competency code " + code
        assert c["group"] == group, "code/group mismatch " + code
        assert group in group_codes, "unknown group in " + code
        assert code not in seen_codes, "duplicate competency code " + code
        seen_codes.add(code)
        check_labels(c, "competency")
        key = c["da"].casefold()
        assert key not in seen_da, "duplicate competency label %r (%s, %s)" % (c["da"], seen_da.get(key), code)
        seen_da[key] = code
    assert len(seen_codes) >= MIN_COMPETENCIES, "only %d competencies" % len(seen_codes)
    occ_codes, occ_da = set(), {}
    for o in occ["occupations"]:
        code = o["code"]
        assert SLUG.match(code), "bad occupation code " + code
        assert code not in occ_codes, "duplicate occupation code " + code
        occ_codes.add(code)
        isco = o["iscoGroup"]
        assert len(isco) == 4 and isco.isdigit() and isco[0] in "123456789", "bad ISCO %s in %s" % (isco, code)
        check_labels(o, "occupation")
        key = o["da"].casefold()
        assert key not in occ_da, "duplicate occupation label %r (%s, %s)" % (o["da"], occ_da.get(key), code)
        occ_da[key] = code
        comps = o["competencies"]
        assert 3 <= len(comps) <= 8, "%s has %d competencies" % (code, len(comps))
        assert len(comps) == len(set(comps)), "repeated competency in " + code
        for c in comps:
            assert c in seen_codes, "%s names unknown competency %s" % (code, c)
    for kind, entries in (("competency", comp["competencies"]), ("occupation", occ["occupations"])):
        uris = collections.Counter(e["escoUri"] for e in entries if e["escoUri"])
        repeated = [u for u, n in uris.items() if n > 1]
        assert not repeated, "%s escoUri used twice: %s" % (kind, repeated)
    assert len(occ_codes) >= MIN_OCCUPATIONS, "only %d occupations" % len(occ_codes)


def check_labels(entry, kind):
    code = entry["code"]
    for field in ("da", "en"):
        assert isinstance(entry[field], str) and entry[field].strip() == entry[field] and entry[field], \
            "%s %s: bad %s label" % (kind, code, field)
    for field in ("synonymsDa", "synonymsEn"):
        words = entry[field]
        assert isinstance(words, list) and all(isinstance(w, str) and w.strip() == w and w for w in words), \
            "%s %s: bad %s" % (kind, code, field)
        assert len({w.casefold() for w in words}) == len(words), "%s %s: repeated %s" % (kind, code, field)
    uri = entry["escoUri"]
    prefix = "http://data.europa.eu/esco/%s/" % ("skill" if kind == "competency" else "occupation")
    assert uri is None or (uri.startswith(prefix) and len(uri) == len(prefix) + 36), "%s %s: bad escoUri" % (kind, code)
    for text in [entry["da"], entry["en"]] + entry["synonymsDa"] + entry["synonymsEn"]:
        assert "\ufffd" not in text and "Ã" not in text, "%s %s: encoding damage" % (kind, code)


def report(comp, occ):
    occs = occ["occupations"]
    comps = comp["competencies"]
    print("groups: %d, competencies: %d (%d with escoUri), occupations: %d (%d with escoUri)" % (
        len(comp["groups"]), len(comps), sum(1 for c in comps if c["escoUri"]),
        len(occs), sum(1 for o in occs if o["escoUri"])))
    major = collections.Counter(o["iscoGroup"][0] for o in occs)
    sub = collections.Counter(o["iscoGroup"][:2] for o in occs)
    print("\noccupations per ISCO-08 major group:")
    for key in sorted(major):
        print("  %s %-50s %4d" % (key, ISCO_MAJOR[key], major[key]))
    print("\noccupations per ISCO-08 sub-major group:")
    print("  " + "  ".join("%s:%d" % (key, sub[key]) for key in sorted(sub)))
    per_group = collections.Counter(c["group"] for c in comps)
    print("\ncompetencies per group:")
    for g in comp["groups"]:
        print("  %-18s %-45s %4d" % (g["code"], g["da"], per_group[g["code"]]))
    from taxonomy import original_codes
    original = set(original_codes.COMPETENCIES) | set(original_codes.OCCUPATIONS)
    for kind, entries in (("competency", comps), ("occupation", occs)):
        labels = {}
        for e in entries:
            labels[e["da"].casefold()] = e["code"]
            labels[e["en"].casefold()] = e["code"]
        clashes = ["%s: %r is the label of %s" % (e["code"], w, labels[w.casefold()])
                   for e in entries if e["code"] not in original
                   for w in e["synonymsDa"] + e["synonymsEn"]
                   if labels.get(w.casefold(), e["code"]) != e["code"]]
        print("\nnew %s synonyms that are another entry's label: %d" % (kind, len(clashes)))
        for line in clashes:
            print("  " + line)
    used = collections.Counter(code for o in occs for code in o["competencies"])
    print("\ncompetencies not used by any occupation: %d" % sum(1 for c in comps if c["code"] not in used))


def check():
    with open(COMPETENCIES_FILE, encoding="utf-8") as f:
        comp = json.load(f)
    with open(OCCUPATIONS_FILE, encoding="utf-8") as f:
        occ = json.load(f)
    validate(comp, occ)
    for path, data in ((COMPETENCIES_FILE, comp), (OCCUPATIONS_FILE, occ)):
        with open(path, encoding="utf-8") as f:
            assert f.read() == json.dumps(data, ensure_ascii=False, indent=1) + "\n", path + " is not in canonical form"
    report(comp, occ)
    print("\nOK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        check()
    else:
        build()

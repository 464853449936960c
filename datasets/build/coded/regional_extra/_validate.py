"""Check the regional_extra fragments (columns, codes, spells, sources, ids in other areas)."""
import pathlib, re, sys
import pandas as pd

HERE = pathlib.Path(__file__).parent
RAW = HERE.resolve().parents[4] / "shared" / "data" / "raw"
COLS = {
    "organizations.csv": "org_id, name, acronym, founded, founded_date, dissolved, dissolved_date, type, security_mandate, home_region, parent_org, led_by, predecessor, successor, cow_igo_id, mia_id, source, note",
    "memberships.csv": "org_id, ccode, start, start_date, end, end_date, status, source, note",
    "security_design.csv": "unit_type, unit_id, start, end, treaty_basis, standing_body, secretariat, mandate_defense, mandate_peacekeeping, mandate_counterterrorism, mandate_border, mandate_drugs_crime, mandate_arms_control, mandate_civil_protection, mutual_assistance, joint_forces, decision_rule, intervention_right, dispute_settlement, operational_record, source, note",
}
REGIONS = set(pd.read_csv(HERE.parent / "regions" / "regions.csv").region_id)
SCOPE = set("defense offense neutrality nonaggression consultation military_cooperation peacekeeping counterterrorism border drugs_crime arms_control nuclear_weapon_free_zone civil_protection friendship".split())
err = []
T = {}
for f, cols in COLS.items():
    d = pd.read_csv(HERE / f, dtype=str, keep_default_na=False)
    if list(d.columns) != [c.strip() for c in cols.split(",")]:
        err.append(f"{f}: columns {list(d.columns)}")
    T[f] = d
bib = set(re.findall(r"@\w+\{([a-z0-9_]+),", (HERE / "references.bib").read_text()))
for f, d in T.items():
    for i, s in enumerate(d["source"]):
        if not s:
            err.append(f"{f} row {i}: empty source")
        for k in s.split(";"):
            k = k.strip().split(":")[0]
            if k and k not in bib:
                err.append(f"{f} row {i}: source key {k} not in references.bib")
        if not re.fullmatch(r"[a-z0-9_]+(:[^;]+)?(; [a-z0-9_]+(:[^;]+)?)*", s):
            err.append(f"{f} row {i}: bad source format {s!r}")
panel = pd.read_csv(RAW / "states/cow_gw_panel_sy.csv").dropna(subset=["ccode"])
sy = set(zip(panel.ccode.astype(int), panel.year))
igo = pd.read_csv(RAW / "cow_igo/igo_list_v3.csv")
mia = set(pd.read_csv(RAW / "mia/mia_authority_v2_may2021_io_year.csv", usecols=["acronym"]).acronym)
o = T["organizations.csv"]
ids = set(o.org_id)
other = set()
for f in HERE.parent.glob("*/organizations.csv"):
    if f.parent != HERE:
        other |= set(pd.read_csv(f, dtype=str).org_id)
dup = ids & other
if dup: err.append(f"org_id already used by another area: {sorted(dup)}")
if o.org_id.duplicated().any():
    err.append("duplicate org_id")
for r in o.itertuples():
    if r.type not in {"general_purpose", "security", "economic", "other"}: err.append(f"{r.org_id}: type")
    if r.security_mandate not in {"none", "declaratory", "operational"}: err.append(f"{r.org_id}: mandate")
    if r.home_region and r.home_region not in REGIONS: err.append(f"{r.org_id}: region {r.home_region}")
    for c in ("parent_org", "led_by", "predecessor", "successor"):
        v = getattr(r, c)
        if v and v not in ids | other: err.append(f"{r.org_id}: {c} {v} unknown (may be another area's id)")
    if r.cow_igo_id and int(r.cow_igo_id) not in set(igo.ionum): err.append(f"{r.org_id}: cow id")
    if r.mia_id and r.mia_id not in mia: err.append(f"{r.org_id}: mia id {r.mia_id}")
    if r.dissolved and int(r.dissolved) < int(r.founded): err.append(f"{r.org_id}: dissolved<founded")
    if r.security_mandate != "none" and r.org_id not in set(T["security_design.csv"].unit_id):
        err.append(f"{r.org_id}: no design spell")
m = T["memberships.csv"]
for r in m.itertuples():
    if r.org_id not in ids: err.append(f"membership org {r.org_id}")
    s = int(r.start); e = int(r.end) if r.end else 2025
    if e < s: err.append(f"{r.org_id} {r.ccode}: end<start")
    if r.status not in {"full", "associate", "observer", "suspended"}: err.append(f"status {r.status}")
    for y in range(s, e + 1):
        if (int(r.ccode), y) not in sy:
            err.append(f"{r.org_id} {r.ccode} {y}: not in COW panel"); break
    orow = o[o.org_id == r.org_id].iloc[0]
    if s < int(orow.founded): err.append(f"{r.org_id} {r.ccode}: start {s} before founded")
    if orow.dissolved and e > int(orow.dissolved): err.append(f"{r.org_id} {r.ccode}: end after dissolved")
    for c in ("start_date", "end_date"):
        v = getattr(r, c)
        if v and not re.fullmatch(r"\d{4}-\d\d-\d\d", v): err.append(f"{r.org_id} {r.ccode} bad date")
    if r.start_date and int(r.start_date[:4]) != s: err.append(f"{r.org_id} {r.ccode}: start_date year")
    if r.end_date and int(r.end_date[:4]) != e: err.append(f"{r.org_id} {r.ccode}: end_date year")
for (org, cc), g in m.groupby(["org_id", "ccode"]):
    sp = sorted((int(a), int(b) if b else 2025) for a, b in zip(g.start, g.end))
    for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
        if a2 <= b1: err.append(f"{org} {cc}: overlapping spells {sp}")
d = T["security_design.csv"]
for r in d.itertuples():
    if r.unit_type == "organization" and r.unit_id not in ids: err.append(f"design {r.unit_id}")
for u, g in d.groupby("unit_id"):
    sp = sorted((int(a), int(b) if b else 2025) for a, b in zip(g.start, g.end))
    for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
        if a2 <= b1: err.append(f"design {u}: overlapping {sp}")
print("\n".join(err) or "OK", f"\n{len(o)} orgs, {len(m)} memberships, {len(d)} design spells")
sys.exit(1 if err else 0)

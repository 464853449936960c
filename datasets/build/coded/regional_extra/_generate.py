"""Generate the regional_extra coding fragments.

Regional organizations from MIA and COW IGO v3 (political == 1) that the other
areas did not code (issue 3). The coded values live in ``coding_data.py``, the
BibTeX entries in ``bib_data.py``; this script writes the CSV fragments next to
it. Run from the repository root: ``.venv/bin/python
datasets/build/coded/regional_extra/_generate.py``, then rebuild and run ``regionalism validate datasets``.

Membership token: ``ccode:start[-end][/a|/o|/s][@start_date][~end_date]``
(``-`` with no end year means open; /a associate, /o observer, /s suspended).
``from_cow()`` turns COW IGO v3 state-years into spells (consecutive years ->
one spell) and continues a spell that reaches 2014 to the present when asked.
"""
from __future__ import annotations

import csv
import pathlib

import pandas as pd

HERE = pathlib.Path(__file__).parent
RAW = pathlib.Path(__file__).resolve().parents[5] / "shared" / "data" / "raw"
COW_MEM = RAW / "cow_igo" / "igo_membership_state_igo_year_v3.csv"
ORGS: list[dict] = []
MEMS: list[dict] = []
DES: list[dict] = []
STATUS = {"": "full", "a": "associate", "o": "observer", "s": "suspended"}
COW_STATUS = {1: "", 2: "a", 3: "o"}
ORG_COLS = ["org_id", "name", "acronym", "founded", "founded_date", "dissolved", "dissolved_date", "type",
            "security_mandate", "home_region", "parent_org", "led_by", "predecessor", "successor",
            "cow_igo_id", "mia_id", "source", "note"]
MEM_COLS = ["org_id", "ccode", "start", "start_date", "end", "end_date", "status", "source", "note"]
DES_COLS = ["unit_type", "unit_id", "start", "end", "treaty_basis", "standing_body", "secretariat",
            "mandate_defense", "mandate_peacekeeping", "mandate_counterterrorism", "mandate_border",
            "mandate_drugs_crime", "mandate_arms_control", "mandate_civil_protection", "mutual_assistance",
            "joint_forces", "decision_rule", "intervention_right", "dispute_settlement", "operational_record",
            "source", "note"]
_cow = None


def org(org_id, name, acronym, founded, founded_date, dissolved, dissolved_date, type_, mandate, home,
        source, note="", parent="", pred="", succ="", cow="", mia="", led_by=""):
    ORGS.append(dict(org_id=org_id, name=name, acronym=acronym, founded=founded, founded_date=founded_date,
                     dissolved=dissolved, dissolved_date=dissolved_date, type=type_, security_mandate=mandate,
                     home_region=home, parent_org=parent, led_by=led_by, predecessor=pred, successor=succ,
                     cow_igo_id=cow, mia_id=mia, source=source, note=note))


def _tok(tok):
    sdate = edate = ""
    if "~" in tok:
        tok, edate = tok.split("~")
    if "@" in tok:
        tok, sdate = tok.split("@")
    status = ""
    if "/" in tok:
        tok, status = tok.split("/")
    cc, yrs = tok.split(":")
    s, _, e = yrs.partition("-")
    return int(cc), int(s), (int(e) if e else ""), sdate, edate, STATUS[status]


def mem(org_id, source, spec, notes=None, default_note=""):
    """Hand-coded spells; ``notes`` maps ccode or (ccode, start) to a note."""
    notes = notes or {}
    for tok in spec.split():
        cc, s, e, sd, ed, st = _tok(tok)
        MEMS.append(dict(org_id=org_id, ccode=cc, start=s, start_date=sd, end=e, end_date=ed, status=st,
                         source=source, note=notes.get((cc, s), notes.get(cc, default_note))))


def cow_spells(ioname, statuses=(1,)):
    """COW IGO v3 spells of one organization: list of (ccode, start, end, status_letter)."""
    global _cow
    if _cow is None:
        _cow = pd.read_csv(COW_MEM)
    g = _cow[(_cow.ioname == ioname) & _cow.status.isin(statuses)]
    out = []
    for (cc, st), h in g.groupby(["ccode", "status"]):
        years = sorted(h.year)
        a = p = years[0]
        for y in years[1:] + [None]:
            if y is not None and y == p + 1:
                p = y
                continue
            out.append((int(cc), a, p, COW_STATUS[int(st)]))
            if y is not None:
                a = p = y
    return out


def from_cow(org_id, ioname, *, source="cow_igo_v3", statuses=(1,), keep=None, drop=(), cap=None,
             continue_to_present=False, continue_source="", notes=None, override=()):
    """Write COW spells as memberships.

    keep/drop: ccodes to keep or drop; cap: last year (dissolution); continue_to_present: a spell ending
    2014 becomes open-ended and cites ``continue_source`` too; override: ccodes hand-coded elsewhere.
    """
    notes = notes or {}
    for cc, s, e, st in cow_spells(ioname, statuses):
        if (keep is not None and cc not in keep) or cc in drop or cc in override:
            continue
        src, note = source, notes.get((cc, s), notes.get(cc, ""))
        if cap is not None:
            if s > cap:
                continue
            e = min(e, cap)
        if e == 2014 and continue_to_present:
            e = ""
            if continue_source:
                src = f"{source}; {continue_source}"
            note = (note + " " if note else "") + ("Continued after COW's last year (2014): " +
                                                   ("on the organization's current member list."
                                                    if continue_source else
                                                    "no withdrawal found; not verified against a current list."))
        MEMS.append(dict(org_id=org_id, ccode=cc, start=s, start_date="", end=e, end_date="",
                         status=STATUS[st], source=src, note=note))


def des(unit_id, start, end, items, source, note=""):
    """items: 'tb sb sec | def pk ct bor dc ac cp | ma jf dr ir ds op' ('.' = unknown)."""
    vals = items.replace("|", " ").split()
    assert len(vals) == 16, (unit_id, vals)
    vals = ["" if v == "." else v for v in vals]
    vals[12] = {"u": "unanimity", "c": "consensus", "q": "qualified_majority", "": ""}[vals[12]]
    row = dict(unit_type="organization", unit_id=unit_id, start=start, end=end)
    row.update(zip(DES_COLS[4:20], vals))
    row.update(source=source, note=note)
    DES.append(row)


def write(name, rows, cols):
    with open(HERE / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


exec((HERE / "coding_data.py").read_text(encoding="utf-8"))  # the coded values
exec((HERE / "bib_data.py").read_text(encoding="utf-8"))  # BIB entries

if __name__ == "__main__":
    MEMS.sort(key=lambda r: (r["org_id"], r["ccode"], r["start"]))
    write("organizations.csv", ORGS, ORG_COLS)
    write("memberships.csv", MEMS, MEM_COLS)
    write("security_design.csv", DES, DES_COLS)
    used = set()
    for rows in (ORGS, MEMS, DES):
        for r in rows:
            used |= {k.strip().split(":")[0] for k in r["source"].split(";") if k.strip()}
    missing = used - {b[0] for b in BIB}
    assert not missing, f"source keys without a BibTeX entry: {sorted(missing)}"
    with open(HERE / "references.bib", "w", encoding="utf-8") as fh:
        for key, typ, title, author, year, url, note in BIB:
            if key not in used:
                continue
            if key in RAW_BIB:
                fh.write(RAW_BIB[key] + "\n\n")
                continue
            fields = [("title", title), ("author", author), ("year", year), ("url", url), ("note", note)]
            body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v != "")
            fh.write(f"@{typ}{{{key},\n{body}\n}}\n\n")
    print(len(ORGS), "orgs", len(MEMS), "memberships", len(DES), "design spells")

"""Generate the europe_americas_asiapacific coding fragments.

The hand-coded values live in this file (compact notation) and are written to
the CSV fragments next to it. Run: ``.venv/bin/python _generate.py``.
Membership token: ``ccode:start[-end][/a|/o|/s][@start_date][~end_date]``
(``-`` with no end year means open; /a associate, /o observer, /s suspended).
"""
from __future__ import annotations

import csv
import pathlib

HERE = pathlib.Path(__file__).parent
ORGS: list[dict] = []
MEMS: list[dict] = []
DES: list[dict] = []
AGR: list[dict] = []
PARTIES: list[dict] = []
STATUS = {"": "full", "a": "associate", "o": "observer", "s": "suspended"}


def org(org_id, name, acronym, founded, founded_date, dissolved, dissolved_date, type_, mandate,
        home, source, note="", parent="", pred="", succ="", cow="", mia=""):
    ORGS.append(dict(org_id=org_id, name=name, acronym=acronym, founded=founded,
                     founded_date=founded_date, dissolved=dissolved, dissolved_date=dissolved_date,
                     type=type_, security_mandate=mandate, home_region=home, parent_org=parent,
                     predecessor=pred, successor=succ, cow_igo_id=cow, mia_id=mia,
                     source=source, note=note))


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
    if "-" in yrs:
        s, e = yrs.split("-")
    else:
        s, e = yrs, ""
    return int(cc), int(s), (int(e) if e else ""), sdate, edate, STATUS[status]


def mem(org_id, source, spec, notes=None):
    notes = notes or {}
    for tok in spec.split():
        cc, s, e, sd, ed, st = _tok(tok)
        MEMS.append(dict(org_id=org_id, ccode=cc, start=s, start_date=sd, end=e, end_date=ed,
                         status=st, source=source,
                         note=notes.get((cc, s), notes.get(cc, ""))))


def des(unit_id, start, end, items, source, note="", unit_type="organization"):
    """items: 'tb sb sec | def pk ct bor dc ac cp | ma jf dr ir ds op' ('.' = unknown)."""
    vals = items.replace("|", " ").split()
    assert len(vals) == 16, (unit_id, vals)
    vals = ["" if v == "." else v for v in vals]
    dr = {"u": "unanimity", "c": "consensus", "q": "qualified_majority", "": ""}[vals[12]]
    keys = ["treaty_basis", "standing_body", "secretariat", "mandate_defense",
            "mandate_peacekeeping", "mandate_counterterrorism", "mandate_border",
            "mandate_drugs_crime", "mandate_arms_control", "mandate_civil_protection",
            "mutual_assistance", "joint_forces", "decision_rule", "intervention_right",
            "dispute_settlement", "operational_record"]
    row = dict(unit_type=unit_type, unit_id=unit_id, start=start, end=end)
    for k, v in zip(keys, vals):
        row[k] = dr if k == "decision_rule" else v
    row.update(source=source, note=note)
    DES.append(row)


def agr(agreement_id, title, signed, signed_date, in_force, in_force_date, ended, ended_date,
        scope, source, note="", atop_id=""):
    AGR.append(dict(agreement_id=agreement_id, title=title, signed=signed,
                    signed_date=signed_date, in_force=in_force, in_force_date=in_force_date,
                    ended=ended, ended_date=ended_date, scope=scope, atop_id=atop_id,
                    source=source, note=note))


def parties(agreement_id, source, spec, notes=None):
    """spec tokens: ccode:joined[-left]  ('ccode:?' = party, year not verified)."""
    notes = notes or {}
    for tok in spec.split():
        cc, yrs = tok.split(":")
        j, _, l = yrs.partition("-")
        PARTIES.append(dict(agreement_id=agreement_id, ccode=int(cc),
                            joined="" if j == "?" else int(j), left=int(l) if l else "",
                            source=source, note=notes.get(int(cc), "")))


def write(name, rows, cols):
    with open(HERE / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


exec((HERE / "coding_data.py").read_text(encoding="utf-8"))  # the coded values
exec((HERE / "bib_data.py").read_text(encoding="utf-8"))  # BIB entries

if __name__ == "__main__":
    write("organizations.csv", ORGS, ["org_id", "name", "acronym", "founded", "founded_date",
          "dissolved", "dissolved_date", "type", "security_mandate", "home_region", "parent_org",
          "predecessor", "successor", "cow_igo_id", "mia_id", "source", "note"])
    write("memberships.csv", MEMS, ["org_id", "ccode", "start", "start_date", "end", "end_date",
          "status", "source", "note"])
    write("security_design.csv", DES, ["unit_type", "unit_id", "start", "end", "treaty_basis",
          "standing_body", "secretariat", "mandate_defense", "mandate_peacekeeping",
          "mandate_counterterrorism", "mandate_border", "mandate_drugs_crime",
          "mandate_arms_control", "mandate_civil_protection", "mutual_assistance",
          "joint_forces", "decision_rule", "intervention_right", "dispute_settlement",
          "operational_record", "source", "note"])
    write("agreements.csv", AGR, ["agreement_id", "title", "signed", "signed_date", "in_force",
          "in_force_date", "ended", "ended_date", "scope", "atop_id", "source", "note"])
    write("agreement_parties.csv", PARTIES, ["agreement_id", "ccode", "joined", "left",
          "source", "note"])
    used = set()
    for rows in (ORGS, MEMS, DES, AGR, PARTIES):
        for r in rows:
            used |= {k.strip().split(":")[0] for k in r["source"].split(";") if k.strip()}
    with open(HERE / "references.bib", "w", encoding="utf-8") as fh:
        for key, typ, title, author, year, url, note in BIB:
            if key not in used:
                continue
            if key in RAW:
                fh.write(RAW[key] + "\n\n")
                continue
            fields = [("title", title), ("author", author), ("year", year), ("url", url), ("note", note)]
            body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v != "")
            fh.write(f"@{typ}{{{key},\n{body}\n}}\n\n")
    print(len(ORGS), "orgs", len(MEMS), "memberships", len(DES), "design spells",
          len(AGR), "agreements", len(PARTIES), "parties")

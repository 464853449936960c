"""Build ``datasets/alliances``: ATOP v4.01 alliances, members and v5.1 dyad-years."""
from __future__ import annotations

from pathlib import Path

from _common import CITATION_TERMS, Resource, fk, fld, read_raw, source, write_dataset

PROVISIONS = {
    "defense": "defense obligation", "offense": "offense obligation", "neutral": "neutrality obligation",
    "nonagg": "non-aggression obligation", "consul": "consultation obligation",
}
ALLIANCE_ITEMS = {
    "ineffect": "in effect at the end of ATOP's coverage (2018 for v4.01 data)",
    "bilat": "bilateral (1) or multilateral (0)",
    "maxphase": "number of phases",
    "wartime": "signed in wartime", "pubsecr": "public or secret provisions (ATOP code)",
    "active": "active obligation", "conditio": "conditional obligations", "asymm": "asymmetric obligations",
    "specthrt": "names a specific threat", "milcon": "military contact provisions (ATOP code 0-3)",
    "milaid": "military aid provisions (ATOP code)", "intcom": "integrated military command",
    "subord": "subordination of forces", "organ1": "first formal organization created (ATOP code)",
    "orgpurp1": "purpose of organ1 (ATOP code)", "organ2": "second formal organization (ATOP code)",
    "orgpurp2": "purpose of organ2 (ATOP code)", "base": "basing rights (ATOP code)",
    "contrib": "specified contributions", "armred": "arms control/reduction provisions (ATOP code)",
    "ecaid": "economic aid provisions (ATOP code)", "compag": "companion agreements (ATOP code)",
}


def build(raw: Path) -> None:
    a = read_raw(raw, "atop/atop_v401_alliances_post1945.csv")
    mem_cols = [c for c in a.columns if c.startswith("mem")]
    alliances = a.drop(columns=mem_cols).rename(columns={"n_members_listed": "n_members"})
    alliances["n_members"] = a[mem_cols].notna().sum(axis=1)
    for c in alliances.columns:
        if alliances[c].dtype == float and alliances[c].dropna().eq(alliances[c].dropna().round()).all() and c != "version":
            alliances[c] = alliances[c].astype("Int64")
    m = read_raw(raw, "atop/atop_v401_members_post1945.csv")
    dd = read_raw(raw, "atop/atop_v51_directed_dyad_year.csv")
    a_fields = [
        fld("atopid", "integer", "ATOP alliance identifier", required=True, unique=True),
        fld("cowid", "integer", "COW alliance identifier, where the alliance is in COW's data"),
        fld("begyr", "year", "Year signed"), fld("begmo", "integer", "Month signed"), fld("begday", "integer", "Day signed"),
        fld("endyr", "integer", "Year ended (0 = in force at the end of coverage)"),
        fld("endmo", "integer", "Month ended"), fld("endday", "integer", "Day ended"),
    ] + [fld(k, "integer", v) for k, v in ALLIANCE_ITEMS.items() if k in ("ineffect", "bilat", "maxphase", "wartime", "pubsecr")] \
      + [fld(k, "integer", f"ATOP {v} (1 yes, 0 no)", minimum=0, maximum=1) for k, v in PROVISIONS.items()] \
      + [fld(k, "integer", v) for k, v in ALLIANCE_ITEMS.items() if k not in ("ineffect", "bilat", "maxphase", "wartime", "pubsecr")] \
      + [fld("n_members", "integer", "Number of member states listed (mem1..mem59 of the release)", minimum=1),
         fld("version", "number", "ATOP version")]
    names = [f["name"] for f in a_fields]
    missing = [n for n in names if n not in alliances.columns]
    if missing:
        raise ValueError(f"ATOP alliance columns missing: {missing}")
    m_fields = [
        fld("atopid", "integer", "ATOP alliance identifier", required=True),
        fld("member", "integer", "COW code of the member state", required=True),
        fld("cowsys", "integer", "1 if the member is a COW system member"),
        fld("yrent", "year", "Year the member entered", required=True), fld("moent", "integer", "Month entered"),
        fld("dayent", "integer", "Day entered"),
        fld("yrexit", "integer", "Year the member left (0 = member at the end of coverage)"),
        fld("moexit", "integer", "Month left"), fld("dayexit", "integer", "Day left"),
        fld("phase", "integer", "Phase of the alliance (ATOP phases mark changes of obligations)", required=True),
        fld("ineffect", "integer", "In effect at the end of coverage"),
        fld("bilat", "integer", "Bilateral alliance"),
    ] + [fld(k, "integer", f"Member has a {v} (1 yes, 0 no)", minimum=0, maximum=1) for k, v in PROVISIONS.items()] \
      + [fld(k, "integer", ALLIANCE_ITEMS[k]) for k in ("active", "conditio", "asymm")] + [fld("version", "number", "ATOP version")]
    m_key = ["atopid", "member", "phase", "yrent"]
    if m.duplicated(m_key).any():
        raise ValueError("ATOP member rows not unique on " + str(m_key))
    d_fields = [fld("ccode1", "integer", "COW code of state 1", required=True),
                fld("ccode2", "integer", "COW code of state 2", required=True),
                fld("year", "year", "Year", required=True, minimum=1946, maximum=2018)] + \
               [fld(f"atop_{k}", "integer", f"ATOP v5.1: state 1 has a {v} toward state 2 in this year", minimum=0, maximum=1)
                for k, v in PROVISIONS.items()]
    dd.columns = ["ccode1", "ccode2", "year"] + [f"atop_{k}" for k in PROVISIONS]
    resources = [
        Resource("alliances", "ATOP v4.01 alliances in force after 1945", "alliance", a_fields, ["atopid"], alliances,
                 description="Alliance-level ATOP v4.01 records (provisions) for alliances in force at some point from 1946."),
        Resource("alliance_members", "ATOP v4.01 alliance members by phase", "alliance member phase", m_fields, m_key, m,
                 description="Member-phase rows of ATOP v4.01 with entry and exit dates and member-specific obligations.",
                 foreign_keys=[fk("atopid", "alliances", "atopid")]),
        Resource("alliance_dyads", "ATOP v5.1 directed dyad-years", "directed dyad-year", d_fields,
                 ["ccode1", "ccode2", "year"], dd, description="Directed dyad-years 1946-2018 with any ATOP obligation."),
    ]
    multi = int((alliances["n_members"] >= 3).sum())
    readme = f"""
# `alliances`: ATOP alliances, members and dyad-years

- `alliances`: {len(alliances)} ATOP v4.01 alliances in force at some time from
  1946 (end year 0 or >= 1946), with provisions; {multi} have three or more
  members. The member columns mem1..mem59 of the release are summarized as
  `n_members`; the members themselves are in `alliance_members`.
- `alliance_members`: {len(m)} member-phase rows (entry/exit dates, phase,
  member-specific obligations). Key: alliance, member, phase and entry year (entry month and day are missing for some rows).
- `alliance_dyads`: {len(dd)} ATOP v5.1 directed dyad-years (1946-2018) as
  packaged by peacesciencer; directed because 1,394 dyad-years differ by
  direction.

## Coding decisions
- Values as released; integer-valued columns are stored as integers.
  ATOP's own codes (e.g. `organ1`, `milcon`, `armred`) keep ATOP's meaning:
  see the ATOP v4.01 codebook.
- `endyr`/`yrexit` 0 means "in force / member at the end of coverage", as
  in ATOP. The project's `agreements` table derives multilateral security
  agreements from these rows (keeping `atopid`).
- COW Formal Alliances is not shipped: its maintainer asked that software not
  redistribute it.

## Terms
ATOP is free with a citation requirement: cite Leeds et al. (2002) and the
version (4.01; 5.1 for the dyad-years). `rg.cite("alliances")`.
"""
    write_dataset("alliances", title="ATOP alliances, members and directed dyad-years",
                  description="ATOP v4.01 alliance- and member-level data after 1945 and ATOP v5.1 directed dyad-years.",
                  version="1.0.0", licenses=[CITATION_TERMS],
                  sources=[source("Alliance Treaty Obligations and Provisions (ATOP)", "4.01; 5.1 dyad-years", "atop2002",
                                  "http://www.atopdata.org/"),
                           source("peacesciencer", "GPL-2", "miller2022peacesciencer")],
                  resources=resources, readme=readme)

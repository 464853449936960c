"""Build ``datasets/igo``: COW IGO v3 organizations and state memberships as spells."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from _common import COW_TERMS, Resource, fk, fld, read_raw, source, write_dataset

STATUS = [{"value": "full", "label": "full member (COW status 1)"},
          {"value": "associate", "label": "associate member (COW status 2)"},
          {"value": "observer", "label": "observer (COW status 3)"}]


def spells(long: pd.DataFrame, keys: list[str], value: str) -> pd.DataFrame:
    """Collapse a long unit-year table into spells of consecutive years with the same value."""
    d = long.sort_values(keys + ["year"]).reset_index(drop=True)
    same_unit = (d[keys] == d[keys].shift()).all(axis=1)
    new = ~same_unit | (d["year"] != d["year"].shift() + 1) | (d[value] != d[value].shift())
    d["spell"] = new.cumsum()
    out = d.groupby("spell").agg(**{k: (k, "first") for k in keys}, **{value: (value, "first")},
                                 start=("year", "min"), end=("year", "max"))
    return out.reset_index(drop=True)


def cow_igo_spells(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """COW IGO v3's organization list and its state memberships as spells (``ionum, ccode, status, start, end``),
    checked to reproduce the state-IGO-year table exactly."""
    lst = read_raw(raw, "cow_igo/igo_list_v3.csv")
    lst["deaddate"] = lst["deaddate"].astype("Int64")
    lst["igocode"] = lst["igocode"].astype("Int64")
    mem = read_raw(raw, "cow_igo/igo_membership_state_igo_year_v3.csv")
    mem["status"] = mem["status"].map({1: "full", 2: "associate", 3: "observer"})
    ionum = lst.set_index("ioname")["ionum"]
    mem["ionum"] = mem["ioname"].map(ionum)
    sp = spells(mem, ["ionum", "ccode"], "status")
    # the spell table must reproduce the long table exactly
    back = sp.loc[sp.index.repeat(sp["end"] - sp["start"] + 1)].copy()
    back["year"] = back.groupby(level=0).cumcount() + back["start"]
    chk = back[["ionum", "ccode", "year", "status"]].sort_values(["ionum", "ccode", "year"]).reset_index(drop=True)
    ref = mem[["ionum", "ccode", "year", "status"]].sort_values(["ionum", "ccode", "year"]).reset_index(drop=True)
    if not chk.equals(ref):
        raise AssertionError("IGO spells do not reproduce the state-IGO-year table")
    sp["ioname"] = sp["ionum"].map(lst.set_index("ionum")["ioname"])
    return lst, sp


def build(raw: Path) -> None:
    lst, sp = cow_igo_spells(raw)
    list_fields = [
        fld("ionum", "integer", "COW IGO number (identifier; MIA's cow_igo_ionum)", required=True, unique=True),
        fld("ioname", "string", "COW IGO short name (abbreviation)", required=True, unique=True),
        fld("orgname", "string", "Organization name (abbreviated)"),
        fld("longorgname", "string", "Full organization name"),
        fld("igocode", "integer", "Older COW IGO code (v2), where it had one"),
        fld("sdate", "year", "Year of founding"),
        fld("deaddate", "year", "Year the organization ended (NA = alive at the end of coverage, 2014)"),
        fld("integrated", "integer", "1 if it was integrated into another IGO", minimum=0, maximum=1),
        fld("replaced", "integer", "1 if it was replaced by another IGO", minimum=0, maximum=1),
        fld("political", "integer", "1 if COW codes a political remit", minimum=0, maximum=1),
        fld("social", "integer", "1 if COW codes a social remit", minimum=0, maximum=1),
        fld("economic", "integer", "1 if COW codes an economic remit", minimum=0, maximum=1),
        fld("imputed", "integer", "1 if COW imputed membership years", minimum=0, maximum=1),
        fld("first_year_in_data", "year", "First year with membership rows"),
        fld("last_year_in_data", "year", "Last year with membership rows"),
    ]
    mem_fields = [
        fld("ionum", "integer", "COW IGO number", required=True),
        fld("ioname", "string", "COW IGO short name", required=True),
        fld("ccode", "integer", "COW state code", required=True),
        fld("status", "string", "Membership status over the spell", categories=STATUS, ordered=False, required=True),
        fld("start", "year", "First year of the spell", required=True, minimum=1946, maximum=2014),
        fld("end", "year", "Last year of the spell (inclusive)", required=True, minimum=1946, maximum=2014),
    ]
    resources = [
        Resource("igo_list", "COW IGO v3 organizations", "organization", list_fields, ["ionum"],
                 lst[[f["name"] for f in list_fields]],
                 description="The 534 intergovernmental organizations of COW IGO v3.0 with founding and end years and remit flags."),
        Resource("igo_memberships", "COW IGO v3 state memberships as spells, 1946-2014", "membership spell", mem_fields,
                 ["ionum", "ccode", "start"], sp,
                 description="Consecutive state-IGO-years with the same status collapsed into spells (exactly equivalent to COW's state-IGO-year rows with status full, associate or observer).",
                 foreign_keys=[fk("ionum", "igo_list", "ionum")]),
    ]
    readme = f"""
# `igo`: COW IGO v3 organizations and memberships

Two tables from the Correlates of War IGO data v3.0 (Pevehouse et al. 2020),
1946-2014, as shipped by the R package igoR v1.0.3:

- `igo_list`: the {len(lst)} IGOs (number, names, founding and end year,
  remit flags).
- `igo_memberships`: {len(sp)} spells (state, IGO, status, first and last
  year) equivalent to the {int((sp["end"] - sp["start"] + 1).sum())} state-IGO-year rows with status full (1),
  associate (2) or observer (3). The build checks that expanding the spells
  gives back exactly the long table.

## Coding decisions and caveats
- The raw extract dropped COW's non-membership (0), missing (-9) and
  non-system (-1) codes, so the absence of a spell means "not a member, or
  not coded". Do not read a gap as a withdrawal without checking.
- COW v3 records years at five-year intervals through 1965 and annually
  thereafter, yet the igoR state-year object has annual rows for 1946-1965;
  treat pre-1965 annual spell boundaries with that caveat.
- COW v3 has known errors (e.g. the EAC in 2014 lists nine full members);
  the project's own `memberships` table is cross-checked against it with
  `rg.crosscheck_memberships()`.

## Terms
COW data are free to use with citation: give the version (3.0) and cite
Pevehouse et al. (2020) and Wallace and Singer (1970). `rg.cite("igo_memberships")`.
"""
    write_dataset("igo", title="COW IGO v3 organizations and state memberships",
                  description="Intergovernmental organizations and state membership spells, 1946-2014.",
                  version="1.0.0", licenses=[COW_TERMS],
                  sources=[source("COW Intergovernmental Organizations", "3.0", "cow_igo_v3"),
                           source("Wallace and Singer IGO data", "1970", "wallace1970igo")],
                  resources=resources, readme=readme,
                  checks=[{"type": "spell_order", "resource": "igo_memberships", "start": "start", "end": "end"},
                          {"type": "no_overlap", "resource": "igo_memberships", "by": ["ionum", "ccode"],
                           "start": "start", "end": "end"}])

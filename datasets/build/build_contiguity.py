"""Build ``datasets/contiguity``: COW Direct Contiguity v3.2 (master records and dyad-years)."""
from __future__ import annotations

from pathlib import Path

from _common import COW_TERMS, Resource, fld, read_raw, source, write_dataset

CONT = [{"value": 1, "label": "land or river border"}, {"value": 2, "label": "separated by 12 miles of water or less"},
        {"value": 3, "label": "12-24 miles of water"}, {"value": 4, "label": "24-150 miles of water"},
        {"value": 5, "label": "150-400 miles of water"}]


def build(raw: Path) -> None:
    master = read_raw(raw, "contiguity/cow_contdir_v32_master_directed.csv")
    dy = read_raw(raw, "contiguity/cow_contdir_v32_directed_dyad_year.csv")
    m_fields = [fld("ccode1", "integer", "COW code of state 1", required=True),
                fld("ccode2", "integer", "COW code of state 2", required=True),
                fld("conttype", "integer", "Contiguity type (1 closest)", categories=CONT, ordered=True, required=True),
                fld("begin", "integer", "Start of the spell, YYYYMM", required=True),
                fld("end", "integer", "End of the spell, YYYYMM (201612 = in force at the end of coverage)", required=True)]
    d_fields = [fld("ccode1", "integer", "COW code of state 1", required=True),
                fld("ccode2", "integer", "COW code of state 2", required=True),
                fld("year", "year", "Year", required=True, minimum=1946, maximum=2016),
                fld("conttype", "integer", "Closest contiguity type in the year", categories=CONT, ordered=True, required=True),
                fld("n_records", "integer", "Number of master records covering the dyad-year", minimum=1)]
    resources = [
        Resource("contiguity_spells", "COW Direct Contiguity v3.2, directed master records", "directed dyad spell", m_fields,
                 ["ccode1", "ccode2", "begin"], master, description="Contiguity spells in force at some time from January 1946."),
        Resource("contiguity", "COW Direct Contiguity v3.2, directed dyad-years", "directed dyad-year", d_fields,
                 ["ccode1", "ccode2", "year"], dy, description="Contiguous directed dyad-years 1946-2016 (absence = not contiguous within 400 miles)."),
    ]
    readme = f"""
# `contiguity`: COW Direct Contiguity v3.2

- `contiguity_spells`: {len(master)} directed master records (spells in force at some
  point from January 1946; `begin` may be earlier).
- `contiguity`: {len(dy)} contiguous directed dyad-years, 1946-2016. A record covers
  every calendar year from its begin to its end year; when several records
  cover a dyad-year, `conttype` is the closest type among them
  (peacesciencer 0.5.0's documented rule) and `n_records` > 1.

## Caveats
Absence of a dyad-year means not contiguous within 400 miles (for dyads where
both are system members). Master records can start before a state enters the
COW system (e.g. Palau-FSM); no filtering on system membership was applied.
Coverage ends in 2016.

## Terms
COW data: give the version (3.2) and cite Stinnett et al. (2002).
"""
    write_dataset("contiguity", title="COW Direct Contiguity v3.2", description="Direct contiguity of states, 1946-2016.",
                  version="1.0.0", licenses=[COW_TERMS],
                  sources=[source("COW Direct Contiguity Data", "3.2", "stinnett2002contiguity")],
                  resources=resources, readme=readme)

"""Build ``datasets/ucdp``: UCDP/PRIO armed conflicts (conflict-year, location-year) and onsets."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from _common import CC_BY, Resource, fld, read_raw, source, write_dataset

INCOMP = [{"value": 1, "label": "territory"}, {"value": 2, "label": "government"}, {"value": 3, "label": "territory and government"}]
INTENS = [{"value": 1, "label": "minor: 25-999 battle-related deaths in the year"}, {"value": 2, "label": "war: 1,000 or more"}]
TYPES = [{"value": 1, "label": "extrasystemic"}, {"value": 2, "label": "interstate"}, {"value": 3, "label": "intrastate"},
         {"value": 4, "label": "internationalized intrastate"}]


def supporters(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Secondary supporter states of either side per conflict-year (rule: the union of ``gwno_a_2nd`` and ``gwno_b_2nd``).

    Returns ``conflict_id``, ``year``, ``gwno_2nd`` (the G-W codes, sorted, comma-separated; NA without a
    supporter) and ``n_2nd`` (their number, 0 without a supporter).
    """
    def codes(row: pd.Series) -> list[int]:
        vals = [row["gwno_a_2nd"], row["gwno_b_2nd"]]
        return sorted({int(v) for text in vals if isinstance(text, str) for v in text.split(",") if v.strip()})
    both = conflicts.apply(codes, axis=1)
    return pd.DataFrame({"conflict_id": conflicts["conflict_id"], "year": conflicts["year"],
                         "gwno_2nd": [",".join(map(str, v)) if v else pd.NA for v in both],
                         "n_2nd": pd.array([len(v) for v in both], dtype="Int64")})


def build(raw: Path) -> None:
    c = read_raw(raw, "ucdp/ucdp_acd_v25_1_conflict_year.csv", dtype={"gwno_a": str, "gwno_a_2nd": str, "gwno_b": str,
                                                                      "gwno_b_2nd": str, "gwno_loc": str, "region": str,
                                                                      "side_a_id": str, "side_b_id": str})
    for col in ["ep_end", "start_prec", "start_prec2", "ep_end_prec", "cumulative_intensity"]:
        c[col] = c[col].astype("Int64")
    loc = read_raw(raw, "ucdp/ucdp_acd_v25_1_location_year.csv", dtype={"region": str})
    loc["ccode"] = loc["ccode"].astype("Int64")
    loc = loc.merge(supporters(c), on=["conflict_id", "year"], how="left", validate="many_to_one")
    ons = read_raw(raw, "ucdp/ucdp_onsets_v19_1_cy.csv")
    ons["ccode"] = ons["ccode"].astype("Int64")
    c_fields = [
        fld("conflict_id", "integer", "UCDP conflict identifier", required=True),
        fld("location", "string", "Name(s) of the government side's country (UCDP: not where fighting occurred)"),
        fld("side_a", "string", "Side A"), fld("side_a_id", "string", "Side A UCDP actor id(s), comma-separated"),
        fld("side_a_2nd", "string", "Secondary supporters of side A"),
        fld("side_b", "string", "Side B"), fld("side_b_id", "string", "Side B UCDP actor id(s), comma-separated"),
        fld("side_b_2nd", "string", "Secondary supporters of side B"),
        fld("incompatibility", "integer", "Incompatibility", categories=INCOMP),
        fld("territory_name", "string", "Contested territory"),
        fld("year", "year", "Year", required=True, minimum=1946, maximum=2024),
        fld("intensity_level", "integer", "Intensity in the year", categories=INTENS, ordered=True),
        fld("cumulative_intensity", "integer", "1 if the conflict has reached 1,000 deaths since its start", minimum=0, maximum=1),
        fld("type_of_conflict", "integer", "Type of conflict", categories=TYPES),
        fld("start_date", "date", "Date of the first battle-related death"),
        fld("start_prec", "integer", "Precision of start_date (UCDP code)"),
        fld("start_date2", "date", "Date the conflict (episode) reached 25 deaths"),
        fld("start_prec2", "integer", "Precision of start_date2"),
        fld("ep_end", "integer", "1 if the episode ended in this year", minimum=0, maximum=1),
        fld("ep_end_date", "date", "Date the episode ended"),
        fld("ep_end_prec", "integer", "Precision of ep_end_date (empty in the whole v25.1 release)"),
        fld("gwno_a", "string", "G-W code(s) of side A, comma-separated"),
        fld("gwno_a_2nd", "string", "G-W codes of side A's supporters"),
        fld("gwno_b", "string", "G-W code(s) of side B"), fld("gwno_b_2nd", "string", "G-W codes of side B's supporters"),
        fld("gwno_loc", "string", "G-W code(s) of the location (government side), comma-separated"),
        fld("region", "string", "UCDP region code(s): 1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas"),
        fld("version", "number", "UCDP/PRIO release"),
    ]
    l_fields = [
        fld("conflict_id", "integer", "UCDP conflict identifier", required=True),
        fld("year", "year", "Year", required=True),
        fld("gwcode", "integer", "G-W code of one location state", required=True),
        fld("ccode", "integer", "COW code of that state-year (isard crosswalk; NA for territories before independence)"),
        fld("iso3c", "string", "ISO3 code (countrycode)"),
        fld("location", "string", "Location names as in the conflict-year row"),
        fld("n_loc", "integer", "Number of location codes in the conflict-year row"),
        fld("side_a", "string", "Side A"), fld("side_b", "string", "Side B"),
        fld("incompatibility", "integer", "Incompatibility", categories=INCOMP),
        fld("type_of_conflict", "integer", "Type of conflict", categories=TYPES),
        fld("intensity_level", "integer", "Intensity", categories=INTENS, ordered=True),
        fld("region", "string", "UCDP region code(s)"),
        fld("gwno_2nd", "string", "Derived by the build: G-W codes of the secondary supporter states of either side "
            "(union of the conflict-year's gwno_a_2nd and gwno_b_2nd), sorted, comma-separated; NA without one"),
        fld("n_2nd", "integer", "Derived by the build: number of codes in gwno_2nd (0 without a secondary supporter)",
            minimum=0),
    ]
    o_fields = [
        fld("gwcode", "integer", "G-W state code", required=True), fld("ccode", "integer", "COW code (isard crosswalk)"),
        fld("iso3c", "string", "ISO3 code"), fld("year", "year", "Year", required=True),
        fld("sumnewconf", "integer", "New conflicts in the country-year"),
        fld("sumonset1", "integer", "Onsets after at least 1 year without conflict"),
        fld("sumonset2", "integer", "Onsets after at least 2 years"), fld("sumonset3", "integer", "Onsets after at least 3 years"),
        fld("sumonset5", "integer", "Onsets after at least 5 years"), fld("sumonset10", "integer", "Onsets after at least 10 years"),
    ]
    resources = [
        Resource("ucdp_conflicts", "UCDP/PRIO Armed Conflict Dataset v25.1, conflict-year", "conflict-year", c_fields,
                 ["conflict_id", "year"], c, description="All 2,752 conflict-years of the release, 1946-2024."),
        Resource("ucdp_locations", "UCDP/PRIO conflict locations, one row per location state", "conflict-location-year",
                 l_fields, ["conflict_id", "year", "gwcode"], loc, description="The conflict-years in long form, one row per G-W code in gwno_loc."),
        Resource("ucdp_onsets", "UCDP conflict onsets v19.1, country-year", "state-year", o_fields, ["gwcode", "year"], ons,
                 description="Conflict onsets per G-W state-year, 1946-2017."),
    ]
    readme = f"""
# `ucdp`: UCDP/PRIO armed conflicts and onsets

- `ucdp_conflicts`: the {len(c)} conflict-years of the UCDP/PRIO Armed Conflict
  Dataset version 25.1 (1946-2024), all 28 columns as released (dates as
  ISO `YYYY-MM-DD`).
- `ucdp_locations`: the same conflict-years in long form ({len(loc)} rows), one per G-W
  code in `gwno_loc`, with COW codes from isard's crosswalk, and two columns the
  build derives from the conflict-year row: `gwno_2nd` (G-W codes of the
  secondary supporter states of either side, the union of `gwno_a_2nd` and
  `gwno_b_2nd`) and `n_2nd` (their number).
- `ucdp_onsets`: UCDP Onset Data v19.1 ({len(ons)} G-W state-years, 1946-2017) as
  packaged by peacesciencer.

## Caveats
UCDP's `location`/`gwno_loc` is the government side of the incompatibility,
not where fighting occurred: an interstate conflict lists every primary party
(e.g. the 2001 Afghanistan war lists the USA and UK). The project's
functional-demand measures count conflicts by location state and say so.
`ccode` is missing for territories before independence in extrasystemic
conflicts. Multi-valued fields stay comma-separated strings as released.
The extracts hold the state-based armed conflicts only: UCDP's non-state
conflict and one-sided violence datasets are not in them.

## Terms
UCDP data: CC BY 4.0 per UCDP's download site. Always give the version
(25.1) and call it "the UCDP/PRIO Armed Conflict Dataset"; cite Gleditsch et
al. (2002) and Davies et al. (2025).
"""
    write_dataset("ucdp", title="UCDP/PRIO armed conflicts and onsets",
                  description="UCDP/PRIO Armed Conflict Dataset v25.1 and UCDP onsets v19.1.", version="1.0.0",
                  licenses=[CC_BY],
                  sources=[source("UCDP/PRIO Armed Conflict Dataset", "25.1", "ucdp_prio2002", "https://ucdp.uu.se/downloads/"),
                           source("UCDP Organized violence 1989-2024", "25.1", "davies2025ucdp"),
                           source("UCDP Onset Data", "19.1", "miller2022peacesciencer")],
                  resources=resources, readme=readme)

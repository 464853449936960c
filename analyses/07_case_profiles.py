"""Case profiles: regime, leadership, external dependence, functional demand and security regionalism by region, 2010-2019

One row per comparison region with the means over 2010-2019 of the
explanatory conditions of the seed article's argument (Mayer, sec. 3) and of
the outcome: regime (mean V-Dem polyarchy, share of autocracies),
leadership (CINC share of the largest state, leader/runner-up CINC ratio,
number of leaders), external dependence (share of the region's security
institutions that include outside members; a major power inside the region),
functional demand (UCDP/PRIO armed conflicts located in member states and in
bordering outside states), and security regionalism (share of
years with an exclusive security institution, its mean depth, and the depth of
institutions with outside members). Computed with
``rg.cross_section(rg.region_year(...), years=(2010, 2019), how="mean")``.

Data: ``region_year`` panel (``states``, ``region_members``,
``organizations``, ``memberships``, ``agreements``, ``agreement_parties``,
``security_design``, ``ucdp_conflicts``, ``alliances``).
Outputs: ``case_profiles.csv/.md/.tex``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_table
from regionalism.study.samples import COMPARISON_REGIONS, region_names, region_year_panel

DATASETS = ["states", "region_members", "organizations", "memberships", "security_design", "ucdp_conflicts"]
REFERENCES = ["mayer_seed", "vdem_v15", "singer1972nmc", "davies2025ucdp"]
YEARS = (2010, 2019)
#: column -> heading, grouped by concept
COLUMNS: dict[str, str] = {
    "n_states": "States",
    "polyarchy_mean": "Polyarchy",
    "autocracy_share": "Autocracies",
    "leader_share_cinc": "Leader CINC share",
    "leader_ratio_cinc": "Leader/runner-up",
    "n_leaders": "Leaders",
    "external_share": "External share",
    "major_power_inside": "Major power inside",
    "conflict_count": "Conflicts",
    "conflict_neighbors": "Conflicts w. neighbours",
    "secreg_exists": "Sec. regionalism (share of years)",
    "secreg_depth": "Exclusive depth",
    "outside_depth": "Outside depth",
}


def profile_table(years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Region means over ``years`` of the case-profile columns.

    Returns
    -------
    pandas.DataFrame
        ``Region`` then one column per entry of :data:`COLUMNS` (headings as
        column names), Central Asia first, the others alphabetically.
    """
    cs = rg.cross_section(region_year_panel(), years=years, how="mean")
    cs = cs.loc[[r for r in COMPARISON_REGIONS if r in cs.index], list(COLUMNS)]
    cs = cs.astype(float).rename(columns=COLUMNS)
    names = region_names()
    cs.insert(0, "Region", [names[r] for r in cs.index])
    order = sorted(cs.index, key=lambda r: (r != "central_asia", names[r]))
    return cs.loc[order].reset_index(drop=True)


def run(out: Path) -> list[Output]:
    table = profile_table()
    caption = (f"Case profiles: means over {YEARS[0]}-{YEARS[1]} of regime, leadership, external dependence, "
               "functional demand and security regionalism by region")
    notes = ["Polyarchy: mean V-Dem electoral democracy index of the members; Autocracies: share of members "
             "that are closed or electoral autocracies (V-Dem RoW); both over the coded members, blank unless "
             "they hold at least 80% of the region's population. "
             "Leader CINC share, Leader/runner-up and Leaders (plausible leaders) from COW NMC. External share: "
             "share of the region's security institutions with outside members, counting ATOP obligations with "
             "an outside major power. Conflicts: UCDP/PRIO conflicts located in member states per year; "
             "Conflicts w. neighbours: in bordering outside states (data to 2016). Depth: 0-1 index of the "
             "deepest institution of that kind, 0 when none; blank where those that exist lack a depth score."]
    return save_table(table, out, "case_profiles", caption=caption, notes=notes, digits=2)

"""Transnational demand in the panel: Central Asia values hand-checked against the raw UCDP/PRIO v25.1
conflict-year CSV (/work/shared/data/raw/ucdp/ucdp_acd_v25_1_conflict_year.csv, rows of conflicts 395, 415
and 13324, the only ones whose gwno_loc lists a Central Asian state 702, 703 or 704 in these years)."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import regionalism as rg

COLUMNS = ["conflict_internationalized_count", "conflict_multi_member_count", "conflict_outside_support_count"]


@pytest.fixture(scope="module")
def central_asia() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rg.region_year(["central_asia"], years=(1992, 2025)).set_index("year")


@pytest.mark.parametrize("year, expected, why", [
    # 395 Tajikistan, type 4, secondary supporter Uzbekistan (704) on both sides: a member, so not from outside
    (1992, (1, 0, 0), "395 type 4 supported by member Uzbekistan"),
    # 395 type 4, gwno_a_2nd "365, 704": Russia supports the government
    (1993, (1, 0, 1), "395 type 4 supported by Russia (365)"),
    # 395 is type 3 from 1997, no supporter
    (1997, (0, 0, 0), "395 intrastate without supporters"),
    # 395 type 3; 415 Uzbekistan type 4 supported by Kyrgyzstan (703), a member
    (2000, (1, 0, 0), "415 type 4 supported by member Kyrgyzstan"),
    # 13324 Kyrgyzstan-Tajikistan border, type 2, gwno_loc "702, 703"
    (2021, (0, 1, 0), "13324 interstate between two members"),
    (2024, (0, 0, 0), "no conflict in a member"),
])
def test_central_asia_values_match_the_raw_conflict_rows(central_asia, year, expected, why):
    assert tuple(int(central_asia.loc[year, c]) for c in COLUMNS) == expected, why


def test_after_ucdp_coverage_is_na_and_per_state_scales(central_asia):
    assert central_asia.loc[2025, COLUMNS].isna().all()
    row = central_asia.loc[1993]
    assert float(row["conflict_internationalized_per_state"]) == pytest.approx(1 / int(row["n_states"]))


def test_codebook_documents_the_new_columns():
    fields = {f["name"]: f for f in rg.describe("region_year").resource["schema"]["fields"]}
    for c in [*COLUMNS, "conflict_internationalized_per_state"]:
        assert c in fields and fields[c]["description"]
    ucdp = {f["name"]: f for f in rg.describe("ucdp_locations").resource["schema"]["fields"]}
    assert "Derived by the build" in ucdp["gwno_2nd"]["description"]


def test_build_column_gwno_2nd_is_the_union_of_both_sides_supporters():
    loc = rg.load("ucdp_locations")
    conf = rg.load("ucdp_conflicts").set_index(["conflict_id", "year"])
    # raw row of 395 in 1993: gwno_a_2nd "365, 704", gwno_b_2nd empty
    row = loc[(loc["conflict_id"] == 395) & (loc["year"] == 1993)].iloc[0]
    assert (row["gwno_2nd"], int(row["n_2nd"])) == ("365,704", 2)
    # every row: n_2nd equals the number of distinct codes in the conflict-year's two supporter fields
    for (cid, year), n in loc.groupby(["conflict_id", "year"])["n_2nd"].first().items():
        src = conf.loc[(cid, year), ["gwno_a_2nd", "gwno_b_2nd"]]
        codes = {v.strip() for text in src if isinstance(text, str) for v in text.split(",")}
        assert int(n) == len(codes), (cid, year)

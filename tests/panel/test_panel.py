"""Region-year and organization-year panels: hand-checkable cases computed independently."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import regionalism as rg
from regionalism.data import Tables
from regionalism.measures.external import major_power_years
from regionalism.measures.institutions import depth_components
from regionalism.measures.outcome import qualifying_institutions
from regionalism.panel import institution_tables


@pytest.fixture(scope="module")
def ca_panel():
    return rg.region_year(["central_asia"], years=(1991, 2025))


def _members(org_id, year, statuses=("full", "suspended")):
    m = rg.load("memberships")
    m = m[(m.org_id == org_id) & m.status.isin(list(statuses))]
    ok = (m.start <= year) & (m.end.isna() | (m.end >= year))
    return set(m.loc[ok, "ccode"].astype(int))


def test_columns_follow_codebook_and_attrs(ca_panel):
    names = [f["name"] for f in rg.describe("region_year").resource["schema"]["fields"]]
    assert list(ca_panel.columns) == names
    assert ca_panel.attrs["unit"] == "region-year" and ca_panel.attrs["keys"] == ["region_id", "year"]
    assert not ca_panel.duplicated(["region_id", "year"]).any()


def test_central_asia_leadership_by_hand(ca_panel):
    states = rg.load("states")
    for year in (1995, 2005, 2015, 2019):
        s = states[states.ccode.isin([701, 702, 703, 704, 705]) & (states.year == year)].set_index("ccode")["cinc"]
        shares = (s / s.sum()).sort_values(ascending=False)
        row = ca_panel.set_index("year").loc[year]
        assert row.leader_cinc == shares.index[0]
        assert row.leader_share_cinc == pytest.approx(shares.iloc[0], rel=1e-12)
        assert row.leader_ratio_cinc == pytest.approx(shares.iloc[0] / shares.iloc[1], rel=1e-12)
        assert row.hhi_cinc == pytest.approx(float((shares ** 2).sum()), rel=1e-12)
        # Kazakhstan and Uzbekistan are the two leading states, close to parity
        assert {int(row.leader_cinc), int(row.runner_up_cinc)} == {704, 705}
        assert row.leader_ratio_cinc < 1.5


def test_polyarchy_aggregates_by_hand(ca_panel):
    states = rg.load("states")
    s = states[states.ccode.isin([701, 702, 703, 704, 705]) & (states.year == 2019)]["v2x_polyarchy"]
    row = ca_panel.set_index("year").loc[2019]
    assert row.polyarchy_mean == pytest.approx(s.mean())
    assert row.polyarchy_min == pytest.approx(s.min())
    assert row.polyarchy_sd == pytest.approx(s.std(ddof=1))
    # V-Dem v15 ends in 2024: NA in 2025, not a number
    assert pd.isna(ca_panel.set_index("year").loc[2025, "polyarchy_mean"])
    assert ca_panel.set_index("year").loc[2025, "polyarchy_coverage"] == 0


def test_uzbekistan_outside_csto_2013():
    # Uzbekistan suspended its CSTO membership on 28 June 2012 (Collective Security Council
    # decision of 19 Dec 2012); under the 31-December rule it is a full member to 2011
    full = ("full",)
    assert 704 in _members("csto", 2011, full) and 704 not in _members("csto", 2012, full)
    assert 704 not in _members("csto", 2013, full)
    si13 = rg.security_institutions("central_asia", 2013).set_index("unit_id")
    assert si13.loc["csto", "n_in_group"] == 3          # Kazakhstan, Kyrgyzstan, Tajikistan
    si11 = rg.security_institutions("central_asia", 2011).set_index("unit_id")
    assert si11.loc["csto", "n_in_group"] == 4


def test_canwfz_turns_secreg_on_with_low_depth(ca_panel):
    si08 = rg.security_institutions("central_asia", 2008)
    si09 = rg.security_institutions("central_asia", 2009)
    assert "canwfz" not in set(si08.unit_id)
    row = si09.set_index("unit_id").loc["canwfz"]
    assert row.kind == "exclusive" and row.n_members == 5 and row.n_outside == 0
    design = rg.load("security_design")
    d = design[(design.unit_id == "canwfz")]
    expected = depth_components(d)["depth_additive"].iloc[-1]
    assert row.depth_additive == pytest.approx(expected)
    assert row.depth_additive < 0.5                      # low depth
    p = ca_panel.set_index("year")
    assert p.loc[2009, "secreg_exists"] == 1 and p.loc[2009, "secreg_count"] >= 1


def test_depth_components_by_hand():
    row = pd.DataFrame([{
        "treaty_basis": 1, "standing_body": 1, "secretariat": 0, "mandate_defense": 1, "mandate_peacekeeping": 0,
        "mandate_counterterrorism": 1, "mandate_border": pd.NA, "mandate_drugs_crime": 0, "mandate_arms_control": 0,
        "mandate_civil_protection": 0, "mutual_assistance": 1, "joint_forces": 2, "decision_rule": "consensus",
        "intervention_right": 0, "dispute_settlement": pd.NA, "operational_record": 1}])
    comp = depth_components(row).iloc[0]
    # dispute_settlement missing (counts 0 of 10); mandate_border missing (2 of 7 mandates are 1)
    parts = [1, 1, 0, 2 / 7, 1, 1.0, 0, 0, 0.5]
    assert comp.depth_items_coded == 9 and comp.depth_coverage == pytest.approx(0.9)
    assert comp.depth_additive == pytest.approx(sum(parts) / 10)
    assert comp.depth_ordinal == 3 and bool(comp.has_security_mandate)
    old = depth_components(row, missing="skip").iloc[0]            # the older, inflating rule
    assert old.depth_additive == pytest.approx(np.mean([1, 1, 0, 2 / 6, 1, 1.0, 0, 0, 0.5]))
    assert old.depth_additive > comp.depth_additive
    none = depth_components(row.assign(mandate_defense=0, mandate_counterterrorism=0, mandate_border=0)).iloc[0]
    assert not bool(none.has_security_mandate)


def test_asean_exclusive_arf_from_outside():
    si = rg.security_institutions("southeast_asia", 2015).set_index("unit_id")
    assert si.loc["asean", "kind"] == "exclusive"
    assert si.loc["asean_arf", "kind"] == "from_outside"
    assert "USA" in si.loc["asean_arf", "outside_powers"].split(";")


def test_adding_an_outside_state_turns_regional_into_from_outside():
    ca = rg.region("central_asia")
    members = ca.member_years((2019, 2019)).rename(columns={"region_id": "group"})
    _, im, depth = institution_tables(Tables.shipped(), (2019, 2019))
    mp = major_power_years(rg.load("states"), (2019, 2019))
    q = qualifying_institutions(members, im, depth, major_powers=mp).set_index("unit_id")
    assert q.loc["canwfz", "kind"] == "exclusive"
    extra = pd.DataFrame([{"unit_type": "agreement", "unit_id": "canwfz", "ccode": 700, "year": 2019}])  # Afghanistan
    q2 = qualifying_institutions(members, pd.concat([im, extra], ignore_index=True), depth,
                                 major_powers=mp).set_index("unit_id")
    assert q2.loc["canwfz", "kind"] == "from_outside" and q2.loc["canwfz", "outside_members"] == "700"


def test_row_order_does_not_change_values():
    ca = rg.region("central_asia")
    shuffled = rg.Region(ca.region_id, ca.name, ca.description, ca.members.sample(frac=1, random_state=3))
    a = rg.region_year([ca], years=(2000, 2005))
    b = rg.region_year([shuffled], years=(2000, 2005))
    pd.testing.assert_frame_equal(a, b)


def test_user_region_behaves_like_builtin():
    mine = rg.Region.from_members("Central Asia", ["Kazakhstan", "KGZ", 702, "Turkmenistan", "Uzbekistan"],
                                  region_id="central_asia")
    a = rg.region_year(["central_asia"], years=(2010, 2012))
    b = rg.region_year([mine], years=(2010, 2012))
    pd.testing.assert_frame_equal(a, b)


def test_ambiguous_names_are_reported():
    with pytest.raises(rg.StateResolutionError, match="Korea"):
        rg.Region.from_members("x", ["Korea", "Japan"])


def test_cross_section_and_unit_check(ca_panel):
    cs = rg.cross_section(ca_panel, years=(2010, 2019), how="mean")
    assert cs.attrs["unit"] == "region"
    assert cs.loc["central_asia", "polyarchy_mean"] == pytest.approx(
        ca_panel[(ca_panel.year >= 2010) & (ca_panel.year <= 2019)]["polyarchy_mean"].mean())
    with pytest.raises(ValueError, match="region-year or organization-year"):
        rg.cross_section(rg.load("states"))


def test_organization_year_members():
    oy = rg.organization_year(["csto", "asean"], years=(2012, 2013)).set_index(["org_id", "year"])
    assert oy.loc[("csto", 2012), "n_states"] == len(_members("csto", 2012))
    assert oy.loc[("csto", 2013), "n_states"] == len(_members("csto", 2013))
    assert oy.loc[("asean", 2013), "n_home_region"] == 10
    assert oy.attrs["unit"] == "organization-year" if hasattr(oy, "attrs") else True


def test_full_panel_shape():
    panel = rg.region_year()
    assert panel.region_id.nunique() == len(rg.load("regions"))
    assert panel.year.min() == 1946 and panel.year.max() == 2025
    # the secreg outcome is never missing; depth only where qualifying institutions lack a score
    assert panel.secreg_exists.notna().all() and panel.outside_exists.notna().all()

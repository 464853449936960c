"""Pure measures on small hand-made frames: every expected value is worked out by hand in the comment."""
from __future__ import annotations

import pandas as pd
import pytest

from regionalism.measures.aggregates import power_measures, regime_measures
from regionalism.measures.demand import demand_measures
from regionalism.measures.external import defense_consultation_dyads, external_measures, major_power_years
from regionalism.measures.institutions import institution_member_years, institutions
from regionalism.measures.membership import organization_member_spells, organization_member_years
from regionalism.measures.outcome import outcome_measures, qualifying_institutions

NA = pd.NA


def _orgs(**cols):
    base = {"org_id": [], "name": [], "acronym": [], "founded": [], "dissolved": [], "parent_org": [],
            "led_by": [], "home_region": [], "security_mandate": []}
    base.update(cols)
    return pd.DataFrame(base)


ORGS = _orgs(org_id=["eu", "bomca", "pact", "pact_council", "old"], name=["EU", "BOMCA", "Pact", "Council", "Old"],
             acronym=["EU", "BOMCA", "P", "PC", "O"], founded=[1958, 2003, 2000, 2001, 1990],
             dissolved=[NA, NA, NA, NA, 1995], parent_org=[NA, NA, NA, "pact", NA], led_by=[NA, "eu", NA, NA, NA],
             home_region=[NA, "ca", "ca", "ca", "ca"],
             security_mandate=["none", "operational", "declaratory", "declaratory", "declaratory"])
MEMS = pd.DataFrame({
    "org_id": ["eu", "bomca", "pact", "pact", "pact", "pact", "old"],
    "ccode": [220, 705, 701, 702, 703, 704, 701],
    "start": [1958, 2003, 2000, 2000, 2000, 2000, 1990], "end": [NA, NA, NA, NA, 2004, NA, NA],
    "status": ["full", "full", "full", "full", "full", "observer", "full"]})
STATES = pd.DataFrame([(c, y) for c in (220, 701, 702, 703, 704, 705, 365) for y in range(1990, 2011)],
                      columns=["ccode", "year"])
NO_AGREEMENTS = pd.DataFrame({c: pd.Series([], dtype="string") for c in ("agreement_id", "title", "note")}
                             | {c: pd.Series([], dtype="Int64") for c in ("signed", "in_force", "ended")})
NO_PARTIES = pd.DataFrame({"agreement_id": [], "ccode": [], "joined": [], "left": []})


def test_membership_rule_statuses_parent_and_led_by():
    spells = organization_member_spells(ORGS, MEMS)
    got = {o: sorted(g["ccode"]) for o, g in spells.groupby("org_id")}
    assert got["pact"] == [701, 702, 703]                 # the observer (704) is no member
    assert got["pact_council"] == [701, 702, 703]         # no rows of its own: the parent's members
    assert got["bomca"] == [220, 705]                     # led_by the EU: the EU's members participate
    assert got["eu"] == [220]


def test_membership_years_respect_life_and_spell_ends():
    my = organization_member_years(ORGS, MEMS, STATES, (1990, 2010))
    old = my[my.org_id == "old"]
    assert sorted(old["year"]) == list(range(1990, 1996))  # dissolved 1995
    pact_703 = my[(my.org_id == "pact") & (my.ccode == 703)]
    assert sorted(pact_703["year"]) == list(range(2000, 2005))  # spell ends 2004
    council = my[my.org_id == "pact_council"]
    assert council["year"].min() == 2001  # founded 2001 although the parent's spells start in 2000
    assert not my.duplicated().any()


def test_membership_drops_years_outside_the_state_system():
    few = STATES[~((STATES.ccode == 702) & (STATES.year < 2005))]
    my = organization_member_years(ORGS, MEMS, few, (2000, 2010))
    assert my[(my.org_id == "pact") & (my.ccode == 702)]["year"].min() == 2005


def _inst_members(years=(2005, 2005)):
    inst = institutions(ORGS, NO_AGREEMENTS)
    return inst, institution_member_years(inst, ORGS, MEMS, NO_PARTIES, STATES, years)


def test_institutions_are_security_organizations_only():
    inst, im = _inst_members()
    assert sorted(inst["unit_id"]) == ["bomca", "old", "pact", "pact_council"]  # the EU has no security mandate
    assert sorted(im.loc[im.unit_id == "bomca", "ccode"]) == [220, 705]


def test_led_by_body_is_from_outside_for_the_region():
    _, im = _inst_members((2003, 2003))
    region = pd.DataFrame({"group": "ca", "ccode": [701, 702, 703, 705], "year": 2003})
    # in 2003 the Pact has three members (703 until 2004; 704 only observes); BOMCA one regional member (705): too few
    q = qualifying_institutions(region, im, pd.DataFrame(columns=["unit_type", "unit_id", "year"]),
                                major_powers=pd.DataFrame({"ccode": [220], "year": [2003], "stateabb": ["FRN"]}))
    assert set(q["unit_id"]) == {"pact", "pact_council"}
    assert set(q["kind"]) == {"exclusive"}
    # with two more regional states in BOMCA it qualifies, but from outside (the EU member 220)
    more = pd.concat([im, pd.DataFrame({"unit_type": "organization", "unit_id": "bomca", "ccode": [701, 702],
                                        "year": 2003})], ignore_index=True)
    q = qualifying_institutions(region, more, pd.DataFrame(columns=["unit_type", "unit_id", "year"]),
                                major_powers=pd.DataFrame({"ccode": [220], "year": [2003], "stateabb": ["FRN"]}))
    row = q.set_index("unit_id").loc["bomca"]
    assert (row["kind"], int(row["n_in_group"]), int(row["n_outside"]), row["outside_powers"]) == \
        ("from_outside", 3, 1, "FRN")
    out = outcome_measures(region, q.assign(depth_additive=float("nan"), depth_ordinal=pd.NA,
                                            **{c: float("nan") for c in ("treaty", "standing_body", "secretariat",
                                               "mandate_breadth", "mutual_assistance", "joint_forces",
                                               "majority_voting", "intervention_right", "dispute_settlement",
                                               "operational_record")})).loc[("ca", 2003)]
    assert (int(out["secreg_count"]), int(out["outside_count"])) == (2, 1)


def test_regime_mean_follows_the_population_coverage_rule():
    members = pd.DataFrame({"group": ["a", "a", "b", "b", "c", "c"], "ccode": [1, 2, 3, 4, 5, 6], "year": 2000})
    states = pd.DataFrame({"ccode": [1, 2, 3, 4, 5, 6], "year": 2000,
                           "v2x_polyarchy": [0.2, 0.4, 0.5, None, 0.9, None],
                           "v2x_polyarchy_v16": [None] * 6, "v2x_regime": [0, 2, 1, 1, 3, None],
                           "polity2": [None] * 6, "fh_status": ["NF", "F", None, None, "F", "F"],
                           "fh_total": [12, 2, None, None, 2, 3], "bmr_democracy": [None] * 6,
                           "tpop": [100.0, 300.0, 950.0, 50.0, 10.0, 90.0]})
    out = regime_measures(members, states)
    a, b, c = (out.loc[(g, 2000)] for g in "abc")
    assert a["polyarchy_mean"] == pytest.approx(0.3)                  # (0.2 + 0.4) / 2
    assert a["polyarchy_wmean"] == pytest.approx(0.35)                # (0.2 * 100 + 0.4 * 300) / 400
    # b: state 4 is not coded but holds 50 of 1000 (5%): coded members hold 95% >= 80%, the mean is reported
    assert (b["polyarchy_coverage"], b["polyarchy_pop_coverage"]) == (0.5, pytest.approx(0.95))
    assert b["polyarchy_mean"] == pytest.approx(0.5)
    # c: the coded member holds 10 of 100 (10%): NA
    assert pd.isna(c["polyarchy_mean"]) and c["polyarchy_pop_coverage"] == pytest.approx(0.1)
    assert a["autocracy_share"] == 0.5 and b["autocracy_share"] == 1.0
    assert a["fh_total_mean"] == pytest.approx(7.0) and c["fh_total_mean"] == pytest.approx(2.5)
    strict = regime_measures(members, states, regime_coverage=1.0)
    assert pd.isna(strict.loc[("b", 2000), "polyarchy_mean"])        # the strict rule: every member coded
    # unknown population: the share of states decides (1 of 2 coded = 0.5 < 0.8)
    nopop = regime_measures(members, states.assign(tpop=[100.0, 300.0, None, 50.0, 10.0, 90.0]))
    assert pd.isna(nopop.loc[("b", 2000), "polyarchy_mean"]) and pd.isna(nopop.loc[("b", 2000), "polyarchy_pop_coverage"])
    with pytest.raises(ValueError, match=r"regime_coverage must be a share in \(0, 1\]; got 0"):
        regime_measures(members, states, regime_coverage=0)


def test_population_is_carried_forward_as_a_weight_and_flagged():
    members = pd.DataFrame({"group": "a", "ccode": [1, 2], "year": [2023, 2023]})
    states = pd.DataFrame({"ccode": [1, 1, 2, 2], "year": [2022, 2023, 2022, 2023],
                           "v2x_polyarchy": [0.2, 0.2, 0.6, 0.6], "v2x_polyarchy_v16": None, "v2x_regime": 1,
                           "polity2": None, "fh_status": None, "fh_total": None, "bmr_democracy": None,
                           "tpop": [100.0, None, 300.0, None]})
    row = regime_measures(members, states).loc[("a", 2023)]
    assert bool(row["population_carried"]) and row["polyarchy_wmean"] == pytest.approx(0.5)  # 2022 weights


def test_tandem_and_leadership_without_major_powers():
    members = pd.DataFrame({"group": "g", "ccode": [1, 2, 3, 4], "year": 2000})
    states = pd.DataFrame({"ccode": [1, 2, 3, 4], "year": 2000, "cinc": [0.50, 0.20, 0.16, 0.14],
                           "fariss_gdp": [1.0, 1.0, 1.0, 1.0]})
    mp = pd.DataFrame({"ccode": [1], "year": [2000]})
    row = power_measures(members, states, major_powers=mp).loc[("g", 2000)]
    assert row["leader_ratio_cinc"] == pytest.approx(2.5) and int(row["tandem_cinc"]) == 0   # 0.50 / 0.20
    # without the major power (1): 2 leads 3 by 0.20 / 0.16 = 1.25, a share of 0.20 / 0.50 = 0.4
    assert row["leader_ratio_cinc_nomp"] == pytest.approx(1.25) and row["leader_share_cinc_nomp"] == pytest.approx(0.4)
    assert int(row["tandem_gdp"]) == 1                                                        # equal GDP: ratio 1
    assert int(power_measures(members, states, tandem_ratio=3).loc[("g", 2000), "tandem_cinc"]) == 1
    with pytest.raises(ValueError, match="tandem_ratio must be a number >= 1; got 0.5"):
        power_measures(members, states, tandem_ratio=0.5)


def test_power_leader_ratio_and_threshold():
    members = pd.DataFrame({"group": "a", "ccode": [1, 2, 3], "year": 2000})
    states = pd.DataFrame({"ccode": [1, 2, 3], "year": 2000, "cinc": [0.6, 0.3, 0.1], "fariss_gdp": [1.0, 1.0, 2.0]})
    row = power_measures(members, states, threshold=0.25).loc[("a", 2000)]
    assert (int(row["leader_cinc"]), int(row["runner_up_cinc"])) == (1, 2)
    assert row["leader_share_cinc"] == pytest.approx(0.6)
    assert row["leader_ratio_cinc"] == pytest.approx(2.0)                    # 0.6 / 0.3
    assert row["hhi_cinc"] == pytest.approx(0.36 + 0.09 + 0.01)
    assert int(row["n_leaders_cinc"]) == 2                                   # 0.6 and 0.3 >= 0.25
    assert int(row["leader_gdp"]) == 3 and row["leader_share_gdp"] == pytest.approx(0.5)


def test_external_share_counts_outside_major_power_ties():
    members = pd.DataFrame({"group": "a", "ccode": [1, 2], "year": 2000})
    im = pd.DataFrame({"unit_type": "organization", "unit_id": "club", "ccode": [1, 365], "year": 2000})
    states = pd.DataFrame({"ccode": [1, 2, 365], "year": 2000, "stateabb": ["A", "B", "RUS"],
                           "cow_major_power": [0, 0, 1]})
    dyads = defense_consultation_dyads(pd.DataFrame({"ccode1": [2], "ccode2": [365], "year": [2000],
                                                     "atop_defense": [0], "atop_consul": [0]}))
    row = external_measures(members, im, major_powers=major_power_years(states, (2000, 2000)), dyads=dyads
                            ).loc[("a", 2000)]
    assert row["external_share"] == 0.5 and row["external_powers"] == "RUS"  # state 1 via the club; 2 has no tie
    assert int(row["n_outside_bodies"]) == 1 and int(row["major_power_inside"]) == 0


def test_demand_counts_conflicts_in_members_and_neighbours():
    members = pd.DataFrame({"group": "a", "ccode": [1, 2], "year": 2000})
    conflicts = pd.DataFrame({"conflict_id": [10, 11, 12], "year": 2000, "ccode": [1, 1, 3],
                              "intensity_level": [1, 2, 1], "type_of_conflict": 3, "gwno_2nd": pd.NA})
    contiguity = pd.DataFrame({"ccode1": [2, 1], "ccode2": [3, 2], "year": 2000, "conttype": [1, 1]})
    states = pd.DataFrame({"ccode": [1, 2, 3, 1], "year": [2000, 2000, 2000, 1990], "gwcode": [1, 2, 3, 1]})
    row = demand_measures(members, conflicts=conflicts, contiguity=contiguity, states=states).loc[("a", 2000)]
    assert (int(row["conflict_count"]), int(row["conflict_war_count"]), int(row["conflict_any"])) == (2, 1, 1)
    assert int(row["conflict_neighbors"]) == 1                                # 12 in state 3, next to member 2
    assert int(row["youngest_member_years"]) == 0                             # state 2 enters in 2000
    assert row["conflict_per_state"] == pytest.approx(1.0)                    # 2 conflicts / 2 members
    assert row["conflict_neighbors_per_state"] == pytest.approx(0.5)


def test_transnational_demand_counts_internationalized_multi_member_and_outside_supported_conflicts():
    # group a = states 1, 2, 3 (G-W codes 1, 2, 300: state 3's G-W code differs from its COW code)
    members = pd.DataFrame({"group": "a", "ccode": [1, 2, 3, 1, 2, 3], "year": [2000] * 3 + [2025] * 3})
    conflicts = pd.DataFrame({
        "conflict_id": [20, 21, 22, 22, 23, 24, 25],
        "year": 2000,
        "ccode": [1, 2, 1, 2, 3, 9, 1],
        "intensity_level": 1,
        "type_of_conflict": [4, 4, 2, 2, 4, 4, 3],
        # 20: supported by member 2 (inside); 21: by member G-W 300 (= COW 3, inside: G-W codes are compared);
        # 22: interstate 1 vs 2 with no supporter; 23: by member 2 and outsider 600; 24: outside the group; 25: none
        "gwno_2nd": ["2", "300", pd.NA, pd.NA, "2,600", "700", pd.NA]})
    contiguity = pd.DataFrame({"ccode1": [1], "ccode2": [2], "year": 2000, "conttype": [1]})
    states = pd.DataFrame({"ccode": [1, 2, 3], "year": 2000, "gwcode": [1, 2, 300]})
    out = demand_measures(members, conflicts=conflicts, contiguity=contiguity, states=states)
    row = out.loc[("a", 2000)]
    assert int(row["conflict_internationalized_count"]) == 3                  # 20, 21, 23 (24 is not in a member)
    assert row["conflict_internationalized_per_state"] == pytest.approx(1.0)  # 3 / 3 members
    assert int(row["conflict_multi_member_count"]) == 1                      # 22 lists members 1 and 2
    assert int(row["conflict_outside_support_count"]) == 1                   # 23 (600); 20 and 21 inside
    late = out.loc[("a", 2025)]                                              # after UCDP's last year: NA, not 0
    assert all(pd.isna(late[c]) for c in ("conflict_internationalized_count", "conflict_multi_member_count",
                                          "conflict_outside_support_count"))

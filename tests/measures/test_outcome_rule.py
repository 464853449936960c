"""The outcome rule and the degree outcomes on small hand-made frames (expected values worked out in comments)."""
from __future__ import annotations

import pandas as pd
import pytest

import regionalism as rg
from regionalism.measures.institutions import COMPONENTS, institutions
from regionalism.measures.outcome import outcome_measures, qualifying_institutions

# a region of four states (1-4) in 2000
REGION = pd.DataFrame({"group": "r", "ccode": [1, 2, 3, 4], "year": 2000})
# institutions: "all4" organization of 1-4; "tri" agreement of 1-3; "mixed" organization of 1-3 + outside 9;
# "withpower" organization of 1-3 + outside major power 8 + outside 9 (3 of 5 inside)
IM = pd.DataFrame(
    [("organization", "all4", c) for c in (1, 2, 3, 4)] + [("agreement", "tri", c) for c in (1, 2, 3)]
    + [("organization", "mixed", c) for c in (1, 2, 3, 9)] + [("organization", "withpower", c) for c in (1, 2, 3, 8, 9)],
    columns=["unit_type", "unit_id", "ccode"]).assign(year=2000)
DEPTH = pd.DataFrame({"unit_type": ["organization", "agreement", "organization", "organization"],
                      "unit_id": ["all4", "tri", "mixed", "withpower"], "year": 2000,
                      "depth_additive": [0.2, 0.6, 0.5, float("nan")], "depth_ordinal": [1, 2, 2, pd.NA],
                      "depth_items_coded": [10, 10, 10, 0]} | {c: 0.0 for c in COMPONENTS})
POWERS = pd.DataFrame({"ccode": [8], "year": [2000], "stateabb": ["USA"]})


def _outcome(rule: rg.OutcomeRule) -> pd.Series:
    q = qualifying_institutions(REGION, IM, DEPTH, major_powers=POWERS, rule=rule)
    return outcome_measures(REGION, q).loc[("r", 2000)]


def test_default_rule_degree_all_members_and_counts():
    row = _outcome(rg.OutcomeRule())
    # exclusive: all4 (depth 0.2, share 4/4 -> 0.2) and tri (0.6, share 3/4 -> 0.45): degree = max = 0.45
    assert row["secreg_degree"] == pytest.approx(0.45)
    assert int(row["secreg_all_members"]) == 1            # all4 is an organization of every state
    assert (int(row["secreg_count_organizations"]), int(row["secreg_count_agreements"])) == (1, 1)
    assert row["secreg_depth"] == pytest.approx(0.6)      # deepest (unweighted) is tri
    # from outside: mixed (0.5 x 3/4 = 0.375) and withpower (depth not coded)
    assert row["outside_degree"] == pytest.approx(0.375)
    assert int(row["outside_uncoded"]) == 1 and int(row["secreg_uncoded"]) == 0
    assert int(row["outside_all_members"]) == 0


def test_kinds_min_members_and_min_depth():
    row = _outcome(rg.OutcomeRule(kinds=("organization",)))
    assert int(row["secreg_count"]) == 1 and row["secreg_degree"] == pytest.approx(0.2)  # tri does not count
    row = _outcome(rg.OutcomeRule(min_members=4))
    assert int(row["secreg_count"]) == 1 and int(row["outside_count"]) == 0  # only all4 has 4 regional states
    row = _outcome(rg.OutcomeRule(min_depth=0.3))
    # all4 (0.2) and the uncoded withpower drop out
    assert (int(row["secreg_count"]), int(row["outside_count"])) == (1, 1)
    assert int(row["secreg_all_members"]) == 0


def test_inside_share_and_no_outside_major_power():
    row = _outcome(rg.OutcomeRule(inside=0.75))
    # mixed has 3 of 4 members inside (0.75): exclusive; withpower 3 of 5 (0.6): from outside
    assert (int(row["secreg_count"]), int(row["outside_count"])) == (3, 1)
    row = _outcome(rg.OutcomeRule(inside="no_outside_major_power"))
    # mixed's outside member 9 is no major power: exclusive; withpower has the USA
    assert (int(row["secreg_count"]), int(row["outside_count"])) == (3, 1)
    assert row["secreg_strongest"] == "tri"


def test_degree_is_na_when_no_exclusive_institution_is_coded():
    depth = DEPTH.assign(depth_additive=float("nan"))
    q = qualifying_institutions(REGION, IM, depth, major_powers=POWERS)
    row = outcome_measures(REGION, q).loc[("r", 2000)]
    assert pd.isna(row["secreg_degree"]) and int(row["secreg_uncoded"]) == 2 and int(row["secreg_exists"]) == 1


def test_entry_into_force_unknown_is_left_out_or_counted_from_signature():
    orgs = pd.DataFrame({c: [] for c in ("org_id", "name", "acronym", "founded", "dissolved", "parent_org", "led_by",
                                         "home_region", "security_mandate")})
    ag = pd.DataFrame({"agreement_id": ["known", "unknown", "atop_1", "never"], "title": list("abcd"),
                       "signed": [1990, 1991, 1992, 1993], "in_force": [1992, pd.NA, pd.NA, pd.NA],
                       "ended": [pd.NA] * 4, "note": ["", "", "", "never entered into force"]})
    strict = institutions(orgs, ag)
    assert sorted(strict["unit_id"]) == ["atop_1", "known"]       # ATOP follows its own dated members
    assert strict.attrs["in_force_unknown"] == ["unknown"]
    lax = institutions(orgs, ag, in_force="signature").set_index("unit_id")
    assert sorted(lax.index) == ["atop_1", "known", "unknown"]
    assert int(lax.loc["unknown", "start"]) == 1991 and bool(lax.loc["unknown", "in_force_assumed"])
    with pytest.raises(ValueError, match="'entry_into_force' or 'signature'; got 'ratified'"):
        institutions(orgs, ag, in_force="ratified")


@pytest.mark.parametrize("kwargs, message", [
    ({"min_members": 1}, "min_members must be an integer >= 2; got 1"),
    ({"min_members": 2.5}, "min_members must be an integer >= 2; got 2.5"),
    ({"inside": "most"}, "inside must be 'all', 'no_outside_major_power' or a share in \\(0, 1\\]; got 'most'"),
    ({"inside": 0}, "got 0"),
    ({"statuses": ("observer",)}, "statuses must include 'full'"),
    ({"statuses": ("member",)}, "statuses must be a non-empty tuple of 'full', 'suspended', 'associate', 'observer'"),
    ({"kinds": ()}, "kinds must be a non-empty tuple of 'organization', 'agreement'; got \\(\\)"),
    ({"in_force": "ratification"}, "in_force must be one of 'entry_into_force', 'signature'; got 'ratification'"),
    ({"min_depth": 1.2}, "min_depth must be a number in \\[0, 1\\]; got 1.2"),
])
def test_bad_rule_fields_name_value_and_allowed(kwargs, message):
    with pytest.raises(ValueError, match=message):
        rg.OutcomeRule(**kwargs)


def test_rule_is_frozen_and_normalised():
    rule = rg.OutcomeRule(kinds=["agreement", "agreement"], inside=1)
    assert rule.kinds == ("agreement",) and rule.inside == 1.0
    with pytest.raises(AttributeError):
        rule.min_members = 4  # type: ignore[misc]


def test_reliance_needs_assistance_or_forces_with_an_outside_major_power():
    from regionalism.measures.external import defense_dyads, reliance_measures
    members = pd.DataFrame({"group": "r", "ccode": [1, 2, 3, 4], "year": 2019})
    im = pd.DataFrame([("organization", "pact", c) for c in (1, 8)] + [("organization", "forum", c) for c in (2, 8)]
                      + [("organization", "local", c) for c in (3, 4)], columns=["unit_type", "unit_id", "ccode"]
                      ).assign(year=2019)
    depth = pd.DataFrame({"unit_type": "organization", "unit_id": ["pact", "forum", "local"], "year": 2019,
                          "mutual_assistance": [1.0, 0.0, 1.0], "joint_forces": [0.0, 0.0, 1.0]})
    mp = pd.DataFrame({"ccode": [8], "year": [2019], "stateabb": ["USA"]})
    # ATOP: state 3 has a defence pledge with 8 in 2018, carried to 2019; state 4's pledge is with non-power 9
    dy = pd.DataFrame({"ccode1": [3, 4], "ccode2": [8, 9], "year": [2018, 2018], "atop_defense": [1, 1]})
    r = reliance_measures(members, im, depth, major_powers=mp, defense=defense_dyads(dy, (2019, 2019))).loc[("r", 2019)]
    # 1: pact with assistance and the outside power; 2: declaratory forum (not reliance); 3: carried ATOP pledge;
    # 4: neither (its pledge partner is no major power; "local" has no outside member)
    assert r["external_reliance"] == pytest.approx(0.5)
    assert r["external_reliance_institutions"] == pytest.approx(0.25) and r["external_reliance_atop"] == pytest.approx(0.25)
    assert bool(r["external_reliance_carried"])

"""A panel rebuilt under another rule from cached measures equals one computed from scratch."""
from __future__ import annotations

import warnings

import pandas as pd

import regionalism as rg
from regionalism.data.tables import clear_cache


def _panel(rule):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rg.region_year(["central_asia", "western_europe", "west_africa"], years=(1990, 2020), rule=rule)


def test_rebuild_under_new_rules_equals_a_fresh_build() -> None:
    rules = [rg.OutcomeRule(), rg.OutcomeRule(min_members=4), rg.OutcomeRule(in_force="signature"),
             rg.OutcomeRule(statuses=("full", "suspended"))]
    warm = [_panel(r) for r in rules]  # the later ones reuse the rule-independent measures
    for rule, got in zip(rules, warm):
        clear_cache()
        fresh = _panel(rule)
        pd.testing.assert_frame_equal(got, fresh)
    assert not warm[0].equals(warm[2])  # the rules do change the outcome


def test_rebuild_of_a_named_region_reuses_its_member_years() -> None:
    def build(rule):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return rg.region_year("central_asia", years=(1995, 2015), rule=rule)
    rules = [rg.OutcomeRule(), rg.OutcomeRule(inside=0.9), rg.OutcomeRule(min_depth=0.3),
             rg.OutcomeRule(kinds=("organization",)), rg.OutcomeRule(min_members=2)]
    warm = [build(r) for r in rules]
    for rule, got in zip(rules, warm):
        clear_cache()
        pd.testing.assert_frame_equal(got, build(rule))
    assert warm[0]["secreg_count"].sum() > warm[3]["secreg_count"].sum()  # agreements count by default only

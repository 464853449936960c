"""Region schemes: partitions, errors naming the value, the overlap warning, and the M49-box cases."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import regionalism as rg
from regionalism.geography import overlaps, schemes
from regionalism.panel import warn_overlapping_units
from regionalism.study.samples import COMPARISON_REGIONS, COMPARISON_SCHEME


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


@pytest.mark.parametrize("scheme", ["m49", "continent", "rsc", "rsc_sub"])
def test_every_scheme_is_a_partition_in_every_year(scheme):
    regs = rg.comparison_regions(scheme)
    # independent of comparison_regions' own check: count regions per state-year from the raw spells
    rm = rg.load("region_members")
    rm = rm[rm.region_id.isin([r.region_id for r in regs])]
    counts: dict[tuple[int, int], int] = {}
    for c, a, b in zip(rm.ccode, rm.start, rm["end"].fillna(2025)):
        for y in range(int(a), int(b) + 1):
            counts[(int(c), y)] = counts.get((int(c), y), 0) + 1
    assert max(counts.values()) == 1


def test_comparison_set_is_the_m49_partition():
    assert COMPARISON_SCHEME == "m49"
    assert tuple(r.region_id for r in rg.comparison_regions(COMPARISON_SCHEME)) == COMPARISON_REGIONS
    assert set(schemes()) == {"m49", "continent", "rsc", "rsc_sub"}
    assert "gulf" not in COMPARISON_REGIONS and "horn_of_africa" not in COMPARISON_REGIONS
    # M49 placement decides: Angola in Central Africa only, Mauritania in West Africa only
    assert 540 in rg.region("central_africa").members_in(2019) and 540 not in rg.region("southern_africa").members_in(2019)
    assert 435 in rg.region("west_africa").members_in(2019) and 435 not in rg.region("north_africa").members_in(2019)


def test_unknown_scheme_and_overlapping_user_scheme_are_named(tmp_path):
    with pytest.raises(KeyError, match="No region scheme 'rsc2'. Schemes: continent, m49, rsc, rsc_sub"):
        rg.comparison_regions("rsc2")
    folder = rg.new_region("My Stans", tmp_path, members=[700, 701], start=1992)
    (folder / "references.bib").write_text("@misc{un_m49,\n  title = {M49},\n  year = {2024}\n}\n", encoding="utf-8")
    (folder / "regions.csv").write_text(
        "region_id,name,continent,scheme,description,source,note\n"
        "my_stans,My Stans,Asia,mine,Central Asia plus Afghanistan,un_m49,\n"
        "my_caspian,My Caspian,Asia,mine,Caspian littoral,un_m49,\n", encoding="utf-8")
    (folder / "region_members.csv").write_text(
        "region_id,ccode,start,end,source,note\n"
        + "".join(f"my_stans,{c},1992,,un_m49,\n" for c in (700, 701, 702, 703, 704, 705))
        + "".join(f"my_caspian,{c},1992,,un_m49,\n" for c in (365, 373, 630, 701, 705)), encoding="utf-8")
    assert "mine" in schemes(extra=folder)
    with pytest.raises(ValueError, match=r"scheme 'mine' is not a partition: state 701 is in my_caspian and my_stans "
                                         r"in 1992 .*regions involved: my_caspian, my_stans"):
        rg.comparison_regions("mine", extra=folder)
    assert sorted(rg.region("my_stans", extra=folder).members_in(2000)) == [700, 701, 702, 703, 704, 705]


def test_overlap_is_recorded_and_warned_naming_a_state():
    ok = _quiet(rg.region_year, rg.comparison_regions("m49"), years=(2010, 2010))
    assert ok.attrs["unit_overlaps"]["n_state_years"] == 0 and not warn_overlapping_units(ok)
    bad = _quiet(rg.region_year, ["east_africa", "horn_of_africa"], years=(2010, 2010))
    assert bad.attrs["unit_overlaps"]["n_state_years"] == 4            # Djibouti, Eritrea, Ethiopia, Somalia
    with pytest.warns(UserWarning, match=r"state 520 is in east_africa and horn_of_africa in 2010"):
        assert warn_overlapping_units(bad)
    m = pd.DataFrame({"group": ["a", "a", "b"], "ccode": [1, 2, 3], "year": 2000})
    assert overlaps(m).empty


def test_eu_from_outside_is_not_an_m49_box_artefact_and_the_share_rule_is_documented():
    # continent Europe: the EU's one member outside it in 2019 is Cyprus (352, M49 Asia)
    eu = _quiet(rg.security_institutions, "europe", 2019).set_index("unit_id").loc["eu"]
    assert (eu["kind"], int(eu["n_outside"]), eu["outside_members"]) == ("from_outside", 1, "352")
    # a share rule makes it exclusive: 27 members, 26 in Europe (0.963 >= 0.95)
    eu95 = _quiet(rg.security_institutions, "europe", 2019, rule=rg.OutcomeRule(inside=0.95)).set_index("unit_id")
    assert eu95.loc["eu", "kind"] == "exclusive"
    # the default (m49) scheme splits Europe into four sub-regions: for Western Europe the EU is from outside
    # because most of its members are elsewhere in Europe, not because of Cyprus
    we = _quiet(rg.security_institutions, "western_europe", 2019).set_index("unit_id").loc["eu"]
    assert we["kind"] == "from_outside" and int(we["n_outside"]) > int(we["n_in_group"])


def test_every_comparison_region_has_a_regime_mean_in_2010_and_a_strict_rule_names_the_gaps():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = rg.region_year(rg.comparison_regions(), years=(2010, 2010))
    assert p["polyarchy_mean"].notna().all() and p.attrs["regime_coverage"] == 0.8
    assert p.attrs["no_regime_mean"] == {}
    with pytest.warns(UserWarning, match=r"polyarchy_mean is NA .* less than 1 of the population\): caribbean"):
        strict = rg.region_year(rg.comparison_regions(), years=(2010, 2010), regime_coverage=1.0)
    # Monaco and Liechtenstein (no V-Dem score) blank Western Europe under the strict rule only
    assert "western_europe" in strict.attrs["no_regime_mean"]
    assert strict.set_index("region_id").loc["western_europe", "polyarchy_coverage"] < 1


def test_external_reliance_does_not_break_at_atop_end():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = rg.region_year(rg.comparison_regions(), years=(2018, 2019))
    w = p.pivot(index="region_id", columns="year", values="external_reliance")
    assert w.notna().all().all() and len(w) == 20
    jump = (w[2019] - w[2018]).abs()
    assert jump.max() <= 0.2, jump.sort_values().tail(3).to_dict()
    ca = p.set_index(["region_id", "year"]).loc[("central_asia", 2019)]
    # neutral Turkmenistan has no defence tie: 4 of 5 (co-membership alone, external_share, says 5 of 5)
    assert ca["external_reliance"] == pytest.approx(0.8) and ca["external_share"] == pytest.approx(1.0)
    assert bool(ca["external_reliance_carried"])


def test_depth_does_not_inflate_or_count_periods_without_a_security_mandate():
    d = rg.load("security_design")
    from regionalism.measures.institutions import depth_components
    c = depth_components(d).assign(unit_id=d["unit_id"], start=d["start"])
    cau = c[c.unit_id == "cau"].iloc[0]
    # the Central Asian Union's spell codes 6 of 10 items: a lower bound (sum / 10), not the mean of the six
    assert cau["depth_coverage"] == pytest.approx(0.6)
    assert cau["depth_additive"] < depth_components(d[d.unit_id == "cau"], missing="skip")["depth_additive"].iloc[0]
    # the EEC (1958-1992 spell: no mandate item is 1) is no security institution for Europe in 1980
    si = _quiet(rg.security_institutions, "western_europe", 1980, kind="all")
    assert "eu" not in set(si["unit_id"])
    assert "eu" in set(_quiet(rg.security_institutions, "western_europe", 1995)["unit_id"])


def test_rsc_schemes_nest_and_place_central_asia():
    subs = {r.region_id: r for r in rg.comparison_regions("rsc_sub")}
    complexes = {r.region_id: r for r in rg.comparison_regions("rsc")}
    assert sorted(subs["rsc_sub_central_asia"].members_in(2019)) == [701, 702, 703, 704, 705]
    # every sub-complex state-year lies in one complex (the post-Soviet one for Central Asia)
    assert subs["rsc_sub_central_asia"].members_in(2019) <= complexes["rsc_post_soviet"].members_in(2019)
    assert 640 not in set().union(*(r.members_in(2019) for r in complexes.values()))  # Turkey: an insulator


def test_rsc_africa_complexes_follow_their_documented_rules_and_insulators_stay_out():
    complexes = {r.region_id: r for r in rg.comparison_regions("rsc")}
    assert {"rsc_southern_africa", "rsc_horn", "rsc_west_africa"} <= set(complexes)
    # the members are rule-derived from shipped regions (the sources name the complexes, not every state)
    for rsc, shipped in (("rsc_southern_africa", "southern_africa"), ("rsc_horn", "horn_of_africa"),
                         ("rsc_west_africa", "west_africa")):
        for year in (1991, 2000, 2019):
            assert complexes[rsc].members_in(year) == rg.region(shipped).members_in(year), (rsc, year)
    # dated memberships: Eritrea from its independence, the Czech Republic from 1993, Czechoslovakia to 1992
    assert 531 not in complexes["rsc_horn"].members_in(1992) and 531 in complexes["rsc_horn"].members_in(1993)
    assert 316 in complexes["rsc_eu_europe"].members_in(1993) and 315 in complexes["rsc_eu_europe"].members_in(1992)
    placed = set().union(*(r.members_in(2019) for r in complexes.values()))
    # insulators (Turkey, Afghanistan, Myanmar) and states no source places (Angola, Sudan, the Great Lakes,
    # Oceania) are in no complex
    for c in (640, 700, 775, 540, 625, 490, 517, 900):
        assert c not in placed, c
    rm = rg.load("region_members")
    rows = rm[rm["region_id"].isin(list(complexes))]
    assert rows["source"].notna().all() and (rows["source"].str.len() > 0).all()
    africa = rows[rows["region_id"].isin(["rsc_southern_africa", "rsc_horn", "rsc_west_africa"])]
    assert africa["note"].str.contains("Rule-derived").all()
    bib = rg.load("regions").set_index("region_id").loc["rsc_horn", "source"]
    assert "rsc_mesfin2011" in bib


@pytest.mark.parametrize("scheme", ["m49", "rsc"])
def test_region_year_takes_a_scheme_and_records_it(scheme):
    panel = _quiet(rg.region_year, scheme=scheme, years=(2010, 2011))
    regs = rg.comparison_regions(scheme, years=(2010, 2011))
    assert panel.attrs["scheme"] == scheme
    assert sorted(panel["region_id"].unique()) == sorted(r.region_id for r in regs)
    assert panel.attrs["unit_overlaps"]["n_state_years"] == 0
    same = _quiet(rg.region_year, regs, years=(2010, 2011))
    assert same.attrs["scheme"] is None
    pd.testing.assert_frame_equal(panel.reset_index(drop=True), same.reset_index(drop=True))


def test_region_year_scheme_errors():
    with pytest.raises(KeyError, match="'nope'.*m49"):
        rg.region_year(scheme="nope")
    with pytest.raises(ValueError, match="either regions or scheme"):
        rg.region_year(["central_asia"], scheme="m49")

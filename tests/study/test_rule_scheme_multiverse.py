"""Outcome rule and region scheme as multiverse dimensions: every estimate equals a direct fit on the panel
rebuilt through the public rg.region_year(rule=..., regions=rg.comparison_regions(scheme))."""
from __future__ import annotations

import warnings

import pytest

import regionalism as rg
from regionalism.study.robustness import ARTICLE_RULES, multiverse, rule_scheme_panel

YEARS = (1991, 2019)


def _panel(scheme, rule):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rg.region_year(rg.comparison_regions(scheme), years=YEARS, rule=rule)


@pytest.fixture(scope="module")
def grid():
    return multiverse(rules=["default", "min_members_2"], schemes=["m49", "rsc"], panel_years=YEARS,
                      outcome=["secreg_exists", "secreg_count"], regime="polyarchy_mean",
                      leadership="leader_share_cinc", external="external_reliance", demand=None,
                      years=[None, (2000, 2019)], focal=["H1", "H3"], progress=False)


def test_grid_is_the_product_of_rules_schemes_and_other_dimensions(grid):
    specs = grid.specs
    assert len(specs) == 2 * 2 * 2 * 2
    assert set(zip(specs["rule"], specs["scheme"])) == {(r, s) for r in ("default", "min_members_2")
                                                        for s in ("m49", "rsc")}
    assert (specs["cases"] == specs["rule"] + "/" + specs["scheme"] + "/all").all()
    assert set(grid.results["rule"]) == {"default", "min_members_2"} and grid.results["converged"].all()


def test_every_estimate_equals_a_fit_on_the_rebuilt_panel(grid):
    for _, row in grid.results.iterrows():
        panel = _panel(row["scheme"], ARTICLE_RULES[row["rule"]])
        window = grid.ctx.choices.year_windows[row["years"]]
        if window is not None:
            panel = panel[panel["year"].between(*window)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # few clusters: the same warning the multiverse records
            res = rg.fit(f"{row['outcome']} ~ polyarchy_mean + leader_share_cinc + external_reliance", panel,
                         model="ols", cluster="region_id")
        ref = res.tidy().set_index("term").loc[row["term"]]
        assert row["estimate"] == pytest.approx(ref["estimate"], rel=1e-9)
        assert row["std_error"] == pytest.approx(ref["std_error"], rel=1e-9)
        assert row["n"] == res.nobs and row["n_clusters"] == res.n_clusters
        # one partition per fit: the clusters are the scheme's regions, never a mix of variants
        assert row["n_clusters"] <= len(rg.comparison_regions(row["scheme"]))


def test_the_rule_changes_the_outcome_it_is_fitted_on(grid):
    a = _panel("m49", ARTICLE_RULES["default"])["secreg_count"].sum()
    b = _panel("m49", ARTICLE_RULES["min_members_2"])["secreg_count"].sum()
    assert b > a  # two members suffice: more qualifying institutions
    est = grid.results.query("outcome == 'secreg_count' and scheme == 'm49' and years == 'all' and focal == 'regime'")
    assert est.set_index("rule")["estimate"].nunique() == 2


def test_stacked_panel_labels_and_partitions():
    stacked = rule_scheme_panel(rules={"sig": rg.OutcomeRule(in_force="signature")}, schemes=["rsc"],
                                years=(2005, 2006))
    assert set(stacked["scheme"]) == {"rsc"} and set(stacked["rule"]) == {"sig"}
    assert stacked["variant_unit"].str.startswith("sig/rsc/rsc_").all()
    assert stacked.attrs["rules"]["sig"]["in_force"] == "signature"
    assert not stacked.duplicated(["variant_unit", "year"]).any()


def test_refusals_name_the_problem():
    with pytest.raises(ValueError, match="not named rules"):
        rule_scheme_panel(rules=["nope"])
    with pytest.raises(ValueError, match="either a panel or rules"):
        multiverse(rg.study.synthetic_panel(n_regions=4, n_years=3, seed=0), rules=["default"])
    with pytest.raises(TypeError, match="needs a panel"):
        multiverse()
    with pytest.raises(KeyError, match="No region scheme 'zz'"):
        rule_scheme_panel(schemes=["zz"], years=(2000, 2000))
    with pytest.raises(ValueError, match="unit= cannot be combined"):
        multiverse(rules=["default"], unit="region_id")


def test_given_specs_are_fitted_once_per_variant_with_their_base_id():
    mv = multiverse(rules=["default", "inside_0.9"], schemes=["rsc"], panel_years=YEARS, progress=False,
                    specs=[{"spec_id": 7, "outcome": "secreg_exists", "regime": "polyarchy_mean",
                            "leadership": "leader_share_cinc", "external": None, "demand": None}],
                    focal="H1")
    assert mv.specs["base_spec_id"].tolist() == [7, 7]
    assert mv.specs["rule"].tolist() == ["default", "inside_0.9"]
    ref = _panel("rsc", ARTICLE_RULES["inside_0.9"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = rg.fit("secreg_exists ~ polyarchy_mean + leader_share_cinc", ref, model="ols", cluster="region_id")
    row = mv.results.set_index("rule").loc["inside_0.9"]
    assert row["estimate"] == pytest.approx(res.tidy().set_index("term").loc["polyarchy_mean", "estimate"], rel=1e-9)


def test_article_multiverse_takes_rule_and_scheme_on_partition_case_sets_only():
    from regionalism.study.robustness import article_multiverse, article_specifications
    specs = article_specifications()
    ids = specs[(specs["cases"] == "all") & (specs["model"] == "ols")]["spec_id"].head(2).tolist()
    mv = article_multiverse(spec_ids=ids + [int(specs[specs["cases"] != "all"]["spec_id"].iloc[0])],
                            rules=["default", "signature"], schemes=["m49", "rsc"], progress=False)
    assert len(mv.specs) == 2 * 2 * 2                       # the non-partition case set is dropped
    assert sorted(set(mv.specs["base_spec_id"])) == sorted(ids)
    assert set(mv.specs["cases"].str.rsplit("/", n=1).str[1]) == {"all"}
    with pytest.raises(ValueError, match="only specifications with cases 'all'"):
        article_multiverse(spec_ids=[int(specs[specs["cases"] != "all"]["spec_id"].iloc[0])], rules=["default"])


def test_rule_scheme_panel_passes_on_what_each_panel_drops():
    # The default rule leaves out agreements without a sourced entry into force and says so; the signature
    # rule counts them and says that. The stacked panel repeats each warning once, naming its variant.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rule_scheme_panel(rules=["default", "signature"], schemes=["m49"], years=(2000, 2001))
    texts = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    dropped = [t for t in texts if "without a sourced entry into force do not count" in t]
    assert len(dropped) == 1 and dropped[0].startswith("[default/m49] ")
    counted = [t for t in texts if "are counted from their signature year" in t]
    assert len(counted) == 1 and counted[0].startswith("[signature/m49] ")

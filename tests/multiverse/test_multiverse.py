"""Tests of regionalism.spec_curve: every estimate against a direct rg.fit, failure
handling, case sets, covariance rules, the joint permutation test, the variance
decomposition and the plot."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from regionalism.models import fit
from regionalism.study import synthetic_panel
from regionalism.spec_curve import CASE_SETS, CONTINENTS, CaseSet, MultiverseResult, specifications
from regionalism.spec_curve import multiverse as engine
from regionalism.study import hypotheses, multiverse
from regionalism.study import article_specifications
from regionalism.spec_curve.permutation import _design_null, _draw_keys


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    df = synthetic_panel(n_regions=14, n_years=12, seed=5)
    names = ["africa", "europe", "asia", "west_africa", "western_europe", "gulf", "south_asia",
             "caribbean", "central_asia", "east_africa", "southern_europe", "pacific",
             "middle_east", "south_america"]
    df["region_id"] = df["region_id"].map(dict(enumerate(names)))
    df.loc[df.index[:5], "polyarchy_min"] = np.nan  # missing values change n
    return df


@pytest.fixture(scope="module")
def small(panel: pd.DataFrame) -> MultiverseResult:
    return multiverse(
        panel, outcome="secreg_exists",
        regime=["polyarchy_min", "autocracy_share"], leadership="hhi_cinc",
        external="external_share", demand=[None, "conflict_count"], model=["ols", "logit"],
        cov=["cluster", "cr2"],
        cases=["all", "no_continents"], years=[None, (1982, 1990)],
        controls=["n_states"], focal=["H1", "H3"], progress=False)


def _direct(panel: pd.DataFrame, row: pd.Series, mv: MultiverseResult) -> pd.Series:
    ctx = mv.ctx
    sub = panel[panel["region_id"].isin(ctx.choices.case_sets[row["cases"]].select(
        panel["region_id"].unique()))]
    window = ctx.choices.year_windows[row["years"]]
    if window is not None:
        sub = sub[sub["year"].between(*window)]
    rhs = [row[d] for d in ("regime", "leadership", "external", "demand") if row[d] is not None]
    rhs += ctx.choices.control_sets[row["controls"]]
    model = "ols" if row["model"] == "lpm" else row["model"]
    res = fit(f"{row['outcome']} ~ " + " + ".join(rhs), sub, model=model, cluster="region_id",
              cov=row["cov"])
    return {**res.tidy().set_index("term").loc[row["term"]].to_dict(), "n": res.nobs,
            "n_clusters": res.n_clusters}


def test_every_estimate_matches_direct_fit(panel, small):
    res = small.results
    # 2 regime x 2 demand x 2 cases x 2 years
    # x (ols with 2 covs + logit with CR1; logit x CR2 is skipped)
    assert set(small.skipped["model"]) == {"logit"} and set(small.skipped["cov"]) == {"cr2"}
    assert len(small.specs) == 2 * 2 * 2 * 2 * 3 and len(small.skipped) == 16
    assert len(res) == 2 * len(small.specs)
    assert res["spec_id"].is_monotonic_increasing
    ok = res[res["converged"]]
    assert len(ok) == len(res)
    for _, row in ok.iterrows():
        ref = _direct(panel, row, small)
        for col in ("estimate", "std_error", "p_value", "conf_low", "conf_high"):
            assert row[col] == pytest.approx(ref[col], rel=1e-9, abs=1e-12), (col, row.to_dict())
        assert row["n"] == ref["n"] and row["n_clusters"] == ref["n_clusters"]


def test_columns_signs_and_flags(small):
    res = small.results
    for col in ("estimate", "std_error", "conf_low", "conf_high", "p_value", "n", "n_clusters",
                "converged", "error", "sign_matches", "focal", "term", "cases", "years"):
        assert col in res.columns
    signs = res.drop_duplicates("term").set_index("term")["expected_sign"]
    assert signs["autocracy_share"] == -1 and signs["polyarchy_min"] == 1
    assert res["demand"].isna().sum() > 0 and all(
        v is None for v in res["demand"] if not isinstance(v, str))
    ok = res[res["converged"]]
    expect = np.sign(ok["estimate"]) == ok["expected_sign"]
    assert (ok["sign_matches"].astype(bool) == expect).all()
    assert (ok["supports"].astype(bool) == (expect & (ok["p_value"] < 0.05))).all()
    assert set(res["years"]) == {"all", "1982-1990"}


def test_failures_are_kept_and_marked(panel):
    df = panel.copy()
    df["separated"] = (df["polyarchy_mean"] > df["polyarchy_mean"].median()).astype(int)
    mv = multiverse(df, outcome=["secreg_exists", "separated"],
                    regime=["polyarchy_mean", "no_such_column"], model="logit",
                    focal="regime", progress=False)
    res = mv.results.set_index(["outcome", "regime"])
    assert len(res) == 4
    missing = res.loc[("secreg_exists", "no_such_column")]
    assert not missing["converged"] and "no_such_column" in missing["error"]
    assert np.isnan(missing["estimate"])
    sep = res.loc[("separated", "polyarchy_mean")]
    assert not sep["converged"] and sep["error"]
    good = res.loc[("secreg_exists", "polyarchy_mean")]
    assert good["converged"] and good["error"] == "" and np.isfinite(good["estimate"])
    assert len(mv.failed) == 3


def test_unclustered_covariance_needs_explicit_permission(panel):
    with pytest.raises(ValueError, match="allow_unclustered"):
        multiverse(panel, cov="nonrobust", progress=False)
    mv = multiverse(panel, cov=["cluster", "nonrobust"], allow_unclustered=True, focal="H1",
                    progress=False)
    assert list(mv.results["cov"]) == ["cluster", "nonrobust"]
    direct = fit("secreg_exists ~ polyarchy_mean + leader_ratio_cinc + external_reliance + "
                 "conflict_per_state", panel, cov="nonrobust")
    assert mv.results["std_error"].iloc[1] == pytest.approx(direct.bse["polyarchy_mean"])
    assert mv.results["std_error"].iloc[0] != pytest.approx(mv.results["std_error"].iloc[1])


def test_case_sets(panel):
    assert set(CONTINENTS) <= set(CASE_SETS["no_continents"].exclude)
    mine = CaseSet("two", include=("gulf", "pacific"))
    mv = multiverse(panel, cases=["all", "no_continents", "drop_europe", mine], focal="H1",
                    progress=False)
    n = mv.results.set_index("cases")["n_clusters"]
    regions = panel["region_id"].unique()
    assert n["all"] == len(regions)
    assert n["no_continents"] == len([r for r in regions if r not in CONTINENTS])
    assert n["drop_europe"] == len(regions) - 3  # europe, western_europe, southern_europe
    assert n["two"] == 2
    with pytest.raises(ValueError, match="unknown case set"):
        multiverse(panel, cases="nowhere", progress=False)


def test_named_subset_of_specs(panel):
    specs = [{"regime": "polyarchy_min", "cov": "cr2", "spec_id": 7},
             {"regime": "autocracy_share", "cases": "no_continents", "years": (1985, 1990),
              "controls": "size", "spec_id": 3}]
    mv = multiverse(panel, outcome="secreg_depth", specs=specs, focal="H1", progress=False,
                    controls={"none": [], "size": ["n_states"]})
    res = mv.results
    assert list(res["spec_id"]) == [3, 7]
    assert list(res["term"]) == ["autocracy_share", "polyarchy_min"]
    assert list(res["outcome"]) == ["secreg_depth", "secreg_depth"]
    ref = fit("secreg_depth ~ polyarchy_min + leader_ratio_cinc + external_reliance + "
              "conflict_per_state", panel, cluster="region_id", cov="cr2")
    assert res["estimate"].iloc[1] == pytest.approx(ref.params["polyarchy_min"])
    assert list(res["controls"]) == ["size", "none"]
    sub = panel[~panel["region_id"].isin(CONTINENTS) & panel["year"].between(1985, 1990)]
    ref = fit("secreg_depth ~ autocracy_share + leader_ratio_cinc + external_reliance + "
              "conflict_per_state + n_states", sub, cluster="region_id")
    assert res["estimate"].iloc[0] == pytest.approx(ref.params["autocracy_share"])
    with pytest.raises(ValueError, match="not choice dimensions"):
        multiverse(panel, specs=[{"regim": "x"}], progress=False)


def test_standardize_matches_fit_on_zscored_data(panel):
    mv = multiverse(panel, regime=["polyarchy_mean", "autocracy_share"], standardize=True,
                    focal="H1", progress=False)
    z = panel.copy()
    cols = ["polyarchy_mean", "autocracy_share", "leader_ratio_cinc", "external_reliance",
            "conflict_per_state"]
    z[cols] = (z[cols] - z[cols].mean()) / z[cols].std()
    ref = fit("secreg_exists ~ autocracy_share + leader_ratio_cinc + external_reliance + "
              "conflict_per_state", z, cluster="region_id")
    assert mv.results["estimate"].iloc[1] == pytest.approx(ref.params["autocracy_share"])


def test_specifications_grid_and_errors():
    g = specifications(bundle=hypotheses, regime=["polyarchy_mean", None], years=[(1946, 2019), (1991, 2019)],
                       cases=["all", "drop_europe"])
    assert len(g) == 8 and g["spec_id"].tolist() == list(range(8))
    assert g["regime"].isna().sum() == 4
    with pytest.raises(ValueError, match="starts after"):
        specifications(bundle=hypotheses, years=(2000, 1990))
    with pytest.raises(ValueError, match="duplicates"):
        specifications(bundle=hypotheses, regime=["polyarchy_mean", "polyarchy_mean"])


def test_permutation_observed_curve_equals_cluster_fits(panel, small):
    nul = small.permutation_test("H1", n_perm=30, seed=1)
    res = small.results.set_index(["spec_id", "focal"])
    for sid, oc, ot in zip(nul.spec_ids, nul.observed_coef, nul.observed_t):
        row = res.loc[(sid, "regime")]
        assert row["model"] == "ols"
        assert oc == pytest.approx(row["estimate"] * row["expected_sign"], rel=1e-8)
        if row["cov"] == "cluster":
            assert ot == pytest.approx(row["statistic"] * row["expected_sign"], rel=1e-8)
    assert nul.null_coef.shape == (len(nul.spec_ids), 30)
    assert all("not linear" in why or "failed" in why for why in nul.excluded.values())
    again = small.permutation_test("H1", n_perm=30, seed=1)
    np.testing.assert_array_equal(nul.null_coef, again.null_coef)


def test_permutation_draws_in_blocks_give_the_same_null(small):
    from regionalism.spec_curve.permutation import null_curve
    whole = null_curve(small.results, small.data, small.ctx, focal="regime", n_perm=23, seed=4, block=23)
    for block in (1, 5, 64):
        part = null_curve(small.results, small.data, small.ctx, focal="regime", n_perm=23, seed=4, block=block)
        np.testing.assert_array_equal(part.spec_ids, whole.spec_ids)
        np.testing.assert_allclose(part.null_coef, whole.null_coef, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(part.null_t, whole.null_t, rtol=1e-12, atol=1e-14)
        assert part.excluded == whole.excluded
        assert part.statistics() == pytest.approx(whole.statistics(), rel=1e-12)
    with pytest.raises(ValueError, match="block"):
        null_curve(small.results, small.data, small.ctx, focal="regime", n_perm=5, seed=4, block=0)


def test_permutation_swaps_whole_trajectories_between_regions_of_equal_coverage(panel):
    from regionalism.spec_curve.context import Columns, Context
    from regionalism.spec_curve.permutation import _sample
    from regionalism.spec_curve.specs import Choices

    sub = panel.dropna(subset=["polyarchy_min"]).reset_index(drop=True)
    # unbalanced: region 0 lacks its first three years (a coverage of its own)
    sub = sub[~((sub["region_id"] == sub["region_id"].min()) & (sub["year"] < sub["year"].min() + 3))]
    sub = sub.sample(frac=1.0, random_state=4).reset_index(drop=True)  # row order is irrelevant
    ctx = Context(choices=Choices(), focal=("regime",), cluster="region_id", unit="region_id",
                  time="year", alpha=0.05)
    units = sorted(sub["region_id"].unique())
    keys = _draw_keys(0, 3, len(units))
    smp = _sample(sub, np.arange(len(sub)), ctx, {u: i for i, u in enumerate(units)}, keys)
    years, regions = sub["year"].to_numpy(), sub["region_id"].to_numpy()
    assert smp.n_units == len(units) and smp.moved == len(units) - 1
    for b in range(3):
        src = smp.perm[b]
        assert sorted(src) == list(range(len(sub)))
        assert (years[src] == years).all()  # each row keeps its year
        # one source region per region: whole trajectories move
        mapping = pd.DataFrame({"to": regions, "from": regions[src]}).drop_duplicates()
        assert mapping["to"].is_unique and mapping["from"].is_unique
        lonely = units[0]
        assert (mapping.loc[mapping["to"] == lonely, "from"] == lonely).all()
        assert (mapping["to"] != mapping["from"]).any()
    c0, t0, c, t, tc = _design_null(Columns(sub, ctx), smp, "secreg_depth", "polyarchy_mean",
                                    ["n_states"], ctx)
    direct = fit("secreg_depth ~ polyarchy_mean + n_states", sub, cluster="region_id")
    assert c0 == pytest.approx(direct.params["polyarchy_mean"])
    assert t0 == pytest.approx(direct.statistic["polyarchy_mean"])
    assert len(c) == 3 and not np.allclose(c, c0)
    # a null coefficient equals the fit on the shuffled column
    shuffled = sub.assign(polyarchy_mean=sub["polyarchy_mean"].to_numpy()[smp.perm[1]])
    again = fit("secreg_depth ~ polyarchy_mean + n_states", shuffled, cluster="region_id")
    assert c[1] == pytest.approx(again.params["polyarchy_mean"], rel=1e-10)
    assert t[1] == pytest.approx(again.statistic["polyarchy_mean"], rel=1e-10)


def test_summary_detects_strong_effect_and_not_null():
    strong = synthetic_panel(n_regions=24, n_years=12, seed=2,
                             effects={"polyarchy_mean": 6.0, "leader_ratio_cinc": 0.0})
    mv = multiverse(strong, outcome="secreg_depth",
                    regime=["polyarchy_mean", "polyarchy_median", "bmr_democracy_share"],
                    leadership=["leader_share_cinc", "hhi_cinc"], cov=["cluster", "cr2"],
                    focal=["H1", "H3"], standardize=True, progress=False)
    s = mv.summary(n_perm=199).set_index("focal")
    assert s.loc["regime", "share_supporting"] == 1.0
    assert s.loc["regime", "p_perm_median"] < 0.05
    assert s.loc["regime", "p_perm_share"] < 0.05
    assert s.loc["leadership", "p_perm_median"] > 0.05
    assert s.loc["regime", "perm_n_specs"] == 12
    assert "CR1" in s.loc["regime", "note"]


def test_variance_decomposition_finds_the_moving_dimension(small):
    vd = small.variance_decomposition(value="statistic")
    assert set(vd.columns) == {"focal", "dimension", "n_levels", "eta_squared", "unique_r2",
                               "total_r2"}
    assert vd["eta_squared"].between(0, 1).all() and vd["unique_r2"].between(0, 1).all()
    # fake a curve where only the case set moves the estimate
    res = small.results.copy()
    res["estimate"] = np.where(res["cases"] == "all", 1.0, 2.0)
    res["converged"] = True
    fake = MultiverseResult(results=res, specs=small.specs, skipped=small.skipped,
                            data=small.data, ctx=small.ctx)
    vd = fake.variance_decomposition(aligned=False).set_index(["focal", "dimension"])
    assert vd.loc[("regime", "cases"), "eta_squared"] == pytest.approx(1.0)
    assert vd.loc[("regime", "cases"), "unique_r2"] == pytest.approx(1.0)
    assert vd.loc[("regime", "regime"), "eta_squared"] == pytest.approx(0.0, abs=1e-9)
    # aligned: autocracy_share (expected -) flips sign, so the regime measure now matters
    vd = fake.variance_decomposition().set_index(["focal", "dimension"])
    assert vd.loc[("regime", "regime"), "eta_squared"] > 0.5


def test_plot_returns_figure(small):
    import matplotlib.figure

    fig = small.plot()
    assert isinstance(fig, matplotlib.figure.Figure)
    assert len(fig.axes) == 4
    labels = [t.get_text() for t in fig.axes[2].get_yticklabels()]
    assert "cases: no_continents" in labels and "regime: autocracy_share" in labels
    assert "leadership: hhi_cinc" not in labels  # dimensions with one option are not drawn
    fig1 = small.plot("H3")
    assert len(fig1.axes) == 2
    fig2 = small.plot("regime", aligned=True)
    from matplotlib.collections import PathCollection

    ys = np.concatenate([c.get_offsets()[:, 1] for c in fig2.axes[0].collections
                         if isinstance(c, PathCollection)])
    rows = small.results[(small.results["focal"] == "regime") & small.results["converged"]]
    assert sorted(ys) == pytest.approx(sorted(rows["estimate"] * rows["expected_sign"]))


def test_article_specifications():
    specs = article_specifications()
    assert len(specs) == 1080
    assert not ((specs["model"] == "logit") & (specs["outcome"] == "secreg_depth")).any()
    assert not ((specs["model"] == "logit") & (specs["cov"] == "cr2")).any()
    assert set(specs["years"]) == {"1946-2019", "1991-2019"}


def test_article_multiverse_runs_on_the_real_panel():
    import regionalism as rg
    from regionalism.study import article_multiverse

    panel = rg.region_year()
    specs = article_specifications()
    ids = [0, int(specs.index[(specs["model"] == "logit")][0]),
           int(specs.index[(specs["cases"] == "no_continents") & (specs["cov"] == "cr2")][-1])]
    mv = article_multiverse(panel, spec_ids=ids, progress=False)
    res = mv.results
    assert sorted(res["spec_id"].unique()) == sorted(ids)
    assert list(res["focal"].unique()) == ["regime", "leadership"]
    assert res["converged"].all(), res["error"].tolist()
    assert (res["n_clusters"] <= panel["region_id"].nunique()).all()
    nc = res[res["cases"] == "no_continents"]["n_clusters"]
    assert (nc <= panel["region_id"].nunique() - len(CONTINENTS)).all() and (nc >= 10).all()
    with pytest.raises(ValueError, match="not article specifications"):
        article_multiverse(panel, spec_ids=[99_999], progress=False)


def test_old_package_path_is_a_deprecated_alias(panel):
    import importlib
    import sys

    import regionalism as rg

    sys.modules.pop("regionalism.multiverse", None)
    with pytest.warns(DeprecationWarning, match="regionalism.spec_curve"):
        old = importlib.import_module("regionalism.multiverse")
    assert old.multiverse is multiverse and old.MultiverseResult is MultiverseResult
    vars(rg).pop("multiverse", None)  # importing the alias bound the package to rg.multiverse; rebind the function
    assert rg.multiverse is multiverse


def test_top_level_name(panel):
    import regionalism as rg

    res = rg.multiverse(panel, regime="polyarchy_mean", focal="H1", progress=False)
    assert isinstance(res, MultiverseResult) and len(res.results) == 1


def test_engine_assumes_no_bundle(panel):
    with pytest.raises(ValueError, match="regime='primary' needs a hypothesis bundle"):
        engine(panel, progress=False)
    mv = engine(panel, regime="polyarchy_mean", leadership=None, external=None, demand=None,
                progress=False)
    assert mv.results["expected_sign"].tolist() == [0]  # signs come only from a bundle
    again = engine(panel, regime="polyarchy_mean", leadership=None, external=None, demand=None,
                   bundle=hypotheses, progress=False)
    assert again.results["expected_sign"].tolist() == [1]

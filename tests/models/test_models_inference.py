"""Tests for permutation_test and wild_cluster_bootstrap against slow loops."""
from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import regionalism.models as rm


@pytest.fixture(scope="module")
def small() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    G, T = 8, 6
    df = pd.DataFrame({"g": np.repeat(np.arange(G), T), "t": np.tile(np.arange(T), G)})
    n = len(df)
    df["x"] = rng.normal(size=n)
    df["z"] = rng.normal(size=n)
    df["xg"] = rng.normal(size=G)[df["g"]]  # cluster-level treatment
    df["y"] = 0.3 * df["x"] + 0.2 * df["z"] + rng.normal(size=G)[df["g"]] + rng.normal(size=n)
    return df


def _t(df: pd.DataFrame, term: str, formula: str = "y ~ x + z + xg", **fit: object) -> float:
    import statsmodels.formula.api as smf

    return float(smf.ols(formula, df).fit(**fit).tvalues[term])


def _refit_t(df: pd.DataFrame, formula: str, term: str) -> float:
    import statsmodels.formula.api as smf

    return float(smf.ols(formula, df).fit().tvalues[term])


@pytest.mark.parametrize(("term", "cluster", "time", "permute"),
                         [("x", None, None, "regressor"), ("xg", "g", None, "regressor"),
                          ("x", "g", "t", "regressor"), ("x", None, None, "residuals"),
                          ("x", "g", "t", "residuals")])
def test_permutation_null_matches_loop_of_fits(small: pd.DataFrame, term: str,
                                               cluster: str | None, time: str | None,
                                               permute: str) -> None:
    formula = "y ~ x + z + xg"
    res = rm.permutation_test(formula, small, term=term, cluster=cluster, time=time,
                              permute=permute, n_perm=40, seed=3)
    assert res.statistic == pytest.approx(_t(small, term), rel=1e-10)
    # rebuild the permutations independently: the same generator stream permutes units
    rng = np.random.default_rng(3)
    codes, tt = small["g"].to_numpy(), small["t"].to_numpy()
    if cluster is None:
        P = rng.permuted(np.broadcast_to(np.arange(len(small)), (40, len(small))), axis=1)
        rows = P
    else:
        P = rng.permuted(np.broadcast_to(np.arange(8), (40, 8)), axis=1)
        lookup = {(g, t): i for i, (g, t) in enumerate(zip(codes, tt))}
        rows = np.array([[lookup[(p[g], t) if time else (p[g], 0)] for g, t in zip(codes, tt)]
                         for p in P])
    import statsmodels.formula.api as smf

    expected = []
    for r in rows:
        if permute == "regressor":
            expected.append(_refit_t(small.assign(**{term: small[term].to_numpy()[r]}), formula,
                                     term))
        else:  # Freedman-Lane: fitted values of the model without the term + permuted residuals
            reduced = smf.ols("y ~ z + xg" if term == "x" else "y ~ x + z", small).fit()
            ystar = reduced.fittedvalues.to_numpy() + reduced.resid.to_numpy()[r]
            expected.append(_refit_t(small.assign(y=ystar), formula, term))
    np.testing.assert_allclose(res.null_distribution, expected, rtol=1e-8)
    hits = np.sum(np.abs(expected) >= abs(res.statistic) - 1e-12)
    assert res.p_value == pytest.approx((1 + hits) / 41)
    assert "n_perm = 40" in str(res) and "seed = 3" in str(res)
    assert res.permuted == permute and res.design == ("observations" if cluster is None
                                                       else "clusters")


def test_trajectory_swaps_do_not_depend_on_row_order(small: pd.DataFrame) -> None:
    kw = dict(term="x", cluster="g", time="t", n_perm=300, seed=8)
    a = rm.permutation_test("y ~ x + z", small, **kw)
    shuffled = small.sample(frac=1.0, random_state=1)
    b = rm.permutation_test("y ~ x + z", shuffled, **kw)
    assert a.p_value == b.p_value
    np.testing.assert_allclose(np.sort(a.null_distribution), np.sort(b.null_distribution),
                               rtol=1e-10)


def _unbalanced(rng: np.random.Generator, G: int = 12, T: int = 10) -> pd.DataFrame:
    """Two coverage groups (full, late start) plus one region with a coverage of its own."""
    rows = []
    for g in range(G):
        start = 0 if g < G // 2 else (4 if g < G - 1 else 2)
        for t in range(start, T):
            rows.append({"g": g, "t": t})
    df = pd.DataFrame(rows)
    ug, xg = rng.normal(size=G), rng.normal(size=G)
    # persistent regressor and outcome with region effects, independent of each other (H0)
    df["x"] = xg[df["g"]] + 0.3 * rng.normal(size=len(df)).cumsum() / 3
    df["z"] = rng.normal(size=len(df))
    df["y"] = ug[df["g"]] + 0.5 * df["z"] + rng.normal(size=len(df))
    return df


def test_unbalanced_panel_swaps_within_coverage_groups() -> None:
    from regionalism.models.inference import _design, _scheme

    df = _unbalanced(np.random.default_rng(0))
    res = rm.permutation_test("y ~ x + z", df, term="x", cluster="g", time="t", n_perm=99, seed=1)
    assert "11 of 12 clusters in 2 groups" in res.level and "stay in place" in res.level
    des = _design("y ~ x + z", df, "x", "g", None)
    idx = next(_scheme(des, design="clusters", permuted="regressor", term="x", cluster="g",
                       time="t", blocks=None, rng=np.random.default_rng(2), n_perm=50).blocks)
    g, t = des.frame["g"].to_numpy(), des.frame["t"].to_numpy()
    cover = des.frame.groupby("g")["t"].min().to_dict()
    for row in idx:
        assert (t[row] == t).all()  # every value stays at its own time
        src = pd.Series(g[row]).groupby(g).nunique()
        assert (src == 1).all()  # a cluster receives one whole trajectory
        for a_, b_ in zip(g, g[row]):
            assert cover[a_] == cover[b_]  # only between clusters with the same coverage
        assert (g[row][g == 11] == 11).all()  # the region with its own coverage stays


def test_invalid_designs_are_refused(small: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="needs time="):
        rm.permutation_test("y ~ x", small, term="x", cluster="g", n_perm=10)
    with pytest.raises(ValueError, match="not"):
        rm.permutation_test("y ~ x", small, term="x", cluster="g", design="observations",
                            n_perm=10)
    stair = small[small["t"] >= small["g"]]  # every cluster its own coverage
    with pytest.raises(ValueError, match="share the same"):
        rm.permutation_test("y ~ x", stair, term="x", cluster="g", time="t", n_perm=10)
    dup = pd.concat([small, small.iloc[:1]])
    with pytest.raises(ValueError, match="repeats"):
        rm.permutation_test("y ~ x", dup.reset_index(drop=True), term="x", cluster="g", time="t",
                            n_perm=10)
    with pytest.raises(ValueError, match="needs blocks"):
        rm.permutation_test("y ~ x", small, term="x", design="blocks", n_perm=10)
    for bad in (0, -5, 2.5, True):
        with pytest.raises(ValueError, match="n_perm"):
            rm.permutation_test("y ~ x", small, term="x", n_perm=bad)
        with pytest.raises(ValueError, match="n_boot"):
            rm.wild_cluster_bootstrap("y ~ x", small, term="x", cluster="g", n_boot=bad)


def test_trajectory_designs_keep_nominal_size_and_within_year_blocks_do_not() -> None:
    """A small size simulation on an unbalanced panel with persistent x and region effects.

    Under H0 (y independent of x) the trajectory designs must reject at 5% within two
    Monte Carlo standard errors; permuting x across regions within years (the former
    default for unbalanced panels) destroys x's persistence and over-rejects.
    """
    reps, n_perm = 200, 99
    rng = np.random.default_rng(2026)
    rejections = {"regressor": 0, "residuals": 0, "blocks": 0}
    for r in range(reps):
        df = _unbalanced(rng, G=16, T=12)
        for permute in ("regressor", "residuals"):
            res = rm.permutation_test("y ~ x + z", df, term="x", cluster="g", time="t",
                                      permute=permute, n_perm=n_perm, seed=r)
            rejections[permute] += res.p_value <= 0.05
        res = rm.permutation_test("y ~ x + z", df, term="x", cluster="g", blocks="t",
                                  n_perm=n_perm, seed=r)
        rejections["blocks"] += res.p_value <= 0.05
    mcse = np.sqrt(0.05 * 0.95 / reps)
    for permute in ("regressor", "residuals"):
        assert abs(rejections[permute] / reps - 0.05) <= 2 * mcse, rejections
    assert rejections["blocks"] / reps > 0.05 + 4 * mcse, rejections


def _loop_wild(df: pd.DataFrame, impose_null: bool) -> tuple[float, np.ndarray]:
    """Slow wild cluster bootstrap: one statsmodels fit per sign vector (all 2^G)."""
    import statsmodels.api as sm

    groups = df["g"].to_numpy()
    X = np.column_stack([np.ones(len(df)), df["x"], df["z"]])
    y = df["y"].to_numpy()
    full = sm.OLS(y, X).fit()
    t_obs = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": groups}).tvalues[1]
    if impose_null:
        base = sm.OLS(y, X[:, [0, 2]]).fit()
        fitted, resid, center = base.fittedvalues, base.resid, 0.0
    else:
        fitted, resid, center = full.fittedvalues, full.resid, full.params[1]
    ts = []
    for signs in itertools.product([-1.0, 1.0], repeat=8):
        v = np.asarray(signs)[groups]
        r = sm.OLS(fitted + resid * v, X).fit(cov_type="cluster", cov_kwds={"groups": groups})
        ts.append((r.params[1] - center) / r.bse[1])
    ts = np.asarray(ts)
    return float(np.mean(np.abs(ts) >= abs(t_obs) - 1e-12)), ts


@pytest.mark.parametrize("impose_null", [True, False])
def test_wild_bootstrap_full_enumeration_matches_loop(small: pd.DataFrame,
                                                      impose_null: bool) -> None:
    res = rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g",
                                    impose_null=impose_null, n_boot=999)
    assert res.full_enumeration and res.n_boot == 256
    p_loop, t_loop = _loop_wild(small, impose_null)
    assert res.p_value == p_loop  # deterministic: exact equality
    np.testing.assert_allclose(np.sort(res.t_boot), np.sort(t_loop), rtol=1e-8, atol=1e-10)
    cl = rm.fit("y ~ x + z", small, cluster="g")
    assert res.statistic == pytest.approx(cl.statistic["x"], rel=1e-10)


def test_wild_bootstrap_ci_and_webb(small: pd.DataFrame) -> None:
    res = rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g", conf_int=True)
    lo, hi = res.conf_int
    assert lo < res.estimate < hi
    # at the interval bounds the bootstrap p-value crosses alpha = 0.05
    for bound, inside in ((lo, lo + 1e-4), (hi, hi - 1e-4)):
        assert rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g",
                                         null_value=inside).p_value >= 0.05
        assert rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g",
                                         null_value=bound - (inside - bound)).p_value < 0.05
    a = rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g", weights="webb",
                                  n_boot=499, seed=5)
    b = rm.wild_cluster_bootstrap("y ~ x + z", small, term="x", cluster="g", weights="webb",
                                  n_boot=499, seed=5)
    assert a.p_value == b.p_value and not a.full_enumeration and a.n_boot == 499
    assert "webb" in str(a)
    with pytest.raises(ValueError, match="weights"):
        rm.wild_cluster_bootstrap("y ~ x", small, term="x", cluster="g", weights="mammen")


def test_permutation_within_blocks_matches_loop() -> None:
    """Within-block permutation: the vectorized null equals refitting statsmodels."""
    import statsmodels.formula.api as smf

    rng = np.random.default_rng(5)
    rows = []
    for g in range(7):
        for t in range(3 + g % 3):          # unbalanced
            rows.append({"g": g, "year": t, "x": rng.normal(), "z": rng.normal()})
    df = pd.DataFrame(rows)
    df["y"] = 0.5 * df.x + df.z + rng.normal(size=len(df))
    res = rm.permutation_test("y ~ x + z", df, term="x", blocks="year", n_perm=200, seed=3)
    assert "blocks of year" in res.level and res.design == "blocks"
    with pytest.warns(DeprecationWarning, match="blocks"):
        old = rm.permutation_test("y ~ x + z", df, term="x", strata="year", n_perm=200, seed=3)
    assert old.p_value == res.p_value
    rng2 = np.random.default_rng(3)
    groups = [np.flatnonzero(df.year.to_numpy() == s) for s in sorted(df.year.unique())]
    idx = np.broadcast_to(np.arange(len(df)), (200, len(df))).copy()
    for g in groups:
        idx[:, g] = rng2.permuted(np.broadcast_to(g, (200, len(g))), axis=1)
    ts = [smf.ols("y ~ x + z", df.assign(x=df.x.to_numpy()[row])).fit().tvalues["x"]
          for row in idx]
    np.testing.assert_allclose(res.null_distribution, ts, rtol=1e-8)
    for row in idx[:5]:  # values only move within years
        for g in groups:
            assert sorted(df.x.to_numpy()[row][g]) == sorted(df.x.to_numpy()[g])

"""Tests for permutation_test and wild_cluster_bootstrap against slow loops."""
from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import regionalism.models as rm
from regionalism.models.inference import _permutations


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


@pytest.mark.parametrize(("term", "cluster"), [("x", None), ("xg", "g"), ("x", "g")])
def test_permutation_null_matches_loop_of_fits(small: pd.DataFrame, term: str,
                                               cluster: str | None) -> None:
    res = rm.permutation_test("y ~ x + z + xg", small, term=term, cluster=cluster,
                              n_perm=40, seed=3)
    assert res.statistic == pytest.approx(_t(small, term), rel=1e-10)
    rng = np.random.default_rng(3)
    codes = small["g"].to_numpy()
    if cluster is None:
        perms = np.concatenate(list(_permutations(rng, small[term].to_numpy(), 40)))
    elif term == "xg":
        vals = small.groupby("g")["xg"].first().to_numpy()
        perms = np.concatenate(list(_permutations(rng, vals, 40)))[:, codes]
    else:  # whole trajectories: cluster g gets the x-path of cluster P[g]
        traj = small.pivot(index="g", columns="t", values="x").to_numpy()
        P = np.concatenate(list(_permutations(rng, np.arange(8), 40)))
        perms = np.stack([traj[p][codes, small["t"].to_numpy()] for p in P])
    expected = [_t(small.assign(**{term: d}), term) for d in perms]
    np.testing.assert_allclose(res.null_distribution, expected, rtol=1e-8)
    hits = np.sum(np.abs(expected) >= abs(res.statistic) - 1e-12)
    assert res.p_value == pytest.approx((1 + hits) / 41)
    assert "n_perm = 40" in str(res) and "seed = 3" in str(res)


def test_permutation_coef_statistic_and_alternatives(small: pd.DataFrame) -> None:
    res = rm.permutation_test("y ~ x + z", small, term="x", n_perm=200, seed=1, statistic="coef")
    import statsmodels.formula.api as smf

    assert res.statistic == pytest.approx(smf.ols("y ~ x + z", small).fit().params["x"])
    g = rm.permutation_test("y ~ x + z", small, term="x", n_perm=200, seed=1, alternative="greater")
    lo = rm.permutation_test("y ~ x + z", small, term="x", n_perm=200, seed=1, alternative="less")
    assert g.p_value + lo.p_value == pytest.approx(1 + 1 / 201, abs=1e-9)  # no ties
    with pytest.raises(KeyError, match="not a column"):
        rm.permutation_test("y ~ x", small, term="w", n_perm=10)
    unbalanced = small.iloc[1:]
    with pytest.raises(ValueError, match="unequal sizes"):
        rm.permutation_test("y ~ x", unbalanced, term="x", cluster="g", n_perm=10)


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


def test_permutation_within_strata_matches_loop():
    """Within-year permutation: the vectorized null equals refitting statsmodels on the same permutations."""
    import statsmodels.formula.api as smf

    from regionalism.models import permutation_test

    rng = np.random.default_rng(5)
    rows = []
    for g in range(7):
        for t in range(3 + g % 3):          # unbalanced
            rows.append({"g": g, "year": t, "x": rng.normal(), "z": rng.normal()})
    df = pd.DataFrame(rows)
    df["y"] = 0.5 * df.x + df.z + rng.normal(size=len(df))
    res = permutation_test("y ~ x + z", df, term="x", cluster="g", strata="year", n_perm=200, seed=3)
    assert "strata of year" in res.level
    # rebuild the same permutations and refit
    rng2 = np.random.default_rng(3)
    groups = [np.flatnonzero(df.year.to_numpy() == s) for s in sorted(df.year.unique())]
    D = np.empty((200, len(df)))
    for idx in groups:
        D[:, idx] = rng2.permuted(np.broadcast_to(df.x.to_numpy()[idx], (200, len(idx))), axis=1)
    ts = []
    for row in D:
        fit = smf.ols("y ~ x + z", df.assign(x=row)).fit()
        ts.append(fit.tvalues["x"])
    np.testing.assert_allclose(res.null_distribution, ts, rtol=1e-8)
    # values only move within years
    for row in D[:5]:
        for idx in groups:
            assert sorted(row[idx]) == sorted(df.x.to_numpy()[idx])

"""Tests for marginal_effects, fisher_exact, leave_one_out and dfbeta."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import regionalism.models as rm


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    n = 400
    d = pd.DataFrame({"x": rng.normal(size=n), "z": rng.normal(size=n),
                      "region_id": np.repeat(np.arange(20), 20)})
    d["yb"] = (d["x"] + 0.5 * d["z"] + rng.logistic(size=n) > 0).astype(int)
    d["yo"] = pd.cut(d["x"] + rng.logistic(size=n), [-np.inf, -1, 1, np.inf], labels=False)
    d["y"] = 1 + 2 * d["x"] + rng.normal(size=n)
    return d


@pytest.mark.parametrize("model", ["logit", "probit"])
def test_binary_ame_matches_statsmodels_get_margeff(df: pd.DataFrame, model: str) -> None:
    res = rm.fit("yb ~ x + z", df, model=model)
    me = rm.marginal_effects(res).set_index("term")
    ref = res.model_result.get_margeff().summary_frame()
    np.testing.assert_allclose(me["estimate"], ref["dy/dx"], rtol=1e-6)
    np.testing.assert_allclose(me["std_error"], ref["Std. Err."], rtol=1e-4)


def test_ols_ame_is_the_coefficient_with_its_se(df: pd.DataFrame) -> None:
    res = rm.fit("y ~ x + z", df, cluster="region_id", cov="cr2")
    me = rm.marginal_effects(res).set_index("term")
    np.testing.assert_allclose(me["estimate"], res.params[["x", "z"]], rtol=1e-6)
    np.testing.assert_allclose(me["std_error"], res.bse[["x", "z"]], rtol=1e-5)


def test_ordered_ame_by_hand(df: pd.DataFrame) -> None:
    res = rm.fit("yo ~ x + z", df, model="ordered_logit")
    me = rm.marginal_effects(res)
    assert list(me["outcome"].unique()) == ["0.0", "1.0", "2.0"]
    # analytic AME: dP(Y=k)/dx = -b [f(c_k - xb) - f(c_{k-1} - xb)]
    p = res.params
    cuts = res.model_result.model.transform_threshold_params(p.to_numpy())
    xb = df["x"] * p["x"] + df["z"] * p["z"]
    f = stats.logistic.pdf
    for k in range(3):
        dens = (f(cuts[k + 1] - xb) if np.isfinite(cuts[k + 1]) else 0) - (
            f(cuts[k] - xb) if np.isfinite(cuts[k]) else 0)
        expected = float(np.mean(-p["x"] * dens))
        got = me[(me["term"] == "x") & (me["outcome"] == f"{k}.0")]["estimate"].item()
        assert got == pytest.approx(expected, rel=1e-6)
    assert me.groupby("term")["estimate"].sum().abs().max() < 1e-10
    assert (me["std_error"] > 0).all()


def test_ame_with_transformations(df: pd.DataFrame) -> None:
    res = rm.fit("y ~ x + I(x**2)", df)
    me = rm.marginal_effects(res).set_index("term")
    expected = res.params["x"] + 2 * res.params["I(x ** 2)"] * df["x"].mean()
    assert me.loc["x", "estimate"] == pytest.approx(expected, rel=1e-6)
    with pytest.raises(NotImplementedError):
        rm.marginal_effects(rm.fit("yb ~ x", df, model="gee", cluster="region_id"))


def test_fisher_exact_2x2_and_rxc() -> None:
    r = rm.fisher_exact([[8, 2], [1, 5]])
    assert r.p_value == pytest.approx(stats.fisher_exact([[8, 2], [1, 5]]).pvalue)
    # 2x3 by hand: sum of hypergeometric-table probabilities <= observed
    tab = np.array([[3, 1, 0], [0, 2, 4]])
    rc = rm.fisher_exact(tab)
    from itertools import product
    from math import comb

    rows, cols = tab.sum(1), tab.sum(0)
    n = tab.sum()

    def prob(t: np.ndarray) -> float:
        num = np.prod([comb(int(cols[j]), int(t[0, j])) for j in range(3)])
        return num / comb(int(n), int(rows[0]))

    p_obs = prob(tab)
    total = 0.0
    for first in product(*(range(c + 1) for c in cols)):
        if sum(first) == rows[0]:
            t = np.array([first, cols - np.array(first)])
            if prob(t) <= p_obs * (1 + 1e-7):
                total += prob(t)
    assert rc.p_value == pytest.approx(total, rel=1e-9)
    assert "exact" in rc.method
    # 3x3 against R 4.2.2: fisher.test(matrix(c(2,1,0, 0,3,1, 1,0,4), 3, byrow = TRUE))
    big = np.array([[2, 1, 0], [0, 3, 1], [1, 0, 4]])
    assert rm.fisher_exact(big).p_value == pytest.approx(0.03499278, rel=1e-6)
    mc = rm.fisher_exact(big, n_resamples=20000, seed=1)
    assert abs(mc.p_value - rm.fisher_exact(big).p_value) < 0.02
    data = pd.DataFrame({"a": [0, 0, 1, 1, 1], "b": ["x", "y", "y", "y", "x"]})
    assert rm.fisher_exact(data, row="a", col="b").table.shape == (2, 2)
    with pytest.raises(ValueError):
        rm.fisher_exact([[1, -1], [2, 3]])


def test_leave_one_out_and_dfbeta(df: pd.DataFrame) -> None:
    res = rm.fit("y ~ x", df, cluster="region_id")
    loo = rm.leave_one_out(res, df, group="region_id")
    assert len(loo) == 20 * 2 and (loo["error"] == "").all()
    # group 3 left out equals a direct fit without it
    direct = rm.fit("y ~ x", df[df["region_id"] != 3], cluster="region_id")
    row = loo[(loo["group"] == 3) & (loo["term"] == "x")].iloc[0]
    assert row["estimate"] == pytest.approx(direct.params["x"], rel=1e-12)
    assert row["std_error"] == pytest.approx(direct.bse["x"], rel=1e-12)
    db = rm.dfbeta(res, scaled=False)
    drop0 = rm.fit("y ~ x", df.iloc[1:])
    np.testing.assert_allclose(db.iloc[0].to_numpy(), (res.params - drop0.params).to_numpy(),
                               rtol=1e-8)
    assert rm.dfbeta(res).shape == (len(df), 2)

"""Tests for regionalism.models.fit, ModelResult and compare."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import regionalism.models as rm


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    rng = np.random.default_rng(42)
    G, T = 24, 10
    df = pd.DataFrame({"region_id": np.repeat(np.arange(G), T), "year": np.tile(np.arange(T), G)})
    n = len(df)
    u = rng.normal(size=G)[df["region_id"]]
    df["x"] = rng.normal(size=n) + 0.5 * u
    df["z"] = rng.normal(size=n)
    df["y"] = 1 + 0.5 * df["x"] - 0.2 * df["z"] + u + rng.normal(size=n)
    df["yb"] = (df["y"] > 1).astype(int)
    df["yc"] = rng.poisson(np.exp(0.2 + 0.3 * df["x"]))
    df["yo"] = pd.cut(df["y"], [-np.inf, 0, 1, 2, np.inf], labels=False)
    return df


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = ("import sys, regionalism.models; "
            "print(any(m in sys.modules for m in ('numpy', 'pandas', 'statsmodels')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_ols_matches_lstsq_and_classical_se(panel: pd.DataFrame) -> None:
    res = rm.fit("y ~ x + z", panel)
    X = np.column_stack([np.ones(len(panel)), panel["x"], panel["z"]])
    y = panel["y"].to_numpy()
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    e = y - X @ beta
    s2 = e @ e / (len(y) - 3)
    se = np.sqrt(np.diag(s2 * np.linalg.inv(X.T @ X)))
    np.testing.assert_allclose(res.params.to_numpy(), beta, rtol=1e-10)
    np.testing.assert_allclose(res.bse.to_numpy(), se, rtol=1e-10)
    assert res.nobs == len(panel)
    assert res.cov == "nonrobust" and res.n_clusters is None


def test_cluster_se_is_cr1_with_stata_factor(panel: pd.DataFrame) -> None:
    res = rm.fit("y ~ x + z", panel, cluster="region_id")
    assert res.cov == "cluster" and res.n_clusters == 24
    X = np.column_stack([np.ones(len(panel)), panel["x"], panel["z"]])
    y = panel["y"].to_numpy()
    bread = np.linalg.inv(X.T @ X)
    e = y - X @ (bread @ X.T @ y)
    scores = np.vstack([X[panel["region_id"] == g].T @ e[panel["region_id"] == g]
                        for g in range(24)])
    n, k, G = len(y), 3, 24
    V = G / (G - 1) * (n - 1) / (n - k) * bread @ scores.T @ scores @ bread
    np.testing.assert_allclose(res.bse.to_numpy(), np.sqrt(np.diag(V)), rtol=1e-10)
    # t reference distribution with G - 1 df (as Stata / statsmodels)
    assert (res.df_inference == G - 1).all()
    np.testing.assert_allclose(res.conf_int().to_numpy(),
                               res.model_result.conf_int().to_numpy(), rtol=1e-10)


def test_cluster_cov_without_cluster_is_an_error(panel: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="needs a cluster column"):
        rm.fit("y ~ x", panel, cov="cluster")
    with pytest.raises(ValueError, match="needs a cluster column"):
        rm.fit("y ~ x", panel, cov="cr2")
    with pytest.raises(KeyError, match="not found"):
        rm.fit("y ~ x", panel, cluster="nope")
    with pytest.raises(ValueError, match="not supported"):
        rm.fit("y ~ x", panel, model="tobit")
    with pytest.raises(NotImplementedError, match="ols"):
        rm.fit("yb ~ x", panel, model="logit", cluster="region_id", cov="cr2")


def test_missing_rows_align_clusters(panel: pd.DataFrame) -> None:
    df = panel.copy()
    df.loc[[3, 50, 51], "x"] = np.nan
    df.index = df.index[::-1]  # index must not matter
    res = rm.fit("y ~ x + z", df, cluster="region_id")
    ref = rm.fit("y ~ x + z", df.dropna(subset=["x"]).reset_index(drop=True), cluster="region_id")
    assert res.nobs == len(panel) - 3
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse.to_numpy(), rtol=1e-12)


def test_fixed_effects_are_absorbed_and_hidden(panel: pd.DataFrame) -> None:
    res = rm.fit("y ~ x + z", panel, fe=["region_id", "year"], cluster="region_id")
    assert list(res.tidy()["term"]) == ["Intercept", "x", "z"]
    assert len(res.tidy(include_fe=True)) == 3 + 23 + 9
    # FWL: the within estimate equals the two-way demeaned regression on a balanced panel
    d = panel.copy()
    for c in ("x", "z", "y"):
        d[c] = (d[c] - d.groupby("region_id")[c].transform("mean")
                - d.groupby("year")[c].transform("mean") + d[c].mean())
    X = d[["x", "z"]].to_numpy()
    beta = np.linalg.lstsq(X, d["y"].to_numpy(), rcond=None)[0]
    np.testing.assert_allclose(res.params[["x", "z"]].to_numpy(), beta, rtol=1e-8)
    assert "region_id, year" in str(rm.compare([res]))


@pytest.mark.parametrize("model", ["logit", "probit"])
def test_binary_models_wrap_statsmodels(panel: pd.DataFrame, model: str) -> None:
    import statsmodels.formula.api as smf

    res = rm.fit("yb ~ x + z", panel, model=model, cluster="region_id")
    ref = getattr(smf, model)("yb ~ x + z", panel).fit(
        disp=0, cov_type="cluster", cov_kwds={"groups": panel["region_id"].to_numpy()})
    np.testing.assert_allclose(res.params.to_numpy(), ref.params.to_numpy(), rtol=1e-8)
    np.testing.assert_allclose(res.bse.to_numpy(), ref.bse.to_numpy(), rtol=1e-8)
    np.testing.assert_allclose(res.pvalues.to_numpy(), ref.pvalues.to_numpy(), rtol=1e-8)
    assert res.df_inference is None


def test_count_and_ordered_models_run(panel: pd.DataFrame) -> None:
    pois = rm.fit("yc ~ x", panel, model="poisson")
    nb = rm.fit("yc ~ x", panel, model="negbin")
    assert "alpha" in nb.params.index
    assert abs(pois.params["x"] - nb.params["x"]) < 0.05
    ol = rm.fit("yo ~ x + z", panel, model="ordered_logit")
    op = rm.fit("yo ~ x + z", panel, model="ordered_probit")
    assert "Intercept" not in ol.params.index
    assert ol.params["x"] > 0 and op.params["x"] > 0
    # logit slopes are about 1.6-1.8 times probit slopes
    assert 1.4 < ol.params["x"] / op.params["x"] < 2.0


def test_gee_and_cox_run(panel: pd.DataFrame) -> None:
    gee = rm.fit("y ~ x", panel, model="gee", cluster="region_id")
    ols = rm.fit("y ~ x", panel)
    np.testing.assert_allclose(gee.params.to_numpy(), ols.params.to_numpy(), rtol=1e-6)
    rng = np.random.default_rng(3)
    df = panel.assign(t=rng.exponential(np.exp(-0.5 * panel["x"])), s=1)
    cox = rm.fit("t ~ x", df, model="cox", status="s")
    assert cox.params["x"] > 0  # higher x, shorter durations
    with pytest.raises(ValueError, match="status"):
        rm.fit("t ~ x", df, model="cox")


def test_tidy_summary_and_compare_render(panel: pd.DataFrame) -> None:
    a = rm.fit("y ~ x", panel)
    b = rm.fit("y ~ x + z", panel, cluster="region_id", cov="cr2")
    td = b.tidy()
    assert list(td.columns) == ["term", "estimate", "std_error", "statistic", "p_value",
                                "conf_low", "conf_high"]
    assert (td["conf_low"] < td["estimate"]).all() and (td["estimate"] < td["conf_high"]).all()
    s = b.summary()
    assert "CR2" in s.as_text() and "<table" in s.as_html() and r"\toprule" in s.as_latex()
    assert str(b) == s.as_text() and b._repr_html_() == s.as_html()
    t = rm.compare([a, b], names=["base", "full"])
    text = t.as_text()
    assert "base" in text and "full" in text and "Clusters" in text
    # the estimate of x in model b appears with its stars, the SE in parentheses
    est = f"{b.params['x']:.3f}"
    assert est + "***" in text and f"({b.bse['x']:.3f})" in text
    assert t.as_markdown().startswith("|") and "<table" in t.as_html()
    assert r"\midrule" in t.as_latex()
    with pytest.raises(ValueError):
        rm.compare([a, b], names=["only one"])

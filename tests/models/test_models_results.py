"""ModelResult beyond the table: predict, carried covariance, case names, compare(),
cut points, identification and input checks, unused fixed-effect levels, AME df."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import regionalism.models as rm
from regionalism.study import synthetic_panel

REFS = json.loads((Path(__file__).resolve().parents[1] / "results" / "references.json").read_text())


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    n = 120
    out = pd.DataFrame({"x": rng.normal(size=n), "z": rng.normal(size=n),
                        "g": np.repeat(np.arange(12), 10), "year": np.tile(np.arange(10), 12)},
                       index=[f"case{i}" for i in range(n)])
    out["y"] = 1 + 0.5 * out["x"] - 0.3 * out["z"] + rng.normal(size=12)[out["g"]] \
        + rng.normal(size=n)
    out["yb"] = (out["y"] > out["y"].median()).astype(int)
    out["yo"] = np.digitize(out["y"], np.quantile(out["y"], [0.33, 0.66]))
    return out


def test_statsmodels_result_carries_the_reported_covariance(df: pd.DataFrame) -> None:
    cr2 = rm.fit("y ~ x + z", df, cluster="g", cov="cr2")
    np.testing.assert_allclose(cr2.model_result.bse, cr2.bse, rtol=1e-12)
    np.testing.assert_allclose(cr2.model_result.cov_params(), cr2.vcov, rtol=1e-12)
    X = cr2.model_result.model.exog[:3]
    pred = cr2.model_result.get_prediction(X, transform=False)
    np.testing.assert_allclose(pred.se_mean, np.sqrt(np.diag(X @ cr2.vcov.to_numpy() @ X.T)))


def test_predict_uses_the_fits_covariance_and_keeps_case_names(df: pd.DataFrame) -> None:
    cl = rm.fit("y ~ x + z", df, cluster="g")
    assert list(cl.row_labels[:2]) == ["case0", "case1"]
    new = df.iloc[[3, 7]]
    p = cl.predict(new)
    assert list(p.index) == ["case3", "case7"]
    sm_pred = cl.model_result.get_prediction(new).summary_frame(alpha=0.05)
    np.testing.assert_allclose(p["prediction"], sm_pred["mean"], rtol=1e-10)
    np.testing.assert_allclose(p["std_error"], sm_pred["mean_se"], rtol=1e-10)
    # intervals use the fit's own reference distribution: t with G - 1 = 11 df after CR1
    from scipy import stats

    q = stats.t.ppf(0.975, 11)
    np.testing.assert_allclose(p["conf_low"], p["prediction"] - q * p["std_error"], rtol=1e-8)
    # logit: probabilities with delta-method SEs from the cluster covariance
    lg = rm.fit("yb ~ x + z", df, model="logit", cluster="g")
    p = lg.predict(new)
    X = np.column_stack([np.ones(2), new["x"], new["z"]])
    eta = X @ lg.params.to_numpy()
    prob = 1 / (1 + np.exp(-eta))
    se = prob * (1 - prob) * np.sqrt(np.einsum("ij,jk,ik->i", X, lg.vcov.to_numpy(), X))
    np.testing.assert_allclose(p["prediction"], prob, rtol=1e-10)
    np.testing.assert_allclose(p["std_error"], se, rtol=1e-6)
    assert ((p["conf_low"] > 0) & (p["conf_high"] < 1)).all()
    assert list(lg.predict(se=False).columns) == ["prediction"]
    assert len(lg.predict()) == lg.nobs
    # ordered: probabilities per category sum to one
    od = rm.fit("yo ~ x + z", df, model="ordered_logit")
    po = od.predict(new)
    np.testing.assert_allclose(po.groupby(level=0)["prediction"].sum(), 1.0, rtol=1e-10)
    with pytest.raises(ValueError):
        cl.predict(new.assign(x=np.nan))


def test_select_cases_sees_case_names(df: pd.DataFrame) -> None:
    from regionalism.cases import select_cases

    res = rm.fit("y ~ x + z", df)
    out = select_cases(res.model_result, kinds=["deviant"])
    assert str(out["case"].iloc[0]).startswith("case")


def test_compare_fit_statistics_rename_order_caption_label(df: pd.DataFrame) -> None:
    ols = rm.fit("y ~ x + z", df, cluster="g", cov="cr2")
    lg = rm.fit("yb ~ x + z", df, model="logit")
    t = rm.compare([ols, lg], names=["OLS", "Logit"], rename={"x": "Treatment"},
                   order=["z", "x"], caption="Two models", label="tab:two")
    assert [r[0] for r in t.body[::2]] == ["z", "Treatment", "Intercept"]
    foot = {r[0]: r[1:] for r in t.footer}
    assert foot["N"] == ("120", "120") and foot["Clusters"] == ("12", "")
    assert float(foot["R²"][0]) == pytest.approx(ols.model_result.rsquared, abs=5e-4)
    assert foot["R²"][1] == "" and float(foot["Pseudo R²"][1]) == pytest.approx(
        lg.model_result.prsquared, abs=5e-4)
    assert float(foot["Log-likelihood"][1]) == pytest.approx(lg.model_result.llf, abs=5e-4)
    assert float(foot["BIC"][0]) == pytest.approx(ols.model_result.bic, abs=5e-4)
    latex = t.as_latex()
    assert r"\caption{Two models}" in latex and r"\label{tab:two}" in latex
    assert "Two models" in t.as_text()
    with pytest.raises(KeyError, match="w"):
        rm.compare([ols], order=["w"])
    with pytest.raises(ValueError, match="fit statistics"):
        rm.compare([ols], stats=["rsq"])


def test_ordered_thresholds_are_cut_points(df: pd.DataFrame) -> None:
    od = rm.fit("yo ~ x + z", df, model="ordered_probit")
    td = od.tidy().set_index("term")
    cuts = od.model_result.model.transform_threshold_params(od.params.to_numpy())[1:-1]
    np.testing.assert_allclose(td.loc[["cut 0|1", "cut 1|2"], "estimate"], cuts, rtol=1e-12)
    assert td.loc[["cut 0|1", "cut 1|2"], "p_value"].isna().all()
    # delta-method SE of the second cut point against a direct numerical Jacobian
    p = od.params.to_numpy()
    J = np.zeros(len(p))
    for i in range(len(p)):
        h = 1e-6
        up, dn = p.copy(), p.copy()
        up[i] += h
        dn[i] -= h
        J[i] = (od.model_result.model.transform_threshold_params(up)[2]
                - od.model_result.model.transform_threshold_params(dn)[2]) / (2 * h)
    se = np.sqrt(J @ od.vcov.to_numpy() @ J)
    assert td.loc["cut 1|2", "std_error"] == pytest.approx(se, rel=1e-6)
    text = rm.compare([od]).as_text()
    assert "cut 1|2" in text and "1/2" not in text


def test_identification_and_input_checks(df: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match=r"\['c'\]"):
        rm.fit("y ~ x + c", df.assign(c=3.0))
    with pytest.raises(ValueError, match=r"\['w'\]"):
        rm.fit("y ~ x + z + w", df.assign(w=df["x"] + 2 * df["z"]))
    with pytest.raises(ValueError, match="at least k"):
        rm.fit("y ~ x", df.iloc[:2])
    with pytest.raises(TypeError, match="clustr"):
        rm.fit("y ~ x", df, clustr="g")
    with pytest.raises(ValueError, match="no rows"):
        rm.fit("y ~ x", df.iloc[:0])
    with pytest.raises(ValueError, match="no complete case.*allna"):
        rm.fit("y ~ x + allna", df.assign(allna=np.nan))
    with pytest.raises(ValueError, match="1 cluster"):
        rm.fit("y ~ x", df.assign(one=1), cluster="one")
    with pytest.raises(ValueError, match="at least 3"):
        rm.fit("yb ~ x", df, model="ordered_logit")
    with pytest.raises(ValueError, match="constant|combination"):
        rm.firth_logit("yb ~ x + c", df.assign(c=1.0))
    with pytest.raises(ValueError, match="information"):
        rm.fit("yb ~ x", df, model="probit", information="fisher")
    with pytest.warns(UserWarning, match="12 clusters"):
        rm.fit("y ~ x", df, cluster="g")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rm.fit("y ~ x", df, cluster="g", cov="cr2")  # CR2 is the advice, no warning


def test_fixed_effect_levels_without_complete_cases_are_dropped(df: pd.DataFrame) -> None:
    d = df.copy()
    d.loc[d["year"] >= 8, "x"] = np.nan  # years 8 and 9 have no complete case
    with pytest.warns(UserWarning, match=r"fe='year': 2 level\(s\).*\[8, 9\]"):
        res = rm.fit("y ~ x + z", d, fe="year", cluster="g")
    fe_terms = [t for t in res.params.index if t.startswith("C(year)")]
    assert len(fe_terms) == 7  # 8 observed years, one absorbed by the intercept
    sub = d.dropna(subset=["x"])
    direct = rm.fit("y ~ x + z + C(year)", sub.assign(year=sub["year"].astype(int)), cluster="g")
    np.testing.assert_allclose(res.bse[["x", "z"]], direct.bse[["x", "z"]], rtol=1e-10)
    lg = rm.fit("yb ~ x + z", d, model="logit", fe="year")
    assert np.isfinite(lg.bse).all()
    wb = rm.wild_cluster_bootstrap("y ~ x + z", d, term="x", cluster="g", fe="year", n_boot=99,
                                   seed=1)
    assert wb.statistic == pytest.approx(res.statistic["x"], rel=1e-10)  # same sample, same CR1


def test_ame_uses_the_fits_t_df(df: pd.DataFrame) -> None:
    cr2 = rm.fit("y ~ x + z", df, cluster="g", cov="cr2")
    me = rm.marginal_effects(cr2).set_index("term")
    assert me.loc["x", "df"] == pytest.approx(cr2.df_inference["x"])
    # closed form: the AME of a linear OLS term is its coefficient, with the fit's p-value
    assert me.loc["x", "estimate"] == pytest.approx(cr2.params["x"], rel=1e-12)
    assert me.loc["x", "std_error"] == pytest.approx(cr2.bse["x"], rel=1e-12)
    assert me.loc["x", "p_value"] == pytest.approx(cr2.pvalues["x"], rel=1e-10)
    cl = rm.fit("y ~ x + z", df, cluster="g")
    me = rm.marginal_effects(cl).set_index("term")
    assert me.loc["x", "df"] == 11 and me.loc["x", "p_value"] == pytest.approx(cl.pvalues["x"],
                                                                              rel=1e-10)
    lg = rm.marginal_effects(rm.fit("yb ~ x + z", df, model="logit"))
    assert lg["df"].isna().all()


def test_firth_profile_interval_under_complete_separation() -> None:
    ref = REFS["firth_separated"]["values"]
    sep = pd.DataFrame({"y": [0] * 4 + [1] * 4, "x": range(1, 9)})
    res = rm.firth_logit("y ~ x", sep)
    assert res.params["x"] == pytest.approx(ref["coef"]["x"], rel=1e-6)
    assert res.model_result.pen_loglik == pytest.approx(ref["pen_loglik"], abs=1e-8)
    ci = res.conf_int().loc["x"]
    assert ci["conf_low"] == pytest.approx(ref["ci_x"][0], rel=1e-6)
    assert ci["conf_high"] == pytest.approx(ref["ci_x"][1], rel=1e-6)
    assert res.pvalues["x"] == pytest.approx(ref["plr_p_x"], rel=1e-6)
    # nullable dtypes straight from a panel
    panel = synthetic_panel(10, 8, seed=2)
    panel["secreg_exists"] = panel["secreg_exists"].astype("Int64")
    panel.loc[panel.index[:3], "polyarchy_mean"] = np.nan
    r = rm.firth_logit("secreg_exists ~ polyarchy_mean", panel)
    assert r.nobs == 77


def test_coefficient_plot_accepts_tidy(df: pd.DataFrame) -> None:
    from regionalism.plots import coefficient_plot

    td = rm.fit("y ~ x + z", df).tidy()
    ax = coefficient_plot(td)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Intercept", "x", "z"]


def test_negbin_fails_loudly_never_silent_nan() -> None:
    rng = np.random.default_rng(0)
    d = pd.DataFrame({"x": rng.normal(size=200)})
    d["y01"] = rng.binomial(1, 0.5, size=200)  # underdispersed: no NB2 maximum with alpha > 0
    with pytest.raises(RuntimeError, match="no overdispersion"):
        rm.fit("y01 ~ x", d, model="negbin")
    d["y"] = rng.poisson(2, size=200)  # near-Poisson data: alpha small but positive
    nb = rm.fit("y ~ x", d, model="negbin")
    score = nb.model_result.model.score(nb.params.to_numpy())
    assert np.max(np.abs(score)) < 1e-4 and np.isfinite(nb.bse).all() and nb.params["alpha"] > 0


@pytest.mark.parametrize("model", ["logit", "probit", "poisson"])
def test_closed_form_ames_match_finite_differences(df: pd.DataFrame, model: str) -> None:
    """Closed-form AME and delta-method SE against an independent numerical computation."""
    from scipy import special, stats

    y = "yb" if model != "poisson" else "yc"
    d = df.assign(yc=np.round(np.exp(0.3 * df["x"]) * 2).astype(int))
    res = rm.fit(f"{y} ~ x + z", d, model=model, cluster="g")
    me = rm.marginal_effects(res).set_index("term")
    inv = {"logit": special.expit, "probit": stats.norm.cdf, "poisson": np.exp}[model]
    X = np.column_stack([np.ones(len(d)), d["x"], d["z"]])

    def ame(b: np.ndarray) -> float:
        h = 1e-5
        up, dn = X.copy(), X.copy()
        up[:, 1] += h
        dn[:, 1] -= h
        return float(np.mean((inv(up @ b) - inv(dn @ b)) / (2 * h)))

    b = res.params.to_numpy()
    grad = np.array([(ame(b + e) - ame(b - e)) / 2e-6 for e in np.eye(3) * 1e-6])
    assert me.loc["x", "estimate"] == pytest.approx(ame(b), rel=1e-7)
    assert me.loc["x", "std_error"] == pytest.approx(
        float(np.sqrt(grad @ res.vcov.to_numpy() @ grad)), rel=1e-5)

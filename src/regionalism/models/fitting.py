"""Fit regression models from formulas: a thin, honest layer over statsmodels."""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism._shared.units import warn_overlapping_units
from regionalism.models.covariance import cluster_codes, cox_score_residuals, vcov_cr2
from regionalism.models.design import check_rank, model_frame, warn_few_clusters
from regionalism.models.firth import firth_logit
from regionalism.models.results import ModelResult

__all__ = ["COV_TYPES", "INFORMATION", "MODELS", "fit"]

MODELS = ("ols", "logit", "probit", "ordered_logit", "ordered_probit", "poisson", "negbin",
          "cox", "gee", "firth_logit")
COV_TYPES = ("nonrobust", "hc1", "cluster", "cr2")
#: Information matrix choices for ``information=`` (probit and negative binomial).
INFORMATION = ("observed", "expected")

# keyword options each model accepts (anything else is a typo and raises)
_OPTIONS: dict[str, set[str]] = {
    "ols": set(),
    "logit": {"offset"},
    "probit": {"offset", "information"},
    "poisson": {"offset", "exposure"},
    "negbin": {"offset", "exposure", "information"},
    "ordered_logit": set(),
    "ordered_probit": set(),
    "cox": {"status", "ties", "strata", "entry", "offset"},
    "gee": {"family", "cov_struct"},
    "firth_logit": {"maxiter", "tol"},
}


def _family(family: Any) -> Any:
    import statsmodels.api as sm

    if family is None or not isinstance(family, str):
        return family if family is not None else sm.families.Gaussian()
    table = {"gaussian": sm.families.Gaussian, "binomial": sm.families.Binomial,
             "poisson": sm.families.Poisson}
    if family.lower() not in table:
        raise ValueError(f"family {family!r} not understood; expected one of {sorted(table)} "
                         "or a statsmodels family instance")
    return table[family.lower()]()


def _carry_cov(res: Any, V: np.ndarray, label: str) -> None:
    """Make the statsmodels result report covariance ``V`` (bse, cov_params, predictions)."""
    res = getattr(res, "_results", res)  # the wrapper forwards attribute reads to _results
    res.cov_params_default = V
    res.cov_type = label
    cache = getattr(res, "_cache", None)
    if isinstance(cache, dict):
        for key in ("bse", "tvalues", "pvalues", "zvalues"):
            cache.pop(key, None)


def _result(res: Any, *, model: str, formula: str, cov: str, cluster: str | None,
            n_clusters: int | None, fe: Sequence[str], names: Sequence[str],
            row_labels: Any, design_info: Any, notes: Sequence[str] = (),
            vcov: np.ndarray | None = None, df: np.ndarray | None = None) -> ModelResult:
    params = pd.Series(np.asarray(res.params, dtype=float), index=list(names))
    V = np.asarray(res.cov_params(), dtype=float) if vcov is None else vcov
    if vcov is not None:
        _carry_cov(res, vcov, cov)
    df_inf = None
    if getattr(res, "use_t", False):
        d = getattr(res, "df_resid_inference", None)
        d = res.df_resid if d is None else d
        df_inf = pd.Series(float(d), index=params.index)
    if df is not None:
        df_inf = pd.Series(np.asarray(df, dtype=float), index=params.index)
    return ModelResult(model=model, formula=formula, params=params,
                       vcov=pd.DataFrame(V, index=params.index, columns=params.index),
                       nobs=int(getattr(res, "nobs", None) or len(res.model.endog)), cov=cov,
                       model_result=res, df_inference=df_inf, n_clusters=n_clusters,
                       cluster=cluster, fe=fe, notes=notes, row_labels=row_labels,
                       design_info=design_info)


def fit(
    formula: str,
    data: pd.DataFrame,
    *,
    model: str = "ols",
    cluster: str | None = None,
    cov: str | None = None,
    fe: str | Sequence[str] | None = None,
    fit_kwargs: dict[str, Any] | None = None,
    **options: Any,
) -> ModelResult:
    """Fit a regression model from a formula.

    Parameters
    ----------
    formula : str
        A statsmodels/patsy formula, e.g. ``"secreg_exists ~ polyarchy_mean + n_states"``.
        For ``model="cox"`` the left-hand side is the duration column.
    data : pandas.DataFrame
        One row per observation (e.g. region-year); nullable dtypes (``Int64``,
        ``boolean``, ``string``) are accepted. Rows with missing values in
        formula, fixed-effect or cluster variables are dropped (the count used
        is ``result.nobs``; their labels are ``result.row_labels``). The index
        (case names) is kept when it is unique.
    model : str
        One of ``"ols"``, ``"logit"``, ``"probit"``, ``"ordered_logit"``,
        ``"ordered_probit"`` (statsmodels ``OrderedModel``; no intercept;
        ``tidy()`` and tables show the cut points ``"cut 0|1"`` of
        ``P(Y <= k) = F(cut_k - x'b)`` as R's ``polr``; standard errors from a
        finite-difference Hessian, within about 1e-5 of ``clm``'s analytic
        one), ``"poisson"``, ``"negbin"`` (NB2, ``alpha`` = 1/theta of
        ``MASS::glm.nb``; started from ``glm.nb``'s own alternation (IRLS
        for the coefficients given alpha, then alpha given the means, from
        Poisson estimates and a moment estimate of alpha), polished by Newton,
        BFGS as fallback; ``RuntimeError`` when alpha's maximum is at 0 (no
        overdispersion) or no optimizer reaches a zero score, never a silent
        NaN), ``"cox"`` (needs ``status=`` column; ties default to
        ``"efron"`` like R's ``coxph``; cluster-robust variance from Efron (or
        Breslow) score residuals, equal to ``coxph(..., cluster = )``),
        ``"gee"`` (groups = ``cluster``; options ``family=``, ``cov_struct=``),
        ``"firth_logit"``.
    cluster : str, optional
        Column holding the cluster (e.g. ``"region_id"``). With fewer than
        :data:`~regionalism.models.design.FEW_CLUSTERS` clusters, CR1 and
        sandwich covariances warn (use ``cov="cr2"`` or the wild bootstrap).
    cov : str, optional
        ``"nonrobust"``, ``"hc1"``, ``"cluster"`` (CR1, Stata-like small-sample
        factor G/(G-1)(N-1)/(N-K), K the rank of the design, equal to
        ``sandwich::vcovCL(type = "HC1")``) or ``"cr2"`` (Bell-McCaffrey with
        Satterthwaite df; OLS only). Default: ``"cluster"`` when ``cluster`` is
        given, else ``"nonrobust"``. Asking for ``"cluster"``/``"cr2"`` without
        ``cluster`` is an error, never a silent fallback.
    fe : str or sequence of str, optional
        Fixed-effect columns, added as ``C(column)`` dummies for the levels
        that have a complete case (levels without one are dropped and named in
        a warning); they are reported as absorbed and hidden in ``tidy()`` and
        tables.
    fit_kwargs : dict, optional
        Extra keyword arguments for the statsmodels ``fit`` call (e.g. ``maxiter``).
    **options
        Model options; unknown names raise ``TypeError``. ``offset``
        (logit, probit, Poisson, negbin), ``exposure`` (Poisson, negbin);
        ``status``, ``ties``, ``strata``, ``entry``, ``offset`` (Cox);
        ``family``, ``cov_struct`` (GEE); ``maxiter``, ``tol`` (Firth);
        ``information`` (probit, negbin): ``"observed"`` (default; the
        Hessian, as Stata's ``probit``/``nbreg``) or ``"expected"`` (Fisher
        information, as R's ``glm(family = binomial("probit"))`` and, for the
        coefficients given theta, ``MASS::glm.nb``; with ``cov="nonrobust"``).

    Returns
    -------
    ModelResult
        With ``params``, ``bse``, ``pvalues``, ``conf_int()``, ``nobs``,
        ``tidy()``, ``summary()``, ``predict()``, ``fit_statistics()`` and
        ``model_result`` (the statsmodels result, carrying the same covariance).

    Raises
    ------
    ValueError
        Unknown model or covariance type, cluster covariance without
        ``cluster``, fewer than two clusters, no complete case, fewer
        observations than parameters, or a design that is not identified (the
        constant or collinear columns are named).
    TypeError
        An unknown keyword option (e.g. ``clustr="g"``).
    NotImplementedError
        A covariance type a model does not support (e.g. CR2 for logit).
    RuntimeError
        The optimizer did not converge.

    Warns
    -----
    UserWarning
        When the rows' units overlap (a panel from ``rg.region_year`` whose
        regions share a state in a year, e.g. a continent and its
        sub-regions, recorded in ``data.attrs["unit_overlaps"]``): the units
        are then not independent clusters. The warning names a state, the two
        units and the year; a partition (``rg.comparison_regions("m49")``)
        never warns. Also below :data:`FEW_CLUSTERS` clusters with CR1.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> import regionalism.models as rm
    >>> rng = np.random.default_rng(0)
    >>> df = pd.DataFrame({"x": rng.normal(size=100), "region_id": np.repeat(range(20), 5)})
    >>> df["y"] = 1 + 0.5 * df["x"] + rng.normal(size=100)
    >>> res = rm.fit("y ~ x", df, cluster="region_id", cov="cr2")
    >>> res.n_clusters, res.tidy().columns.tolist()[:3]
    (20, ['term', 'estimate', 'std_error'])
    """
    if isinstance(data, pd.DataFrame):
        warn_overlapping_units(data, stacklevel=3)
    res = _fit(formula, data, model=model, cluster=cluster, cov=cov, fe=fe,
               fit_kwargs=fit_kwargs, **options)
    res.fit_options = dict(formula=formula, model=model, cluster=cluster, cov=cov, fe=fe,
                           fit_kwargs=fit_kwargs, **options)
    return res


def _fit(formula: str, data: pd.DataFrame, *, model: str, cluster: str | None, cov: str | None,
         fe: str | Sequence[str] | None, fit_kwargs: dict[str, Any] | None,
         **options: Any) -> ModelResult:
    if model not in MODELS:
        raise ValueError(f"model={model!r} is not supported; expected one of {MODELS}")
    unknown = sorted(set(options) - _OPTIONS[model])
    if unknown:
        raise TypeError(f"fit() got unexpected keyword argument(s) {unknown} for "
                        f"model={model!r}; accepted: {sorted(_OPTIONS[model]) or 'none'} "
                        "(plus formula, data, model, cluster, cov, fe, fit_kwargs)")
    if cov is None:
        cov = "cluster" if cluster is not None else "nonrobust"
    cov = cov.lower()
    if cov not in COV_TYPES:
        raise ValueError(f"cov={cov!r} is not supported; expected one of {COV_TYPES}")
    if cov in ("cluster", "cr2") and cluster is None:
        raise ValueError(f"cov={cov!r} needs a cluster column: pass cluster='region_id' "
                         "(or whichever column defines the clusters)")
    information = options.pop("information", "observed")
    if information not in INFORMATION:
        raise ValueError(f"information={information!r}; expected one of {INFORMATION}")
    if information == "expected" and cov != "nonrobust":
        raise NotImplementedError("information='expected' is implemented for cov='nonrobust'; "
                                  "robust covariances use the observed Hessian as bread")
    status = options.get("status")
    extra = [status] if isinstance(status, str) else []
    if model == "gee" and cluster is None:
        raise ValueError("model='gee' needs cluster= (the groups of correlated observations)")
    mf = model_frame(formula, data, fe=fe, cluster=cluster, extra=extra)
    data, full, fe_cols = mf.data, mf.formula, mf.fe
    fit_kwargs = dict(fit_kwargs or {})

    if model == "firth_logit":
        if cov not in ("nonrobust",):
            raise NotImplementedError("firth_logit reports model-based (penalized likelihood) "
                                      "inference only; cluster covariances are not implemented")
        res = firth_logit(full, data, **options, **fit_kwargs)
        res.fe = tuple(fe_cols)
        return res

    import statsmodels.formula.api as smf

    def groups_for(m: Any) -> tuple[np.ndarray | None, int | None]:
        if cluster is None:
            return None, None
        codes, G = cluster_codes(data.loc[m.data.row_labels, cluster].to_numpy())
        warn_few_clusters(G, "robust" if model in ("cox", "gee") else cov, cluster)
        return codes, G

    def identified(m: Any) -> None:
        check_rank(np.asarray(m.exog, dtype=float), list(m.exog_names),
                   what=f"the {model} design")

    def common(m: Any) -> dict[str, Any]:
        return dict(model=model, formula=full, cluster=cluster, fe=fe_cols,
                    row_labels=m.data.row_labels,
                    design_info=getattr(m.data, "model_spec", None))

    if model == "ols":
        m = smf.ols(full, data, missing="drop")
        identified(m)
        codes, G = groups_for(m)
        if cov == "cr2":
            r = m.fit(**fit_kwargs)
            cr2 = vcov_cr2(m.exog, np.asarray(r.resid), codes)
            return _result(r, cov="cr2", n_clusters=G, names=m.exog_names, vcov=cr2.vcov,
                           df=cr2.df, **common(m))
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True),
              "hc1": dict(cov_type="HC1", use_t=True), "nonrobust": {}}[cov]
        r = m.fit(**kw, **fit_kwargs)
        return _result(r, cov=cov, n_clusters=G, names=m.exog_names, **common(m))

    if cov == "cr2":
        raise NotImplementedError(
            f"cov='cr2' is implemented for model='ols' only, not {model!r}; use cov='cluster' "
            "and check small-sample inference with wild_cluster_bootstrap() on a linear model")

    if model in ("logit", "probit", "poisson", "negbin"):
        ctor = {"logit": smf.logit, "probit": smf.probit, "poisson": smf.poisson,
                "negbin": smf.negativebinomial}[model]
        if model == "negbin":
            options["loglike_method"] = "nb2"
        try:
            m = ctor(full, data, missing="drop", **options)
        except ValueError as exc:  # statsmodels' probit checks the outcome at construction
            if "endog must be" not in str(exc):
                raise
            raise ValueError(f"model={model!r} needs a 0/1 outcome ({exc}): use model='ols' for a share or "
                             "degree, 'ordered_logit' for ordered levels, or dichotomize it") from None
        y = np.asarray(m.endog, dtype=float)
        if model in ("logit", "probit") and not np.isin(y, (0.0, 1.0)).all():
            raise ValueError(f"model={model!r} needs a 0/1 outcome; {m.endog_names!r} has values "
                             f"{[float(v) for v in sorted(set(np.round(y, 6)))[:6]]}: use model='ols' for a "
                             "share or degree, "
                             "'ordered_logit' for ordered levels, or dichotomize it")
        if model in ("poisson", "negbin") and ((y < 0) | (y != np.round(y))).any():
            raise ValueError(f"model={model!r} needs non-negative whole counts; {m.endog_names!r} has "
                             f"values such as {[float(v) for v in sorted(set(y[(y < 0) | (y != np.round(y))]))[:3]]}")
        identified(m)
        codes, G = groups_for(m)
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}),
              "hc1": dict(cov_type="HC1"), "nonrobust": {}}[cov]
        fit_kwargs.setdefault("disp", 0)
        fit_kwargs.setdefault("maxiter", 200 if model != "negbin" else 1000)
        if model == "negbin" and "method" not in fit_kwargs:
            r = _fit_negbin(m, kw, fit_kwargs)
        else:
            r = m.fit(**kw, **fit_kwargs)
        if not r.mle_retvals.get("converged", True) or not np.isfinite(r.params).all():
            raise RuntimeError(f"{model} did not converge (statsmodels mle_retvals: "
                               f"{r.mle_retvals}); check for separation or rescale regressors")
        V = None
        notes: tuple[str, ...] = ()
        if information == "expected" and model in ("probit", "negbin"):
            V = _expected_vcov(model, r)
            notes = ("Standard errors from the expected (Fisher) information.",)
        return _result(r, cov=cov, n_clusters=G, names=r.params.index, vcov=V, notes=notes,
                       **common(m))

    if model in ("ordered_logit", "ordered_probit"):
        from statsmodels.miscmodels.ordinal_model import OrderedModel

        n_cat = data[full.split("~", 1)[0].strip()].nunique() \
            if full.split("~", 1)[0].strip() in data.columns else None
        if n_cat is not None and n_cat < 3:
            raise ValueError(f"{model} needs an outcome with at least 3 observed categories, "
                             f"got {n_cat}; use logit/probit for a binary outcome")
        m = OrderedModel.from_formula(full, data, distr=model.split("_")[1], missing="drop")
        identified(m)
        codes, G = groups_for(m)
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}),
              "hc1": dict(cov_type="HC1"), "nonrobust": {}}[cov]
        fit_kwargs.setdefault("disp", 0)
        fit_kwargs.setdefault("method", "bfgs")
        fit_kwargs.setdefault("maxiter", 2000)
        if fit_kwargs["method"] == "bfgs":  # statsmodels' gtol=1e-5 stops ~1e-4 short
            fit_kwargs.setdefault("gtol", 1e-8)
        r = m.fit(**kw, **fit_kwargs)
        return _result(r, cov=cov, n_clusters=G, names=r.params.index, **common(m))

    if model == "cox":
        status = options.pop("status", None)
        if status is None:
            raise ValueError("model='cox' needs status= (event indicator column name or array)")
        options.setdefault("ties", "efron")
        if cov == "hc1":
            raise NotImplementedError("model='cox' supports cov='nonrobust' or 'cluster' "
                                      "(robust sandwich by cluster)")
        status_arg = data[status].to_numpy(dtype=float) if isinstance(status, str) \
            else np.asarray(status, dtype=float)
        m = smf.phreg(full, data, status=status_arg, missing="drop", **options)
        identified(m)
        codes, G = groups_for(m)
        r = m.fit(**fit_kwargs)
        V = None
        if cov == "cluster":
            U = cox_score_residuals(m.endog, m.status, m.exog, np.asarray(r.params),
                                    ties=options["ties"],
                                    entry=_column(data, options.get("entry")),
                                    strata=_column(data, options.get("strata")))
            S = np.zeros((int(G or 0), U.shape[1]))
            np.add.at(S, codes, U)
            H = np.asarray(r.cov_params())
            V = H @ (S.T @ S) @ H
        return _result(r, cov="robust" if cov == "cluster" else cov, n_clusters=G,
                       names=m.exog_names, vcov=V, **common(m))

    # gee
    if cov == "hc1":
        raise NotImplementedError("model='gee' supports cov='cluster' (robust) or 'nonrobust' "
                                  "(naive)")
    family = _family(options.pop("family", None))
    m = smf.gee(full, cluster, data, family=family, missing="drop", **options)
    identified(m)
    codes, G = groups_for(m)
    r = m.fit(cov_type="robust" if cov == "cluster" else "naive", **fit_kwargs)
    return _result(r, cov="robust" if cov == "cluster" else cov, n_clusters=G,
                   names=m.exog_names, **common(m))


def _column(data: pd.DataFrame, value: Any) -> np.ndarray | None:
    """A column given by name or as an array (``None`` stays ``None``)."""
    if value is None:
        return None
    return data[value].to_numpy() if isinstance(value, str) else np.asarray(value)


def _nb2_alternating(X: np.ndarray, y: np.ndarray, off: np.ndarray) -> np.ndarray:
    """NB2 start as ``MASS::glm.nb`` finds it: IRLS for the coefficients given alpha,
    then the one-dimensional ML of alpha given the means, alternated to convergence
    (from Poisson estimates and the moment estimate of alpha)."""
    import statsmodels.api as sm
    from scipy import optimize, special

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        glm = sm.GLM(y, X, family=sm.families.Poisson(), offset=off).fit(tol=1e-10)
    beta = np.asarray(glm.params)
    mu = np.asarray(glm.fittedvalues)
    alpha = max(float(np.sum((y - mu) ** 2 - mu) / np.sum(mu**2)), 1e-3)

    def nll(log_a: float) -> float:
        a = np.exp(log_a)
        r = 1 / a
        return -float(np.sum(special.gammaln(y + r) - special.gammaln(r) - special.gammaln(y + 1)
                             + r * np.log(r / (r + mu)) + y * np.log(mu / (r + mu))))

    for _ in range(200):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            glm = sm.GLM(y, X, family=sm.families.NegativeBinomial(alpha=alpha), offset=off
                         ).fit(start_params=beta, tol=1e-12, maxiter=200)
        beta = np.asarray(glm.params)
        mu = np.asarray(glm.fittedvalues)
        new = float(np.exp(optimize.minimize_scalar(nll, bounds=(-20, 10), method="bounded",
                                                    options={"xatol": 1e-12}).x))
        if abs(new - alpha) <= 1e-10 * max(alpha, 1e-8) or new < 1e-8:
            alpha = new  # converged, or at the boundary alpha = 0 (no overdispersion)
            break
        alpha = new
    return np.append(beta, alpha)


def _fit_negbin(m: Any, kw: dict[str, Any], fit_kwargs: dict[str, Any]) -> Any:
    """NB2: Newton polishing of the alternating (glm.nb-style) solution, then fallbacks.

    statsmodels' own start values diverge on the region-year panel while the
    optimizer reports convergence; each candidate is therefore accepted only if
    its score is (numerically) zero and alpha > 0. Raises ``RuntimeError`` when
    no candidate is a maximum: never a silent NaN.
    """
    X, y = np.asarray(m.exog, dtype=float), np.asarray(m.endog, dtype=float)
    offset = getattr(m, "offset", None)
    exposure = getattr(m, "exposure", None)
    off = (np.zeros(len(y)) if offset is None else np.asarray(offset, dtype=float)) + (
        0.0 if exposure is None else np.asarray(exposure, dtype=float))
    tried = []
    try:
        start = _nb2_alternating(X, y, off)
    except (np.linalg.LinAlgError, ValueError, FloatingPointError) as exc:
        start = None
        tried.append(f"alternating IRLS: {type(exc).__name__}")
    if start is not None and start[-1] < 1e-7:
        raise RuntimeError("negative binomial: the maximum-likelihood alpha is at its boundary 0 "
                           f"(alpha = {start[-1]:.2g}); the counts show no overdispersion, so NB2 "
                           "has no interior maximum: use model='poisson'")
    plans = [{"method": "newton", "tol": 1e-12}]
    if start is not None:
        plans = [{"method": "newton", "tol": 1e-12, "start_params": start},
                 {"method": "bfgs", "gtol": 1e-10, "start_params": start}] + plans
    for extra in plans:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                cand = m.fit(**kw, **{**fit_kwargs, **extra})
            except (np.linalg.LinAlgError, ValueError) as exc:
                tried.append(f"{extra['method']}: {type(exc).__name__}")
                continue
            score = np.asarray(m.score(np.asarray(cand.params)))
        ok = np.isfinite(cand.params).all() and np.isfinite(score).all() and \
            float(np.max(np.abs(score))) < 1e-4 * max(1.0, len(y) ** 0.5) and \
            float(np.asarray(cand.params)[-1]) > 0
        if ok:
            return cand
        tried.append(f"{extra['method']}: max |score| = {float(np.max(np.abs(score))):.3g}")
    raise RuntimeError("negative binomial did not converge to a maximum (" + "; ".join(tried)
                       + "); the data may be underdispersed (use model='poisson') or need "
                       "rescaled regressors")


def _expected_vcov(model: str, r: Any) -> np.ndarray:
    """Inverse expected information: probit (all parameters) or NB2 (coefficients given alpha;
    alpha's variance from the observed information, as ``glm.nb`` reports theta separately)."""
    from scipy import stats

    X = np.asarray(r.model.exog, dtype=float)
    p = np.asarray(r.params, dtype=float)
    if model == "probit":
        eta = X @ p
        F, f = stats.norm.cdf(eta), stats.norm.pdf(eta)
        w = f**2 / np.clip(F * (1 - F), 1e-300, None)
        return np.linalg.inv((X * w[:, None]).T @ X)
    k = X.shape[1]
    alpha = p[-1]
    off = getattr(r.model, "offset", None)
    mu = np.exp(X @ p[:k] + (0.0 if off is None else np.asarray(off)))
    w = mu / (1 + alpha * mu)
    V = np.zeros((k + 1, k + 1))
    V[:k, :k] = np.linalg.inv((X * w[:, None]).T @ X)
    V[k, k] = float(np.asarray(r.cov_params())[k, k])
    return V

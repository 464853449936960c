"""Fit regression models from formulas: a thin, honest layer over statsmodels."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.covariance import cluster_codes, plain_dtypes, vcov_cr2
from regionalism.models.results import ModelResult

__all__ = ["fit", "MODELS", "COV_TYPES"]

MODELS = ("ols", "logit", "probit", "ordered_logit", "ordered_probit", "poisson", "negbin",
          "cox", "gee", "firth_logit")
COV_TYPES = ("nonrobust", "hc1", "cluster", "cr2")


def _as_list(x: str | Sequence[str] | None) -> list[str]:
    if x is None:
        return []
    return [x] if isinstance(x, str) else list(x)


def _check_columns(data: pd.DataFrame, cols: Sequence[str], what: str) -> None:
    missing = [c for c in cols if c not in data.columns]
    if missing:
        raise KeyError(f"{what} column(s) {missing} not found in data; "
                       f"available columns: {list(data.columns)[:30]}")


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


def _from_statsmodels(res: Any, *, model: str, formula: str, cov: str, cluster: str | None,
                      n_clusters: int | None, fe: Sequence[str], names: Sequence[str],
                      notes: Sequence[str] = ()) -> ModelResult:
    params = pd.Series(np.asarray(res.params, dtype=float), index=list(names))
    vcov = pd.DataFrame(np.asarray(res.cov_params(), dtype=float), index=params.index,
                        columns=params.index)
    pvalues = pd.Series(np.asarray(res.pvalues, dtype=float), index=params.index)
    df_inf = None
    if getattr(res, "use_t", False):
        d = getattr(res, "df_resid_inference", None)
        d = res.df_resid if d is None else d
        df_inf = pd.Series(float(d), index=params.index)
    return ModelResult(model=model, formula=formula, params=params, vcov=vcov,
                       nobs=int(getattr(res, "nobs", None) or len(res.model.endog)), cov=cov, model_result=res, pvalues=pvalues,
                       df_inference=df_inf, n_clusters=n_clusters, cluster=cluster, fe=fe,
                       notes=notes)


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
        One row per observation (e.g. region-year). Rows with missing values in
        formula variables are dropped (the count used is ``result.nobs``).
    model : str
        One of ``"ols"``, ``"logit"``, ``"probit"``, ``"ordered_logit"``,
        ``"ordered_probit"`` (statsmodels ``OrderedModel``; no intercept,
        thresholds are reported as ``"a/b"`` terms in statsmodels'
        parametrization: the first is the first cut point, later ones are log
        increments), ``"poisson"``, ``"negbin"`` (NB2, ``alpha`` = 1/theta of
        ``MASS::glm.nb``), ``"cox"`` (needs ``status=`` column; ties default to
        ``"efron"`` like R's ``coxph``), ``"gee"`` (groups = ``cluster``;
        options ``family=``, ``cov_struct=``), ``"firth_logit"``.
    cluster : str, optional
        Column holding the cluster (e.g. ``"region_id"``).
    cov : str, optional
        ``"nonrobust"``, ``"hc1"``, ``"cluster"`` (CR1, Stata-like small-sample
        factor G/(G-1)(N-1)/(N-K)) or ``"cr2"`` (Bell-McCaffrey with
        Satterthwaite df; OLS only). Default: ``"cluster"`` when ``cluster`` is
        given, else ``"nonrobust"``. Asking for ``"cluster"``/``"cr2"`` without
        ``cluster`` is an error, never a silent fallback.
    fe : str or sequence of str, optional
        Fixed-effect columns, added as ``C(column)`` dummies; they are reported
        as absorbed and hidden in ``tidy()`` and tables.
    fit_kwargs : dict, optional
        Extra keyword arguments for the statsmodels ``fit`` call (e.g. ``maxiter``).
    **options
        Passed to the statsmodels model constructor (e.g. ``status=`` for Cox,
        ``family=`` for GEE, ``weights`` are not supported for CR2).

    Returns
    -------
    ModelResult
        With ``params``, ``bse``, ``pvalues``, ``conf_int()``, ``nobs``,
        ``tidy()``, ``summary()`` and ``model_result`` (the statsmodels result).

    Raises
    ------
    ValueError
        Unknown model or covariance type, or cluster covariance without ``cluster``.
    NotImplementedError
        A covariance type a model does not support (e.g. CR2 for logit).

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
    if cov is None:
        cov = "cluster" if cluster is not None else "nonrobust"
    cov = cov.lower()
    if cov not in COV_TYPES:
        raise ValueError(f"cov={cov!r} is not supported; expected one of {COV_TYPES}")
    if cov in ("cluster", "cr2") and cluster is None:
        raise ValueError(f"cov={cov!r} needs a cluster column: pass cluster='region_id' "
                         "(or whichever column defines the clusters)")
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    fe_cols = _as_list(fe)
    _check_columns(data, fe_cols, "fixed-effect")
    if cluster is not None:
        _check_columns(data, [cluster], "cluster")
    full = formula + "".join(f" + C({f})" for f in fe_cols)
    data = plain_dtypes(data.reset_index(drop=True))
    fit_kwargs = dict(fit_kwargs or {})

    if model == "firth_logit":
        if cov not in ("nonrobust",):
            raise NotImplementedError("firth_logit reports model-based (penalized likelihood) "
                                      "inference only; cluster covariances are not implemented")
        from regionalism.models.firth import firth_logit

        res = firth_logit(full, data, **options, **fit_kwargs)
        res.fe = tuple(fe_cols)
        return res

    import statsmodels.formula.api as smf

    def groups_for(rows: Any) -> tuple[np.ndarray | None, int | None]:
        if cluster is None:
            return None, None
        return cluster_codes(data.loc[rows, cluster].to_numpy())

    common = dict(model=model, formula=full, cluster=cluster, fe=fe_cols)

    if model == "ols":
        m = smf.ols(full, data, missing="drop", **options)
        codes, G = groups_for(m.data.row_labels)
        if cov == "cr2":
            if "weights" in options:
                raise NotImplementedError("CR2 is implemented for unweighted OLS only")
            r = m.fit(**fit_kwargs)
            cr2 = vcov_cr2(m.exog, r.resid.to_numpy(), codes)
            names = list(m.exog_names)
            params = pd.Series(np.asarray(r.params), index=names)
            return ModelResult(model=model, formula=full, params=params,
                               vcov=pd.DataFrame(cr2.vcov, index=names, columns=names),
                               nobs=int(r.nobs), cov="cr2", model_result=r,
                               df_inference=pd.Series(cr2.df, index=names), n_clusters=G,
                               cluster=cluster, fe=fe_cols)
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True),
              "hc1": dict(cov_type="HC1", use_t=True), "nonrobust": {}}[cov]
        r = m.fit(**kw, **fit_kwargs)
        return _from_statsmodels(r, cov=cov, n_clusters=G, names=m.exog_names, **common)

    if cov == "cr2":
        raise NotImplementedError(
            f"cov='cr2' is implemented for model='ols' only, not {model!r}; use cov='cluster' "
            "and check small-sample inference with wild_cluster_bootstrap() on a linear model")

    if model in ("logit", "probit", "poisson", "negbin"):
        ctor = {"logit": smf.logit, "probit": smf.probit, "poisson": smf.poisson,
                "negbin": smf.negativebinomial}[model]
        if model == "negbin":
            options.setdefault("loglike_method", "nb2")
        m = ctor(full, data, missing="drop", **options)
        codes, G = groups_for(m.data.row_labels)
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}),
              "hc1": dict(cov_type="HC1"), "nonrobust": {}}[cov]
        fit_kwargs.setdefault("disp", 0)
        fit_kwargs.setdefault("maxiter", 200 if model != "negbin" else 1000)
        if model == "negbin" and "method" not in fit_kwargs:
            # statsmodels' default tolerance stops ~1e-4 short of the optimum; try tight
            # settings first. Near alpha = 0 (Poisson data) Newton can fail: then BFGS.
            r = None
            for extra in ({"method": "newton", "tol": 1e-12}, {"method": "bfgs", "gtol": 1e-10},
                          {"method": "bfgs"}):
                import warnings

                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    cand = m.fit(**kw, **fit_kwargs, **extra)
                if cand.mle_retvals.get("converged", True) and np.isfinite(cand.params).all():
                    r = cand
                    break
            if r is None:
                r = cand
        else:
            r = m.fit(**kw, **fit_kwargs)
        if not r.mle_retvals.get("converged", True) or not np.isfinite(r.params).all():
            raise RuntimeError(f"{model} did not converge (statsmodels mle_retvals: "
                               f"{r.mle_retvals}); check for separation or rescale regressors")
        return _from_statsmodels(r, cov=cov, n_clusters=G, names=r.params.index, **common)

    if model in ("ordered_logit", "ordered_probit"):
        from statsmodels.miscmodels.ordinal_model import OrderedModel

        m = OrderedModel.from_formula(full, data, distr=model.split("_")[1], missing="drop",
                                      **options)
        codes, G = groups_for(m.data.row_labels)
        kw = {"cluster": dict(cov_type="cluster", cov_kwds={"groups": codes}),
              "hc1": dict(cov_type="HC1"), "nonrobust": {}}[cov]
        fit_kwargs.setdefault("disp", 0)
        fit_kwargs.setdefault("method", "bfgs")
        fit_kwargs.setdefault("maxiter", 2000)
        if fit_kwargs["method"] == "bfgs":  # statsmodels' gtol=1e-5 stops ~1e-4 short
            fit_kwargs.setdefault("gtol", 1e-8)
        r = m.fit(**kw, **fit_kwargs)
        return _from_statsmodels(r, cov=cov, n_clusters=G, names=r.params.index,
                                 notes=("Thresholds in statsmodels parametrization: first cut "
                                        "point, then log increments.",), **common)

    if model == "cox":
        status = options.pop("status", None)
        if status is None:
            raise ValueError("model='cox' needs status= (event indicator column name or array)")
        options.setdefault("ties", "efron")
        if cov == "hc1":
            raise NotImplementedError("model='cox' supports cov='nonrobust' or 'cluster' "
                                      "(robust sandwich by cluster)")
        if isinstance(status, str):
            _check_columns(data, [status], "status")
            data = data[data[status].notna()].reset_index(drop=True)
            status_arg: Any = data[status].to_numpy(dtype=float)
        else:
            status_arg = np.asarray(status, dtype=float)
        m = smf.phreg(full, data, status=status_arg, missing="drop", **options)
        rows = getattr(m.data, "row_labels", None)
        codes, G = groups_for(rows if rows is not None else data.index)
        r = m.fit(groups=codes, **fit_kwargs) if cov == "cluster" else m.fit(**fit_kwargs)
        return _from_statsmodels(r, cov="robust" if cov == "cluster" else cov, n_clusters=G,
                                 names=m.exog_names, **common)

    # gee
    if cluster is None:
        raise ValueError("model='gee' needs cluster= (the groups of correlated observations)")
    if cov == "hc1":
        raise NotImplementedError("model='gee' supports cov='cluster' (robust) or 'nonrobust' "
                                  "(naive)")
    family = _family(options.pop("family", None))
    m = smf.gee(full, cluster, data, family=family, missing="drop", **options)
    codes, G = groups_for(m.data.row_labels)
    r = m.fit(cov_type="robust" if cov == "cluster" else "naive", **fit_kwargs)
    return _from_statsmodels(r, cov="robust" if cov == "cluster" else cov, n_clusters=G,
                             names=m.exog_names, **common)

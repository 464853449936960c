"""The results object returned by :func:`regionalism.models.fit`."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.covariance import plain_dtypes
from regionalism.models.tables import Table, frame_to_table

__all__ = [
    "FIT_STATISTICS",
    "ORDERED_MODELS",
    "TIDY_COLUMNS",
    "ModelResult",
    "inverse_link",
    "mean_function",
]

TIDY_COLUMNS = ("term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")
#: Names of :meth:`ModelResult.fit_statistics`, in table order.
FIT_STATISTICS = ("nobs", "n_clusters", "r2", "adj_r2", "pseudo_r2", "loglik", "aic", "bic")
ORDERED_MODELS = ("ordered_logit", "ordered_probit")

_COV_LABELS = {"nonrobust": "nonrobust", "hc1": "HC1", "cluster": "cluster-robust (CR1)",
               "cr2": "CR2 (Satterthwaite df)", "profile": "profile likelihood",
               "robust": "robust sandwich"}
_COV_SHORT = {"nonrobust": "classical", "hc1": "HC1", "cluster": "CR1", "cr2": "CR2",
              "profile": "profile LR", "robust": "sandwich"}


def inverse_link(model: str, model_result: Any = None) -> Callable[[np.ndarray], np.ndarray]:
    """Mean as a function of the linear index ``x'b`` for linear-index models.

    Identity (OLS), logistic (logit, Firth logit), normal CDF (probit), ``exp``
    (Poisson, negative binomial, and the relative hazard of Cox), the GEE
    family's inverse link. Ordered models have no single mean: NotImplementedError.
    """
    from scipy import special, stats

    table: dict[str, Callable[[np.ndarray], np.ndarray]] = {
        "ols": lambda e: e, "logit": special.expit, "firth_logit": special.expit,
        "probit": stats.norm.cdf, "poisson": np.exp, "negbin": np.exp, "cox": np.exp}
    if model in table:
        return table[model]
    if model == "gee":
        return model_result.model.family.link.inverse
    raise NotImplementedError(f"no inverse link for model {model!r}")


def mean_function(model: str, model_result: Any) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """``f(params, exog) -> (n, m)`` predicted mean (or category probabilities) of a fit.

    Linear-index models return one column, :func:`inverse_link` of ``exog @
    params`` (negative binomial: ``alpha`` is the last parameter and does not
    enter the mean). Ordered models return one column per outcome category.
    """
    if model in ORDERED_MODELS:
        m = model_result.model
        return lambda p, X: np.asarray(m.predict(p, exog=X))
    h = inverse_link(model, model_result)
    return lambda p, X: np.asarray(h(X @ p[: X.shape[1]])).reshape(-1, 1)


class ModelResult:
    """A fitted model: estimates, inference and the underlying statsmodels result.

    Attributes
    ----------
    model : str
        Model name passed to :func:`fit` (``"ols"``, ``"logit"``, ...).
    formula : str
        The formula actually estimated (fixed-effect terms included).
    params, bse, statistic, pvalues : pandas.Series
        Estimates, standard errors, test statistics (t or z) and p-values.
    df_inference : pandas.Series or None
        Degrees of freedom of the t reference distribution per coefficient
        (``None`` means normal reference distribution).
    vcov : pandas.DataFrame
        Covariance matrix of the estimates used for inference. The stored
        statsmodels result (``model_result``) carries the same matrix, so its
        ``bse``, ``cov_params()`` and ``get_prediction()`` agree with this object.
    nobs : int
        Observations used.
    row_labels : pandas.Index
        Index labels (case names) of the observations used, in estimation order.
    n_clusters : int or None
        Number of clusters (when a cluster variable was given).
    cluster : str or None
        Cluster column name.
    cov : str
        Covariance type (``"nonrobust"``, ``"hc1"``, ``"cluster"``, ``"cr2"``, ...).
    fe : tuple of str
        Fixed-effect columns (absorbed as dummies, hidden in tables).
    model_result : object
        The statsmodels results object (or the Firth fit) behind this result.

    Examples
    --------
    Returned by :func:`regionalism.fit`:

    >>> import regionalism as rg
    >>> from regionalism.study import synthetic_panel
    >>> panel = synthetic_panel(n_regions=20, n_years=10, seed=3)
    >>> res = rg.fit("secreg_depth ~ polyarchy_mean", panel, cluster="region_id")
    >>> res.model, res.cov, res.nobs, res.n_clusters
    ('ols', 'cluster', 200, 20)
    >>> list(res.params.index)
    ['Intercept', 'polyarchy_mean']
    """

    def __init__(
        self,
        *,
        model: str,
        formula: str,
        params: pd.Series,
        vcov: pd.DataFrame,
        nobs: int,
        cov: str,
        model_result: Any,
        pvalues: pd.Series | None = None,
        df_inference: pd.Series | None = None,
        n_clusters: int | None = None,
        cluster: str | None = None,
        fe: Sequence[str] = (),
        ci_func: Callable[[float], pd.DataFrame] | None = None,
        notes: Sequence[str] = (),
        row_labels: Sequence[Any] | None = None,
        design_info: Any = None,
    ) -> None:
        self.model = model
        self.formula = formula
        self.params = params.astype(float)
        self.vcov = vcov
        self.bse = pd.Series(np.sqrt(np.clip(np.diag(vcov.to_numpy()), 0, None)),
                             index=params.index, name="bse")
        self.statistic = self.params / self.bse
        self.df_inference = df_inference
        if pvalues is None:
            from scipy import stats

            if df_inference is None:
                pvalues = pd.Series(2 * stats.norm.sf(np.abs(self.statistic)), index=params.index)
            else:
                pvalues = pd.Series(2 * stats.t.sf(np.abs(self.statistic), df_inference),
                                    index=params.index)
        self.pvalues = pvalues.astype(float)
        self.nobs = int(nobs)
        self.cov = cov
        self.n_clusters = n_clusters
        self.cluster = cluster
        self.fe = tuple(fe)
        self.model_result = model_result
        self._ci_func = ci_func
        self.notes = tuple(notes)
        self.row_labels = pd.Index(row_labels if row_labels is not None else range(self.nobs))
        self.design_info = design_info
        #: keyword arguments of the fit() call (used by leave_one_out to re-estimate)
        self.fit_options: dict[str, Any] = {}

    # ------------------------------------------------------------------ basics
    @property
    def cov_label(self) -> str:
        """Human-readable covariance type, with the cluster column if any."""
        label = _COV_LABELS.get(self.cov, self.cov)
        return f"{label}, by {self.cluster}" if self.cluster and self.cov in (
            "cluster", "cr2", "robust") else label

    @property
    def cov_short(self) -> str:
        """Short covariance label for regression tables (``"CR2"``, ``"CR1"``, ...)."""
        return _COV_SHORT.get(self.cov, self.cov)

    def is_absorbed(self, term: str) -> bool:
        """Whether ``term`` is a fixed-effect dummy (hidden in tables)."""
        return any(term.startswith(f"C({f})[") for f in self.fe)

    @property
    def threshold_terms(self) -> list[str]:
        """Names of the threshold parameters of ordered models (empty otherwise)."""
        if self.model not in ORDERED_MODELS:
            return []
        return list(self.params.index[int(self.model_result.model.k_vars):])

    def thresholds(self, *, alpha: float = 0.05) -> pd.DataFrame:
        """Cut points of an ordered model with delta-method standard errors.

        statsmodels estimates the first cut point and then log increments;
        this converts them to the cut points themselves (R's ``polr``/``clm``
        ``zeta``: ``P(Y <= k) = F(cut_k - x'b)``).

        Returns
        -------
        pandas.DataFrame
            Columns ``term`` (``"cut 0|1"``, ...), ``estimate``, ``std_error``,
            ``conf_low``, ``conf_high`` (Wald, normal).
        """
        from scipy import stats

        names = self.threshold_terms
        if not names:
            raise ValueError(f"model {self.model!r} has no thresholds")
        raw = self.params[names].to_numpy()
        k = len(raw)
        cuts = raw[0] + np.concatenate([[0.0], np.cumsum(np.exp(raw[1:]))])
        J = np.zeros((k, k))
        J[:, 0] = 1.0
        for i in range(1, k):
            J[i:, i] = np.exp(raw[i])
        V = self.vcov.loc[names, names].to_numpy()
        se = np.sqrt(np.clip(np.diag(J @ V @ J.T), 0, None))
        q = stats.norm.ppf(1 - alpha / 2)
        def label(name: str) -> str:  # "0.0/1.0" -> "cut 0|1"
            parts = [v.removesuffix(".0") for v in str(name).split("/")]
            return "cut " + "|".join(parts)

        return pd.DataFrame({"term": [label(n) for n in names],
                             "estimate": cuts, "std_error": se,
                             "conf_low": cuts - q * se, "conf_high": cuts + q * se})

    def conf_int(self, alpha: float = 0.05) -> pd.DataFrame:
        """Confidence intervals, columns ``conf_low`` and ``conf_high``.

        Wald intervals with the reference distribution used for the p-values
        (t with ``df_inference`` or normal), or profile-likelihood intervals
        for models that provide them (Firth logit).
        """
        if self._ci_func is not None:
            return self._ci_func(alpha)
        from scipy import stats

        if self.df_inference is None:
            q = stats.norm.ppf(1 - alpha / 2)
        else:
            q = stats.t.ppf(1 - alpha / 2, self.df_inference)
        return pd.DataFrame({"conf_low": self.params - q * self.bse,
                             "conf_high": self.params + q * self.bse}, index=self.params.index)

    def tidy(self, *, alpha: float = 0.05, include_fe: bool = False) -> pd.DataFrame:
        """One row per coefficient.

        Parameters
        ----------
        alpha : float
            1 - confidence level of the intervals.
        include_fe : bool
            Include the absorbed fixed-effect dummies.

        Returns
        -------
        pandas.DataFrame
            Columns ``term``, ``estimate``, ``std_error``, ``statistic``,
            ``p_value``, ``conf_low``, ``conf_high``. Ordered models end with
            their cut points (``"cut 0|1"``, ...; see :meth:`thresholds`),
            whose ``statistic`` and ``p_value`` are NA: a test of a cut point
            against zero has no meaning.
        """
        ci = self.conf_int(alpha)
        out = pd.DataFrame({
            "term": self.params.index.astype(str),
            "estimate": self.params.to_numpy(),
            "std_error": self.bse.to_numpy(),
            "statistic": self.statistic.to_numpy(),
            "p_value": self.pvalues.to_numpy(),
            "conf_low": ci["conf_low"].to_numpy(),
            "conf_high": ci["conf_high"].to_numpy(),
        })
        keep = [not self.is_absorbed(t) for t in out["term"]]
        if include_fe:
            keep = [True] * len(out)
        cuts = self.threshold_terms
        if cuts:
            keep = [k and t not in cuts for k, t in zip(keep, out["term"])]
        out = out[keep].reset_index(drop=True)
        if cuts:
            th = self.thresholds(alpha=alpha).assign(statistic=np.nan, p_value=np.nan)
            out = pd.concat([out, th[list(TIDY_COLUMNS)]], ignore_index=True)
        return out

    def fit_statistics(self) -> pd.Series:
        """Fit statistics for tables: one value per name in :data:`FIT_STATISTICS`.

        ``r2``/``adj_r2`` for OLS, McFadden's ``pseudo_r2`` for likelihood
        models that define it, ``loglik`` (the unpenalized log-likelihood for
        Firth; the log partial likelihood for Cox), ``aic``, ``bic``; NA where a
        statistic is not defined for the model.
        """
        r = self.model_result

        def get(name: str) -> float:
            try:
                v = getattr(r, name)
            except Exception:  # statsmodels raises for undefined statistics
                return np.nan
            try:
                return float(v)
            except (TypeError, ValueError):
                return np.nan

        is_ols = self.model == "ols"
        loglik = get("llf") if hasattr(r, "llf") else get("loglik")
        return pd.Series({
            "nobs": float(self.nobs),
            "n_clusters": float(self.n_clusters) if self.n_clusters else np.nan,
            "r2": get("rsquared") if is_ols else np.nan,
            "adj_r2": get("rsquared_adj") if is_ols else np.nan,
            "pseudo_r2": np.nan if is_ols else get("prsquared"),
            "loglik": loglik,
            "aic": get("aic"),
            "bic": get("bic"),
        }, name="fit_statistics")

    # ------------------------------------------------------------------ prediction
    def _exog(self, newdata: pd.DataFrame | None) -> tuple[np.ndarray, pd.Index]:
        if newdata is None:
            X = np.asarray(getattr(self.model_result.model, "exog", None)
                           if hasattr(self.model_result, "model")
                           else self.model_result.exog, dtype=float)
            return X, self.row_labels
        if self.design_info is None:
            raise NotImplementedError(f"predict(newdata) is not available for model {self.model!r}")
        import patsy

        if not isinstance(newdata, pd.DataFrame):
            raise TypeError(f"newdata must be a pandas DataFrame, got {type(newdata).__name__}")
        try:
            (X,) = patsy.build_design_matrices([self.design_info], plain_dtypes(newdata),
                                               return_type="dataframe", NA_action="raise")
        except patsy.PatsyError as exc:
            raise ValueError(f"newdata cannot be used for prediction: {exc}") from exc
        names = list(self.params.index)
        cols = [c for c in X.columns if c in names]
        missing = [c for c in X.columns if c not in names]
        if missing and not (self.model in ORDERED_MODELS + ("cox",) and missing == ["Intercept"]):
            raise ValueError(f"newdata produces design columns {missing} the fit does not have")
        return X[cols].to_numpy(dtype=float), pd.Index(newdata.index)

    def predict(self, newdata: pd.DataFrame | None = None, *, se: bool = True,
                alpha: float = 0.05) -> pd.DataFrame:
        """Predicted means (or category probabilities) with the fit's covariance.

        Parameters
        ----------
        newdata : pandas.DataFrame, optional
            Values of the formula's variables (fixed-effect columns too); default
            the estimation sample. Rows with missing values raise an error.
        se : bool
            Also return delta-method standard errors and intervals computed with
            :attr:`vcov` (so a CR2 or cluster-robust fit gives CR2 or CR1 intervals).
        alpha : float
            1 - confidence level.

        Returns
        -------
        pandas.DataFrame
            Indexed like ``newdata`` (case names kept): ``prediction`` and, with
            ``se=True``, ``std_error``, ``conf_low``, ``conf_high``. Ordered models
            have one row per case and category, with an ``outcome`` column.

        Notes
        -----
        For linear-index models the interval is formed on the index scale and
        transformed (so probabilities stay in [0, 1]); its quantile is t with
        the fit's degrees of freedom (the smallest per-coefficient df after
        CR2, a conservative choice) or normal. Ordered models use a numerical
        Jacobian and normal intervals on the probability scale.

        Examples
        --------
        >>> import numpy as np, pandas as pd
        >>> from regionalism.models import fit
        >>> df = pd.DataFrame({"x": np.arange(10.0)}, index=[f"c{i}" for i in range(10)])
        >>> df["y"] = 2 + 0.5 * df["x"] + np.tile([0.1, -0.1], 5)
        >>> fit("y ~ x", df).predict(pd.DataFrame({"x": [20.0]}, index=["new"])).round(3)
             prediction  std_error  conf_low  conf_high
        new      11.906      0.191    11.465     12.347
        """
        from scipy import stats

        X, index = self._exog(newdata)
        f = mean_function(self.model, self.model_result)
        p = self.params.to_numpy()
        mean = f(p, X)
        if self.model in ORDERED_MODELS:
            labels = [str(c) for c in getattr(self.model_result.model, "labels",
                                              range(mean.shape[1]))]
            out = pd.DataFrame({"outcome": np.tile(labels, len(index)),
                                "prediction": mean.ravel()}, index=index.repeat(len(labels)))
            if se:
                J = np.empty((mean.size, len(p)))
                for i in range(len(p)):
                    h = 1e-6 * max(1.0, abs(p[i]))
                    up, dn = p.copy(), p.copy()
                    up[i] += h
                    dn[i] -= h
                    J[:, i] = ((f(up, X) - f(dn, X)) / (2 * h)).ravel()
                s = np.sqrt(np.clip(np.einsum("ij,jk,ik->i", J, self.vcov.to_numpy(), J), 0, None))
                q = stats.norm.ppf(1 - alpha / 2)
                out = out.assign(std_error=s, conf_low=out["prediction"] - q * s,
                                 conf_high=out["prediction"] + q * s)
            return out
        out = pd.DataFrame({"prediction": mean[:, 0]}, index=index)
        if not se:
            return out
        k = X.shape[1]
        V = self.vcov.to_numpy()[:k, :k]
        se_eta = np.sqrt(np.clip(np.einsum("ij,jk,ik->i", X, V, X), 0, None))
        eta = X @ p[:k]
        if self.df_inference is None:
            q = stats.norm.ppf(1 - alpha / 2)
        else:
            q = stats.t.ppf(1 - alpha / 2, float(np.nanmin(self.df_inference.to_numpy())))
        h = 1e-6 * np.maximum(1.0, np.abs(eta))
        g = inverse_link(self.model, self.model_result)
        deriv = (g(eta + h) - g(eta - h)) / (2 * h)
        lo, hi = g(eta - q * se_eta), g(eta + q * se_eta)
        return out.assign(std_error=np.abs(deriv) * se_eta, conf_low=np.minimum(lo, hi),
                          conf_high=np.maximum(lo, hi))

    # ------------------------------------------------------------------ output
    def summary(self, *, digits: int = 3) -> Table:
        """Coefficient table with model information in the notes.

        Returns
        -------
        Table
            Render with ``as_text()``, ``as_html()``, ``as_latex()``.
        """
        notes = [f"Model: {self.model}   Formula: {self.formula}",
                 f"N = {self.nobs}" + (f"   Clusters = {self.n_clusters}" if self.n_clusters else ""),
                 f"Covariance: {self.cov_label}"]
        if self.fe:
            notes.append(f"Fixed effects absorbed (dummies hidden): {', '.join(self.fe)}")
        if self.df_inference is not None and self.cov == "cr2":
            notes.append("p-values use t with Satterthwaite df per coefficient: "
                         + ", ".join(f"{t}={d:.1f}" for t, d in self.df_inference.items()
                                     if not self.is_absorbed(str(t))))
        notes += list(self.notes)
        return frame_to_table(self.tidy(), title=f"{self.model} regression", notes=notes,
                              digits=digits)

    def __str__(self) -> str:
        return self.summary().as_text()

    def __repr__(self) -> str:
        return (f"<ModelResult model={self.model!r} formula={self.formula!r} nobs={self.nobs} "
                f"cov={self.cov_label!r}>")

    def _repr_html_(self) -> str:
        return self.summary().as_html()

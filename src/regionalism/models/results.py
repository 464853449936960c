"""The results object returned by :func:`regionalism.models.fit`."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd


from regionalism.models.tables import Table, frame_to_table

__all__ = ["ModelResult", "TIDY_COLUMNS"]

TIDY_COLUMNS = ("term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")

_COV_LABELS = {"nonrobust": "nonrobust", "hc1": "HC1", "cluster": "cluster-robust (CR1)",
               "cr2": "CR2 (Satterthwaite df)", "profile": "profile likelihood",
               "robust": "robust sandwich"}
_COV_SHORT = {"nonrobust": "classical", "hc1": "HC1", "cluster": "CR1", "cr2": "CR2",
              "profile": "profile LR", "robust": "sandwich"}


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
        Covariance matrix of the estimates used for inference.
    nobs : int
        Observations used.
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
    >>> panel = rg.models.synthetic_panel(n_regions=20, n_years=10, seed=3)
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
            ``p_value``, ``conf_low``, ``conf_high``.
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
        if not include_fe:
            out = out[[not self.is_absorbed(t) for t in out["term"]]].reset_index(drop=True)
        return out

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

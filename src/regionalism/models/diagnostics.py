"""Small-N diagnostics: Fisher's exact test, leave-one-group-out re-estimation
and dfbeta influence measures."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.fitting import fit
from regionalism.models.results import ModelResult

__all__ = ["FisherResult", "dfbeta", "fisher_exact", "leave_one_out"]


@dataclass(frozen=True)
class FisherResult:
    """Result of :func:`fisher_exact`.

    Attributes
    ----------
    statistic : float
        Odds ratio (2 x 2; unconditional MLE as in SciPy) or the null
        probability of the observed table (r x c).
    p_value : float
        Exact p-value (Monte Carlo when ``n_resamples`` was given).
    method : str
        What was computed.
    table : pandas.DataFrame
        The contingency table tested.
    """

    statistic: float
    p_value: float
    method: str
    table: pd.DataFrame

    def __str__(self) -> str:
        return (f"Fisher's exact test ({self.method})\n{self.table.to_string()}\n"
                f"  statistic = {self.statistic:.6g}, p-value = {self.p_value:.4g}")


def fisher_exact(
    table: Any,
    *,
    row: str | None = None,
    col: str | None = None,
    alternative: str = "two-sided",
    n_resamples: int | None = None,
    seed: int | None = None,
) -> FisherResult:
    """Fisher's exact test of independence for 2 x 2 and small r x c tables.

    Parameters
    ----------
    table : array-like or pandas.DataFrame
        A contingency table of counts, or (with ``row`` and ``col``) a data
        frame of observations to cross-tabulate.
    row, col : str, optional
        Column names to cross-tabulate when ``table`` is observation data.
    alternative : {"two-sided", "less", "greater"}
        For 2 x 2 tables only.
    n_resamples : int, optional
        For r x c tables: use a Monte Carlo p-value with this many random
        tables (``scipy.stats.MonteCarloMethod``) instead of exact enumeration.
    seed : int, optional
        Seed for the Monte Carlo draws.

    Returns
    -------
    FisherResult
        ``statistic``, ``p_value``, ``method``, ``table``.

    Notes
    -----
    2 x 2 tables use ``scipy.stats.fisher_exact`` (two-sided p-value sums the
    probabilities of tables no more likely than the observed one). For larger
    tables SciPy's default is an unseeded Monte Carlo p-value, so this
    function instead computes the exact Freeman-Halton p-value itself, by
    enumerating every table with the observed margins (summing the
    probabilities of tables at most as probable as the observed one, relative
    tolerance 1e-7 as in R's ``fisher.test``). That is fast for the small
    tables of comparative regionalism; beyond two million tables it raises and
    asks for ``n_resamples`` (seeded ``scipy.stats.MonteCarloMethod``).

    Examples
    --------
    >>> res = fisher_exact([[8, 2], [1, 5]])
    >>> round(res.p_value, 4)
    0.035
    """
    from scipy import stats

    if row is not None or col is not None:
        if row is None or col is None or not isinstance(table, pd.DataFrame):
            raise ValueError("pass a DataFrame with both row= and col= to cross-tabulate")
        tab = pd.crosstab(table[row], table[col])
    else:
        tab = pd.DataFrame(np.asarray(table))
    counts = tab.to_numpy()
    if counts.ndim != 2 or min(counts.shape) < 2:
        raise ValueError(f"need a table with at least 2 rows and 2 columns, got {counts.shape}")
    if (counts < 0).any() or not np.allclose(counts, np.round(counts)):
        raise ValueError("table entries must be non-negative integer counts")
    counts = np.round(counts).astype(np.int64)
    if counts.shape == (2, 2) and n_resamples is None:
        res = stats.fisher_exact(counts, alternative=alternative)
        return FisherResult(float(res.statistic), float(res.pvalue),
                            f"2x2, {alternative}, odds ratio", tab)
    if n_resamples is not None:
        method = stats.MonteCarloMethod(n_resamples=n_resamples, rng=np.random.default_rng(seed))
        res = stats.fisher_exact(counts, method=method)
        return FisherResult(float(res.statistic), float(res.pvalue),
                            f"{counts.shape[0]}x{counts.shape[1]}, Monte Carlo "
                            f"({n_resamples} tables, seed {seed})", tab)
    p_obs, p_value = _freeman_halton(counts)
    return FisherResult(p_obs, p_value,
                        f"{counts.shape[0]}x{counts.shape[1]}, exact (Freeman-Halton, "
                        "full enumeration)", tab)


def _freeman_halton(counts: np.ndarray, max_tables: int = 2_000_000) -> tuple[float, float]:
    """Exact r x c Fisher (Freeman-Halton) test by enumerating all tables with the
    observed margins. Returns (probability of the observed table, p-value)."""
    from scipy.special import gammaln

    rows = counts.sum(axis=1)
    cols = counts.sum(axis=0)
    n = int(counts.sum())
    const = gammaln(rows + 1).sum() + gammaln(cols + 1).sum() - gammaln(n + 1)

    def logp(cells_lgamma_sum: float) -> float:
        return const - cells_lgamma_sum

    lg = gammaln(np.arange(n + 1) + 1)
    obs = logp(float(lg[counts].sum()))
    tol = 1e-7
    total = 0.0
    visited = 0
    r, c = counts.shape

    def fill_column(j: int, remaining: np.ndarray, acc: float) -> None:
        nonlocal total, visited
        if j == c - 1:  # last column is determined by the remaining row sums
            lp = logp(acc + float(lg[remaining].sum()))
            visited += 1
            if visited > max_tables:
                raise ValueError("table too large for exact enumeration; pass n_resamples= "
                                 "for a Monte Carlo p-value")
            if lp <= obs + tol:
                total += np.exp(lp)
            return

        def split(i: int, left: int, rem: np.ndarray, acc2: float) -> None:
            if i == r - 1:
                if left <= rem[i]:
                    new = rem.copy()
                    new[i] -= left
                    fill_column(j + 1, new, acc2 + float(lg[left]))
                return
            upper_rest = int(rem[i + 1:].sum())
            for x in range(max(0, left - upper_rest), min(left, int(rem[i])) + 1):
                new = rem.copy()
                new[i] -= x
                split(i + 1, left - x, new, acc2 + float(lg[x]))

        split(0, int(cols[j]), remaining, acc)

    fill_column(0, rows.astype(np.int64), 0.0)
    return float(np.exp(obs)), float(min(total, 1.0))


def leave_one_out(
    result_or_formula: ModelResult | str,
    data: pd.DataFrame,
    *,
    group: str = "region_id",
    terms: Sequence[str] | None = None,
    **fit_options: Any,
) -> pd.DataFrame:
    """Re-estimate a model leaving out one group (e.g. one region) at a time.

    Parameters
    ----------
    result_or_formula : ModelResult or str
        A result of :func:`regionalism.models.fit` (re-fitted with the same
        options) or a formula (then ``fit_options`` are passed to ``fit``).
    data : pandas.DataFrame
        The data the model was (or is to be) fitted on.
    group : str
        Column whose values are dropped one at a time.
    terms : sequence of str, optional
        Coefficients to report; default all except absorbed fixed effects.
    **fit_options
        Options for :func:`regionalism.models.fit` when a formula is given.

    Returns
    -------
    pandas.DataFrame
        One row per (left-out group, term): ``group`` (the left-out value),
        ``term``, ``estimate``, ``std_error``, ``p_value``, ``nobs``,
        ``estimate_full``, ``change`` (estimate - full-sample estimate),
        ``dfbeta`` (change / full-sample standard error, sign flipped so that
        it is the influence of the group: full - without) and ``error`` (the
        message when the model could not be estimated without that group).

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rng = np.random.default_rng(0)
    >>> df = pd.DataFrame({"region_id": np.repeat(range(6), 5), "x": rng.normal(size=30)})
    >>> df["y"] = df["x"] + rng.normal(size=30)
    >>> loo = leave_one_out("y ~ x", df, group="region_id")
    >>> sorted(loo["group"].unique().tolist()) == list(range(6))
    True
    """

    if isinstance(result_or_formula, ModelResult):
        opts = dict(result_or_formula.fit_options)
        if not opts:
            raise ValueError("this result carries no fit options; pass the formula instead")
        formula = opts.pop("formula")
        full = result_or_formula
    else:
        formula, opts = result_or_formula, dict(fit_options)
        full = fit(formula, data, **opts)
    if group not in data.columns:
        raise KeyError(f"group column {group!r} not found in data")
    td_full = full.tidy().set_index("term")
    terms = list(terms) if terms is not None else list(td_full.index)
    rows = []
    for value in pd.unique(data[group].dropna()):
        sub = data[data[group] != value]
        try:
            r = fit(formula, sub, **opts)
            td = r.tidy().set_index("term")
            err = ""
        except Exception as exc:  # report, do not hide: the row says why
            td, err, r = None, f"{type(exc).__name__}: {exc}", None
        for t in terms:
            ok = td is not None and t in td.index
            est = float(td.loc[t, "estimate"]) if ok else np.nan
            rows.append({"group": value, "term": t, "estimate": est,
                         "std_error": float(td.loc[t, "std_error"]) if ok else np.nan,
                         "p_value": float(td.loc[t, "p_value"]) if ok else np.nan,
                         "nobs": r.nobs if r is not None else 0,
                         "estimate_full": float(td_full.loc[t, "estimate"]),
                         "change": est - float(td_full.loc[t, "estimate"]),
                         "dfbeta": (float(td_full.loc[t, "estimate"]) - est)
                         / float(td_full.loc[t, "std_error"]),
                         "error": err or ("" if ok else f"{t} not estimable")})
    return pd.DataFrame(rows)


def dfbeta(result: ModelResult, *, scaled: bool = True) -> pd.DataFrame:
    """Observation-level DFBETA(S) influence of each row on each OLS coefficient.

    Parameters
    ----------
    result : ModelResult
        An OLS fit from :func:`regionalism.models.fit`.
    scaled : bool
        DFBETAS (scaled by the leave-one-out standard error, statsmodels'
        ``OLSInfluence.dfbetas``; rule of thumb: ``|DFBETAS| > 2/sqrt(n)``)
        or unscaled DFBETA (change in the coefficient when the row is dropped:
        full - without).

    Returns
    -------
    pandas.DataFrame
        One row per observation (index = data row labels), one column per
        coefficient (absorbed fixed effects excluded). For group-level
        influence (a whole region) use :func:`leave_one_out`.

    Raises
    ------
    NotImplementedError
        If ``result`` is not an OLS fit.

    Examples
    --------
    The last point is an outlier at the end of the x range, and drives the
    slope:

    >>> import pandas as pd
    >>> import regionalism as rg
    >>> from regionalism.models import dfbeta
    >>> df = pd.DataFrame({"x": [1.0, 2, 3, 4, 5, 6], "y": [1.0, 2, 2.5, 4, 5, 12]})
    >>> res = rg.fit("y ~ x", df)
    >>> dfbs = dfbeta(res)
    >>> list(dfbs.columns), int(dfbs["x"].abs().idxmax())
    (['Intercept', 'x'], 5)
    >>> round(float(dfbeta(res, scaled=False).loc[5, "x"]), 3)  # slope falls by this without row 5
    0.871
    """
    if result.model != "ols":
        raise NotImplementedError("dfbeta is implemented for OLS; use leave_one_out() otherwise")
    from statsmodels.stats.outliers_influence import OLSInfluence

    infl = OLSInfluence(result.model_result)
    if scaled:
        values = infl.dfbetas
    else:
        X = result.model_result.model.exog
        resid = result.model_result.resid.to_numpy()
        h = infl.hat_matrix_diag
        values = (np.linalg.pinv(X.T @ X) @ X.T).T * (resid / (1 - h))[:, None]
    cols = list(result.params.index)
    out = pd.DataFrame(values, index=result.model_result.model.data.row_labels, columns=cols)
    return out[[c for c in cols if not result.is_absorbed(c)]]

"""Model frames shared by every estimator: listwise deletion, fixed-effect levels,
identification checks and the few-clusters warning.

One place decides which rows and columns enter a fit, so :func:`fit`, the
permutation test and the wild bootstrap always use the same sample.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from regionalism.models.covariance import plain_dtypes
from regionalism.models.formula import FormulaError, check_formula, check_names

__all__ = [
    "FEW_CLUSTERS",
    "ModelFrame",
    "as_list",
    "check_rank",
    "model_frame",
    "warn_few_clusters",
]

#: Below this number of clusters, CR1 (and other sandwich) p-values over-reject
#: (Cameron & Miller 2015; MacKinnon & Webb 2017): a warning points to CR2 and
#: the wild cluster bootstrap.
FEW_CLUSTERS = 30


def as_list(x: str | Sequence[str] | None) -> list[str]:
    """``None`` -> ``[]``, a string -> ``[string]``, a sequence -> list."""
    if x is None:
        return []
    return [x] if isinstance(x, str) else list(x)


@dataclass(frozen=True)
class ModelFrame:
    """The complete cases of a model and the formula with fixed-effect terms.

    Attributes
    ----------
    data : pandas.DataFrame
        Complete cases only (plain float dtypes; original index kept when unique).
    formula : str
        Formula with ``C(fe)`` terms appended.
    fe : list of str
        Fixed-effect columns.
    dropped_levels : dict
        Fixed-effect column -> levels that had no complete case (dropped).
    endog, exog : pandas.DataFrame
        patsy design matrices of ``formula`` on ``data`` (row labels = ``data.index``).
    """

    data: pd.DataFrame
    formula: str
    fe: list[str]
    dropped_levels: dict[str, list[object]]
    endog: pd.DataFrame
    exog: pd.DataFrame


def _check_columns(data: pd.DataFrame, cols: Sequence[str], what: str) -> None:
    missing = [c for c in cols if c not in data.columns]
    if missing:
        raise KeyError(f"{what} column(s) {missing} not found in data; "
                       f"available columns: {list(data.columns)[:30]}")


def model_frame(formula: str, data: pd.DataFrame, *, fe: str | Sequence[str] | None = None,
                cluster: str | None = None, extra: Sequence[str] = ()) -> ModelFrame:
    """Complete cases of ``formula`` (and ``fe``, ``extra`` columns) with unused FE levels dropped.

    Parameters
    ----------
    formula : str
        patsy formula.
    data : pandas.DataFrame
        The data; nullable dtypes (``Int64``, ``boolean``, ...) are accepted.
    fe : str or sequence of str, optional
        Fixed-effect columns; levels without a complete case are dropped (and
        named in a ``UserWarning``) so no all-zero dummy enters the design.
    cluster : str, optional
        Cluster column: must exist and have no missing label among complete cases.
    extra : sequence of str
        Further columns that must be observed (e.g. a Cox status or a time column).

    Returns
    -------
    ModelFrame

    Raises
    ------
    FormulaError
        The formula holds anything but columns, numbers, operators and the
        whitelisted transforms (see :mod:`regionalism.models.formula`), or a
        fixed-effect name is not a column.
    TypeError, KeyError, ValueError
        Not a DataFrame; a named column is missing; no complete case (the
        columns that are entirely missing are named).
    """
    import patsy

    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    if len(data) == 0:
        raise ValueError("data has no rows")
    # the formula engine evaluates formulas as Python: whitelist them before it sees them
    check_formula(formula, [str(c) for c in data.columns])
    fe_cols = as_list(fe)
    check_names(fe_cols, [str(c) for c in data.columns], what="fixed-effect")
    _check_columns(data, fe_cols, "fixed-effect")
    _check_columns(data, list(extra), "required")
    if cluster is not None:
        _check_columns(data, [cluster], "cluster")
    frame = data if data.index.is_unique else data.reset_index(drop=True)
    frame = plain_dtypes(frame)
    full = formula + "".join(f" + C({f})" for f in fe_cols)
    try:
        lhs, rhs = patsy.dmatrices(full, frame, NA_action="drop", return_type="dataframe")
    except patsy.PatsyError as exc:
        raise ValueError(f"formula {formula!r} could not be built: {exc}") from exc
    except (SyntaxError, AssertionError) as exc:  # whitelisted tokens in an order the formula engine cannot parse
        raise FormulaError(f"formula {formula!r} could not be parsed: operands must be joined by operators "
                           "(+ - * / : **) and an outcome given before ~") from exc
    keep = frame.index.isin(rhs.index)
    for c in [*fe_cols, *extra]:
        keep &= frame[c].notna().to_numpy()
    if not keep.any():
        empty = [c for c in frame.columns if frame[c].isna().all() and c in formula]
        raise ValueError("no complete case: every row has a missing value in the model's "
                         f"variables{f' (entirely missing: {empty})' if empty else ''}")
    sub = frame[keep].copy()
    reuse = len(sub) == len(rhs)
    dropped: dict[str, list[object]] = {}
    for f in fe_cols:
        full_levels = pd.unique(frame[f].dropna())
        present = pd.unique(sub[f])
        gone = sorted((v.item() if hasattr(v, "item") else v
                       for v in set(full_levels) - set(present)), key=str)
        if gone:
            reuse = False
            dropped[f] = gone
            warnings.warn(f"fe={f!r}: {len(gone)} level(s) without a complete case dropped "
                          f"from the fixed effects: {gone[:10]}{' ...' if len(gone) > 10 else ''}",
                          UserWarning, stacklevel=4)
        try:
            levels = sorted(present)
        except TypeError:  # mixed types: keep order of appearance
            levels = list(present)
        sub[f] = pd.Categorical(sub[f], categories=levels)
    if not reuse:
        lhs, rhs = patsy.dmatrices(full, sub, NA_action="raise", return_type="dataframe")
    if cluster is not None and sub[cluster].isna().any():
        raise ValueError(f"cluster labels contain {int(sub[cluster].isna().sum())} missing "
                         "value(s) among the complete cases; every observation used in the "
                         "model needs a cluster label")
    return ModelFrame(data=sub, formula=full, fe=fe_cols, dropped_levels=dropped, endog=lhs,
                      exog=rhs)


def check_rank(X: np.ndarray, names: Sequence[str], *, what: str = "the model") -> None:
    """Raise ``ValueError`` naming the columns that make ``X`` rank deficient.

    Also refuses fewer observations than parameters. A column is named when it
    is (numerically) a linear combination of the columns before it, so a
    constant regressor is named next to the intercept and the second of two
    collinear regressors is named.
    """
    n, k = X.shape
    if n <= k:
        raise ValueError(f"{what} has {n} complete observation(s) for {k} parameters; "
                         "at least k + 1 are needed")
    scale = np.sqrt((X**2).sum(axis=0))
    scale[scale == 0] = 1.0
    Z = X / scale
    bad: list[str] = []
    basis = np.zeros((n, 0))
    for j in range(k):
        v = Z[:, j] - basis @ (basis.T @ Z[:, j]) if basis.shape[1] else Z[:, j].copy()
        nv = float(np.linalg.norm(v))
        if nv < 1e-9:
            bad.append(str(names[j]))
        else:
            basis = np.column_stack([basis, v / nv])
    if bad:
        raise ValueError(f"{what} is not identified: column(s) {bad} are constant or exact "
                         "linear combinations of earlier columns (intercept, other regressors "
                         "or fixed effects); drop or recode them")


def warn_few_clusters(n_clusters: int | None, cov: str, cluster: str | None) -> None:
    """Raise for fewer than two clusters; warn below :data:`FEW_CLUSTERS` for CR1/sandwich."""
    if n_clusters is None:
        return
    if n_clusters < 2:
        raise ValueError(f"cluster={cluster!r} has {n_clusters} cluster(s) among the complete "
                         "cases; cluster-robust inference needs at least 2 (and many more to "
                         "be reliable)")
    if cov in ("cluster", "robust") and n_clusters < FEW_CLUSTERS:
        warnings.warn(f"only {n_clusters} clusters of {cluster!r} (< {FEW_CLUSTERS}): "
                      "cluster-robust (CR1/sandwich) p-values over-reject with few clusters; "
                      "check with cov='cr2' (OLS) or wild_cluster_bootstrap()",
                      UserWarning, stacklevel=5)

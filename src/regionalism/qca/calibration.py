"""Calibration of raw measures into crisp, multi-value and fuzzy sets (R QCA ``calibrate``),
and building calibrated set data from a cross-section of regions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd


def _fuzzy_direct(x: np.ndarray, e: float, c: float, i: float, *, logistic: bool,
                  idm: float) -> np.ndarray:
    if not (e < c < i or e > c > i):
        raise ValueError(f"fuzzy thresholds must be monotone (exclusion, crossover, inclusion), "
                         f"got e={e}, c={c}, i={i}")
    if e > i:  # decreasing set: mirror
        return _fuzzy_direct(-x, -e, -c, -i, logistic=logistic, idm=idm)
    if logistic:
        odds = np.log(idm / (1 - idm))
        dev = np.where(x < c, (x - c) * odds / (c - e), (x - c) * odds / (i - c))
        return 1.0 / (1.0 + np.exp(-dev))
    out = np.where(x < c, 0.5 * (x - e) / (c - e), 0.5 + 0.5 * (x - c) / (i - c))
    return np.clip(out, 0.0, 1.0)


def _fuzzy_indirect(x: np.ndarray, thresholds: Sequence[float],
                    targets: Sequence[float] | None) -> np.ndarray:
    from scipy.optimize import minimize as sp_minimize

    th = np.sort(np.asarray(thresholds, dtype=float))
    groups = np.searchsorted(th, x, side="right")
    n_groups = th.size + 1
    tgt = np.linspace(0, 1, n_groups) if targets is None else np.asarray(targets, dtype=float)
    if tgt.size != n_groups:
        raise ValueError(f"{th.size} thresholds define {n_groups} categories, but "
                         f"{tgt.size} target memberships were given")
    y = np.clip(tgt[groups], 1e-4, 1 - 1e-4)
    xm, xs = x.mean(), x.std() or 1.0
    z = (x - xm) / xs

    def nll(beta: np.ndarray) -> float:
        p = 1.0 / (1.0 + np.exp(-(beta[0] + beta[1] * z)))
        p = np.clip(p, 1e-12, 1 - 1e-12)
        return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).sum())

    beta = sp_minimize(nll, np.zeros(2), method="BFGS").x
    return 1.0 / (1.0 + np.exp(-(beta[0] + beta[1] * z)))


def calibrate(x: pd.Series | np.ndarray | Sequence[float], *, type: str = "crisp",
              thresholds: Sequence[float] | float, method: str = "direct",
              logistic: bool = True, idm: float = 0.95,
              targets: Sequence[float] | None = None) -> np.ndarray | pd.Series:
    """Calibrate a raw measure into set membership (Ragin 2008; R QCA ``calibrate``).

    Parameters
    ----------
    x : array-like or Series
        Raw values.
    type : {"crisp", "fuzzy"}
        Crisp: the value is the number of thresholds ``<= x`` (one threshold
        gives a crisp set, several a multi-value set). Fuzzy: see ``method``.
    thresholds : float or sequence of float
        Crisp: one or more cut points. Fuzzy direct: exclusion, crossover and
        inclusion anchors (decreasing anchors give a decreasing set).
        Fuzzy indirect: cut points grouping the cases into categories.
    method : {"direct", "indirect"}
        Direct: logistic (or linear) transformation through the three
        anchors. Indirect: fractional logit regression of qualitative target
        memberships of the categories on ``x`` (Ragin 2008, ch. 5).
    logistic : bool
        Direct method: logistic (default) or piecewise-linear.
    idm : float
        Membership at the inclusion anchor (and 1 - idm at exclusion).
    targets : sequence of float, optional
        Indirect method: target membership of each category (default evenly
        spaced from 0 to 1).

    Returns
    -------
    ndarray or Series
        Same type and index as ``x``.

    Notes
    -----
    A raw value equal to the crossover anchor gets membership 0.5 exactly:
    such a case is neither in nor out of the set, so it belongs to no
    truth-table row (as in R's QCA; :func:`regionalism.qca.truth_table` warns
    and names it). To avoid that, put the crossover where no case is (e.g.
    between two observed values, or at a value with more decimals than the
    data), and report that choice.

    References
    ----------
    Ragin, C. (2008). *Redesigning Social Inquiry*, ch. 5. University of Chicago Press.

    Examples
    --------
    >>> calibrate([1.0, 7.0, 9.5], type="fuzzy", thresholds=[2, 7, 9.5]).round(3)
    array([0.028, 0.5  , 0.95 ])
    """
    is_series = isinstance(x, pd.Series)
    arr = np.asarray(x, dtype=float)
    th = np.atleast_1d(np.asarray(thresholds, dtype=float))
    if type == "crisp":
        out = (arr[:, None] >= np.sort(th)[None, :]).sum(axis=1).astype(float)
        out[np.isnan(arr)] = np.nan
    elif type == "fuzzy":
        if method == "direct":
            if th.size != 3:
                raise ValueError("the direct method needs three thresholds (exclusion, "
                                 f"crossover, inclusion), got {th.size}")
            out = _fuzzy_direct(arr, *th, logistic=logistic, idm=idm)
        elif method == "indirect":
            out = _fuzzy_indirect(arr, th, targets)
        else:
            raise ValueError(f"method must be 'direct' or 'indirect', got {method!r}")
    else:
        raise ValueError(f"type must be 'crisp' or 'fuzzy', got {type!r}")
    if is_series:
        return pd.Series(out, index=x.index, name=x.name)  # type: ignore[union-attr]
    return out


def from_panel(cross_section: pd.DataFrame, *, outcome: str, conditions: Sequence[str],
               calibration: Mapping[str, Mapping[str, Any]],
               case_col: str = "region_id") -> pd.DataFrame:
    """Calibrated set data from a cross-section of regions.

    Parameters
    ----------
    cross_section : DataFrame
        One row per region, region identifiers in the index or in
        ``case_col``; raw measures as columns (e.g. ``secreg_depth``,
        ``polyarchy_mean``).
    outcome : str
        Column of the outcome.
    conditions : sequence of str
        Condition columns, in the order wanted in QCA expressions.
    calibration : dict
        Column -> keyword arguments of :func:`calibrate` (``type``,
        ``thresholds``, ...). Columns missing here must already be sets
        (0/1 or memberships in [0, 1]).
    case_col : str
        Column with the region identifiers when they are not the index.

    Returns
    -------
    DataFrame
        Index: region identifiers; columns: conditions then outcome, as set
        memberships. ``.attrs["calibration"]`` records the calibration of
        each column (``{"type": "as is"}`` for columns used unchanged).

    Examples
    --------
    >>> cs = pd.DataFrame({"region_id": ["a", "b"], "depth": [0.2, 3.0], "war": [0, 1]})
    >>> sets = from_panel(cs, outcome="war", conditions=["depth"],
    ...                   calibration={"depth": {"type": "crisp", "thresholds": 1}})
    >>> sets["depth"].tolist()
    [0.0, 1.0]
    """
    df = cross_section
    if case_col in df.columns:
        df = df.set_index(case_col)
    cols = list(conditions) + [outcome]
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise KeyError(f"columns {missing} not in the cross-section; available: "
                       f"{list(df.columns)}")
    unknown = set(calibration) - set(cols)
    if unknown:
        raise ValueError(f"calibration given for columns that are neither conditions nor the "
                         f"outcome: {sorted(unknown)}")
    out = pd.DataFrame(index=df.index)
    record: dict[str, dict[str, Any]] = {}
    for c in cols:
        raw = df[c].astype(float)
        if c in calibration:
            spec = dict(calibration[c])
            out[c] = calibrate(raw, **spec)
            record[c] = {k: (list(np.atleast_1d(v)) if k == "thresholds" else v)
                         for k, v in spec.items()}
        else:
            if raw.min() < 0 or (raw.max() > 1 and not np.all(raw == np.round(raw))):
                raise ValueError(f"column {c!r} is not a set (values outside [0, 1]); give its "
                                 "calibration")
            out[c] = raw
            record[c] = {"type": "as is"}
    out.index.name = cross_section.index.name if case_col not in cross_section.columns \
        else case_col
    out.attrs["calibration"] = record
    out.attrs["outcome"] = outcome
    out.attrs["conditions"] = list(conditions)
    return out

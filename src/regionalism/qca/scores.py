"""Consistency and coverage of set relations (sufficiency and necessity scores).

Pure functions of membership vectors; imports nothing else of the package.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def sufficiency_scores(membership: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """Sufficiency inclusion, PRI and coverage of a set ``X`` for outcome ``Y``.

    ``inclS = sum(min(X, Y)) / sum(X)``, ``PRI = (sum(min(X, Y)) - sum(min(X, Y, ~Y)))
    / (sum(X) - sum(min(X, Y, ~Y)))``, ``covS = sum(min(X, Y)) / sum(Y)``.

    Parameters
    ----------
    membership : ndarray, shape (n_cases,)
        Membership of each case in the set ``X`` (crisp or fuzzy).
    y : ndarray, shape (n_cases,)
        Membership of each case in the outcome ``Y``.

    Returns
    -------
    (float, float, float)
        ``inclS``, ``PRI`` and ``covS``; each is NaN when its denominator is 0.

    Examples
    --------
    >>> import numpy as np
    >>> from regionalism.qca.scores import sufficiency_scores
    >>> x = np.array([0.9, 0.8, 0.7, 0.2, 0.1])
    >>> y = np.array([1.0, 0.9, 0.4, 0.3, 0.0])
    >>> [round(v, 3) for v in sufficiency_scores(x, y)]  # 2.3/2.7, 1.6/2.0, 2.3/2.6
    [0.852, 0.8, 0.885]
    """
    xy = np.minimum(membership, y)
    sx, sxy, sy = membership.sum(), xy.sum(), y.sum()
    xyn = np.minimum(xy, 1.0 - y).sum()
    incl = sxy / sx if sx > 0 else np.nan
    pri = (sxy - xyn) / (sx - xyn) if (sx - xyn) > 0 else np.nan
    cov = sxy / sy if sy > 0 else np.nan
    return float(incl), float(pri), float(cov)


def necessity_scores(membership: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """Necessity inclusion, relevance and coverage of ``X`` for outcome ``Y``.

    ``inclN = sum(min(X, Y)) / sum(Y)``, ``RoN = sum(1 - X) / sum(1 - min(X, Y))``
    (Schneider and Wagemann 2012), ``covN = sum(min(X, Y)) / sum(X)``.

    Parameters
    ----------
    membership : ndarray, shape (n_cases,)
        Membership of each case in the condition set ``X`` (crisp or fuzzy).
    y : ndarray, shape (n_cases,)
        Membership of each case in the outcome ``Y``.

    Returns
    -------
    (float, float, float)
        ``inclN``, ``RoN`` and ``covN``; each is NaN when its denominator is 0.

    See Also
    --------
    sufficiency_scores : The sufficiency counterpart.

    Examples
    --------
    >>> import numpy as np
    >>> from regionalism.qca.scores import necessity_scores
    >>> x = np.array([0.9, 0.8, 0.7, 0.2, 0.1])
    >>> y = np.array([1.0, 0.9, 0.4, 0.3, 0.0])
    >>> [round(v, 3) for v in necessity_scores(x, y)]  # 2.3/2.6, 2.3/2.7, 2.3/2.7
    [0.885, 0.852, 0.852]
    """
    xy = np.minimum(membership, y)
    sx, sy, sxy = membership.sum(), y.sum(), xy.sum()
    incl = sxy / sy if sy > 0 else np.nan
    denom = (1.0 - xy).sum()
    ron = (1.0 - membership).sum() / denom if denom > 0 else np.nan
    cov = sxy / sx if sx > 0 else np.nan
    return float(incl), float(ron), float(cov)


def unique_coverage(memberships: Sequence[np.ndarray], y: np.ndarray) -> np.ndarray:
    """Unique coverage of each set: coverage of the union minus coverage without it."""
    sy = y.sum()
    mats = np.asarray(memberships, dtype=float).reshape(len(memberships), -1)
    if mats.shape[0] == 0:
        return np.zeros(0)
    union = mats.max(axis=0)
    full = np.minimum(union, y).sum()
    out = np.zeros(mats.shape[0])
    for i in range(mats.shape[0]):
        others = np.delete(mats, i, axis=0)
        rest = others.max(axis=0) if others.shape[0] else np.zeros_like(y)
        out[i] = (full - np.minimum(rest, y).sum()) / sy if sy > 0 else np.nan
    return out

"""Consistency and coverage of a set relation in pooled panel data: pooled, between
(per cluster, e.g. year) and within (per unit, e.g. region), and the distances between
them (Garcia-Castro and Arino 2016; SetMethods ``cluster``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class PanelFit:
    """Result of :func:`panel_fit`.

    Attributes
    ----------
    pooled : Series
        ``consistency`` and ``coverage`` of all unit-periods together.
    between : DataFrame
        Per cluster (period): ``consistency``, ``coverage``, ``n``.
    within : DataFrame
        Per unit: ``consistency``, ``coverage``, ``n``.
    distance_between, distance_within : float
        ``dBP`` and ``dWP``: Euclidean distance of the normalised between
        (within) consistencies from equal shares; 0 means the pooled result
        holds in every period (unit). For necessity the coverages are used.
    relation : str
    """

    pooled: pd.Series
    between: pd.DataFrame
    within: pd.DataFrame
    distance_between: float
    distance_within: float
    relation: str

    def __str__(self) -> str:
        return (f"Panel fit ({self.relation}): pooled consistency "
                f"{self.pooled['consistency']:.3f}, coverage {self.pooled['coverage']:.3f}; "
                f"dBP {self.distance_between:.3f}, dWP {self.distance_within:.3f}")


def _ratio(num: np.ndarray, den: np.ndarray, eps: float) -> np.ndarray:
    return (num + eps) / (den + eps)


def _distance(values: np.ndarray, eps: float) -> float:
    shares = (values + eps) / (values.sum() + eps)
    return float(np.sqrt(np.sum((shares - 1 / values.size) ** 2)))


def panel_fit(membership: Sequence[float] | np.ndarray | pd.Series,
              outcome: Sequence[float] | np.ndarray | pd.Series, *,
              unit: Sequence, cluster: Sequence, relation: str = "sufficiency",
              eps: float = 1e-10) -> PanelFit:
    """Pooled, between and within consistency and coverage of ``X -> Y`` in a panel.

    Parameters
    ----------
    membership : array-like
        Membership of each unit-period in the condition or solution ``X``
        (e.g. :func:`regionalism.qca.robustness.solution_membership`).
    outcome : array-like
        Membership in the outcome ``Y``.
    unit : sequence
        Unit of each row (e.g. region).
    cluster : sequence
        Cluster of each row (e.g. year).
    relation : {"sufficiency", "necessity"}
    eps : float
        Added to numerators and denominators, as SetMethods does (1e-10), so an
        empty cluster gives 1 instead of 0/0.

    Returns
    -------
    PanelFit

    Notes
    -----
    Consistency (sufficiency) is ``sum(min(X, Y)) / sum(X)`` and coverage
    ``sum(min(X, Y)) / sum(Y)``, computed over all rows (pooled), the rows of
    each cluster (between) and the rows of each unit (within). A row missing
    in a unit x cluster cell contributes nothing, as in SetMethods' ``xtabs``.

    References
    ----------
    Garcia-Castro, R. and Arino, M. A. (2016). A general approach to panel data
    set-theoretic research. *Journal of Advances in Management Sciences and
    Information Systems* 2: 63-76.

    Examples
    --------
    >>> f = panel_fit([1, 1, 0.2, 0.9], [1, 0.8, 0.1, 1.0], unit=["a", "a", "b", "b"],
    ...               cluster=[2000, 2001, 2000, 2001])
    >>> round(float(f.pooled["consistency"]), 3), f.within["consistency"].round(3).tolist()
    (0.903, [0.9, 0.909])
    """
    if relation not in ("sufficiency", "necessity"):
        raise ValueError(f"relation must be 'sufficiency' or 'necessity', got {relation!r}")
    x = np.asarray(membership, dtype=float)
    y = np.asarray(outcome, dtype=float)
    if x.shape != y.shape or x.shape[0] != len(unit) or x.shape[0] != len(cluster):
        raise ValueError("membership, outcome, unit and cluster must have the same length")
    if np.isnan(x).any() or np.isnan(y).any():
        raise ValueError("membership and outcome must not be missing; drop those rows first")
    frame = pd.DataFrame({"x": x, "y": y, "xy": np.minimum(x, y),
                          "unit": list(unit), "cluster": list(cluster)})

    def scores(g: pd.DataFrame) -> pd.DataFrame:
        s = g.agg({"x": "sum", "y": "sum", "xy": "sum"})
        out = pd.DataFrame({"consistency": _ratio(s["xy"].to_numpy(), s["x"].to_numpy(), eps),
                            "coverage": _ratio(s["xy"].to_numpy(), s["y"].to_numpy(), eps)},
                           index=s.index)
        if relation == "necessity":
            out = out.rename(columns={"consistency": "coverage", "coverage": "consistency"})
            out = out[["consistency", "coverage"]]
        out["n"] = g.size()
        return out

    between = scores(frame.groupby("cluster")[["x", "y", "xy"]])
    within = scores(frame.groupby("unit")[["x", "y", "xy"]])
    pooled = pd.Series({"consistency": _ratio(frame["xy"].sum(), frame["x"].sum(), eps),
                        "coverage": _ratio(frame["xy"].sum(), frame["y"].sum(), eps)})
    if relation == "necessity":
        pooled = pd.Series({"consistency": pooled["coverage"], "coverage": pooled["consistency"]})
    return PanelFit(pooled=pooled, between=between, within=within,
                    distance_between=_distance(between["consistency"].to_numpy(), eps),
                    distance_within=_distance(within["consistency"].to_numpy(), eps),
                    relation=relation)

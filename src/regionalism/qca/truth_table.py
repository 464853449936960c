"""Truth tables for crisp, multi-value and fuzzy-set QCA (R QCA ``truthTable``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from regionalism.qca.minimization import QCASolution

#: tolerance used when comparing scores with cut-offs (as R's ``agteb``)
TOLERANCE = float(np.sqrt(np.finfo(float).eps))

_OUTCOME = re.compile(r"^\s*(~?)\s*([^\[\]{}~]+?)\s*(?:[\[{]\s*(\d+)\s*[\]}])?\s*$")


@dataclass
class SetData:
    """Conditions and outcome prepared for QCA.

    Attributes
    ----------
    X : ndarray, shape (n_cases, n_conditions)
        Condition values (crisp 0/1, multi-value codes, fuzzy memberships).
    y : ndarray, shape (n_cases,)
        Outcome membership (already negated when the outcome is negated).
    conditions : list of str
    noflevels : list of int
        2 for crisp and fuzzy conditions, k for multi-value conditions.
    fuzzy : list of bool
    outcome : str
        Outcome label as printed (``"~SURV"`` when negated).
    cases : list of str
    """

    X: np.ndarray
    y: np.ndarray
    conditions: list[str]
    noflevels: list[int]
    fuzzy: list[bool]
    outcome: str
    cases: list[str]


def _column_kind(values: np.ndarray, name: str) -> tuple[int, bool]:
    if np.isnan(values).any():
        raise ValueError(f"column {name!r} has missing values; QCA needs complete data "
                         "(drop or impute the cases first)")
    if np.all(values == np.round(values)):
        if values.min() < 0:
            raise ValueError(f"column {name!r} has negative codes; expected 0, 1, ... or "
                             "fuzzy memberships in [0, 1]")
        return max(int(values.max()) + 1, 2), False
    if values.min() < 0 or values.max() > 1:
        raise ValueError(f"column {name!r} is neither crisp/multi-value codes nor fuzzy "
                         "memberships in [0, 1]; calibrate it first (rg.qca.calibrate)")
    return 2, True


def prepare_sets(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
                 neg_out: bool = False) -> SetData:
    """Validate a calibrated data set and split it into conditions and outcome.

    Parameters
    ----------
    data : DataFrame
        One row per case (case names in the index), calibrated sets.
    outcome : str
        Outcome column; ``"~Y"`` negates it, ``"Y[2]"`` selects a level of a
        multi-value outcome.
    conditions : sequence of str, optional
        Conditions (default: all other columns), kept in the given order.
    neg_out : bool
        Negate the outcome (same as prefixing ``~``).

    Returns
    -------
    SetData
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    m = _OUTCOME.match(outcome)
    if not m:
        raise ValueError(f"cannot parse outcome {outcome!r}; expected 'Y', '~Y' or 'Y[1]'")
    neg, name, level = bool(m.group(1)), m.group(2), m.group(3)
    if name not in data.columns:
        raise KeyError(f"outcome column {name!r} not in data; columns are {list(data.columns)}")
    if conditions is None:
        conditions = [c for c in data.columns if c != name]
    conditions = list(conditions)
    missing = [c for c in conditions if c not in data.columns]
    if missing:
        raise KeyError(f"condition columns {missing} not in data; columns are {list(data.columns)}")
    if name in conditions:
        raise ValueError(f"outcome {name!r} is also listed among the conditions")
    X = data[conditions].to_numpy(dtype=float)
    noflevels, fuzzy = [], []
    for j, c in enumerate(conditions):
        lv, fz = _column_kind(X[:, j], c)
        noflevels.append(lv)
        fuzzy.append(fz)
    y = data[name].to_numpy(dtype=float)
    if np.isnan(y).any():
        raise ValueError(f"outcome {name!r} has missing values")
    if level is not None:
        y = (y == int(level)).astype(float)
        label = f"{name}[{level}]"
    else:
        if y.min() < 0 or y.max() > 1:
            raise ValueError(f"outcome {name!r} must be a set membership in [0, 1]; for a "
                             f"multi-value outcome name a level, e.g. '{name}[1]'")
        label = name
    if neg != bool(neg_out):
        y = 1.0 - y
        label = "~" + label
    cases = [str(i) for i in data.index]
    return SetData(X, y, conditions, noflevels, fuzzy, label, cases)


def row_codes(sets: SetData) -> np.ndarray:
    """Configuration (0-based row index, first condition most significant) of each case.

    A case belongs to the configuration where its membership exceeds 0.5
    (fuzzy) or equals the observed code (crisp and multi-value).
    """
    code = np.zeros(sets.X.shape[0], dtype=np.int64)
    for j, lv in enumerate(sets.noflevels):
        col = sets.X[:, j]
        val = (col > 0.5).astype(np.int64) if sets.fuzzy[j] else col.astype(np.int64)
        code = code * lv + val
    return code


def decode_rows(codes: np.ndarray, noflevels: Sequence[int]) -> np.ndarray:
    """Condition values of 0-based row indices (inverse of :func:`row_codes`)."""
    codes = np.asarray(codes, dtype=np.int64)
    out = np.zeros((codes.size, len(noflevels)), dtype=np.int64)
    rem = codes.copy()
    for j in range(len(noflevels) - 1, -1, -1):
        out[:, j] = rem % noflevels[j]
        rem //= noflevels[j]
    return out


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
    >>> from regionalism.qca.truth_table import sufficiency_scores
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


@dataclass
class TruthTable:
    """A QCA truth table (the result of :func:`truth_table`).

    Attributes
    ----------
    table : DataFrame
        One row per configuration (index: R's 1-based row number), columns:
        the conditions, ``OUT`` ("1", "0", "C" contradiction, "?" remainder),
        ``n`` (cases with membership > 0.5), ``incl`` (sufficiency
        inclusion), ``PRI``, ``cases`` (comma-separated case names).
    sets : SetData
        The prepared data (used for fit parameters and minimization).
    options : dict
        The cut-offs used.

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism import qca
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=["a", "b", "c", "d"])
    >>> tt = qca.truth_table(df, outcome="Y")
    >>> tt.conditions, tt.outcome, len(tt.contradictions)
    (['A', 'B'], 'Y', 0)
    """

    table: pd.DataFrame
    sets: SetData
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def outcome(self) -> str:
        return self.sets.outcome

    @property
    def conditions(self) -> list[str]:
        return self.sets.conditions

    @property
    def noflevels(self) -> list[int]:
        return self.sets.noflevels

    @property
    def contradictions(self) -> pd.DataFrame:
        """Rows whose output value is "C"."""
        return self.table[self.table["OUT"] == "C"]

    def rows_with(self, out: str | Sequence[str]) -> np.ndarray:
        """1-based row numbers whose OUT is among ``out``."""
        outs = [out] if isinstance(out, str) else list(out)
        return self.table.index[self.table["OUT"].isin(outs)].to_numpy()

    def minimize(self, **kwargs: Any) -> QCASolution:
        """Minimize this truth table; see :func:`regionalism.qca.minimize`."""
        from regionalism.qca.minimization import minimize

        return minimize(self, **kwargs)

    def to_frame(self) -> pd.DataFrame:
        """The truth table as a DataFrame (a copy)."""
        return self.table.copy()

    tidy = to_frame

    def __repr__(self) -> str:
        return (f"TruthTable(outcome={self.outcome!r}, conditions={self.conditions}, "
                f"rows={len(self.table)})")

    def __str__(self) -> str:
        t = self.table.copy()
        for c in ("incl", "PRI"):
            t[c] = t[c].map(lambda v: "-" if pd.isna(v) else f"{v:.3f}")
        header = (f"Truth table for {self.outcome}  (incl.cut={self.options.get('incl_cut')}, "
                  f"n.cut={self.options.get('n_cut')}, pri.cut={self.options.get('pri_cut')})\n")
        return header + t.to_string()


def _parse_incl_cut(incl_cut: float | Sequence[float]) -> tuple[float, float]:
    if np.isscalar(incl_cut):
        ic1 = ic0 = float(incl_cut)  # type: ignore[arg-type]
    else:
        vals = [float(v) for v in incl_cut]  # type: ignore[union-attr]
        if len(vals) not in (1, 2):
            raise ValueError("incl_cut takes one value or two (cut for 1, cut for 0)")
        ic1 = vals[0]
        ic0 = vals[1] if len(vals) == 2 else vals[0]
    if not (0 <= ic0 <= ic1 <= 1):
        raise ValueError(f"incl_cut must satisfy 0 <= cut0 <= cut1 <= 1, got {incl_cut!r}")
    return ic1, ic0


def truth_table(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
                incl_cut: float | Sequence[float] = 1, n_cut: int = 1, pri_cut: float = 0,
                neg_out: bool = False, complete: bool = False,
                show_cases: bool = True) -> TruthTable:
    """Build a truth table (Ragin 2008; R QCA ``truthTable``).

    Parameters
    ----------
    data : DataFrame
        Calibrated sets, one row per case, case names in the index.
    outcome : str
        Outcome column, ``"~Y"`` for the negated outcome.
    conditions : sequence of str, optional
        Condition columns (default: all other columns).
    incl_cut : float or (float, float)
        Inclusion cut-off for OUT = 1; with two values, rows whose inclusion
        lies between the second and the first get OUT = "C".
    n_cut : int
        Minimum number of cases for a configuration not to be a remainder.
    pri_cut : float
        Minimum PRI for OUT = 1 (rows passing ``incl_cut`` but not ``pri_cut``
        get OUT = 0).
    neg_out : bool
        Negate the outcome.
    complete : bool
        Keep all logically possible rows (remainders included) in ``table``.
    show_cases : bool
        Fill the ``cases`` column.

    Returns
    -------
    TruthTable
        ``.table`` has columns: the conditions, ``OUT``, ``n``, ``incl``,
        ``PRI``, ``cases``; index is R's row number.

    Notes
    -----
    Inclusion and PRI of a row use the membership of all cases in the row's
    configuration (minimum over conditions), as in Ragin (2008). A case is
    counted in ``n`` for the configuration where its membership exceeds 0.5.

    References
    ----------
    Ragin, C. (2008). *Redesigning Social Inquiry*. University of Chicago Press.
    Dusa, A. (2019). *QCA with R*. Springer.

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> tt = truth_table(df, outcome="Y")
    >>> tt.table["OUT"].tolist()
    ['0', '0', '1', '1']
    """
    ic1, ic0 = _parse_incl_cut(incl_cut)
    sets = prepare_sets(data, outcome=outcome, conditions=conditions, neg_out=neg_out)
    codes = row_codes(sets)
    total = int(np.prod(sets.noflevels))
    observed = np.unique(codes)
    rows = np.arange(total) if complete else observed
    values = decode_rows(rows, sets.noflevels)
    n = np.bincount(codes, minlength=total)[rows]
    incl = np.full(rows.size, np.nan)
    pri = np.full(rows.size, np.nan)
    out = np.full(rows.size, "?", dtype=object)
    for i, r in enumerate(rows):
        if n[i] == 0:
            continue
        memb = np.ones(sets.X.shape[0])
        for j, v in enumerate(values[i]):
            col = sets.X[:, j]
            if sets.fuzzy[j]:
                m = col if v == 1 else 1.0 - col
            else:
                m = (col == v).astype(float)
            memb = np.minimum(memb, m)
        incl[i], pri[i], _ = sufficiency_scores(memb, sets.y)
        if n[i] < n_cut:
            continue
        if incl[i] >= ic1 - TOLERANCE:
            out[i] = "1" if pri[i] >= pri_cut - TOLERANCE else "0"
        elif incl[i] >= ic0 - TOLERANCE:
            out[i] = "C"
        else:
            out[i] = "0"
    table = pd.DataFrame(values, columns=sets.conditions, index=pd.Index(rows + 1, name="row"))
    table["OUT"] = out
    table["n"] = n
    table["incl"] = incl
    table["PRI"] = pri
    if show_cases:
        names = np.array(sets.cases, dtype=object)
        table["cases"] = [",".join(names[codes == r]) for r in rows]
    options = {"incl_cut": (ic1, ic0), "n_cut": n_cut, "pri_cut": pri_cut,
               "complete": complete}
    return TruthTable(table=table, sets=sets, options=options)

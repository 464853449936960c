"""Truth tables for crisp, multi-value and fuzzy-set QCA (R QCA ``truthTable``)."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from regionalism.qca.scores import sufficiency_scores
from regionalism.qca.sets import (
    _BLOCK,
    TOLERANCE,
    SetData,
    check_table_size,
    decode_rows,
    exclusion_rows,
    prepare_sets,
    row_codes,
    warn_half_memberships,
)

if TYPE_CHECKING:  # pragma: no cover
    from regionalism.qca.minimization import QCASolution

__all__ = ["TOLERANCE", "SetData", "TruthTable", "decode_rows", "prepare_sets", "row_codes",
           "sufficiency_scores", "truth_table", "truth_table_of_sets"]


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
        # the one declared function-level import inside qca/ (minimization builds on
        # truth_table, so the method reaches up at call time)
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


def _row_memberships(sets: SetData, values: np.ndarray) -> np.ndarray:
    """Membership (rows x cases) of every case in each configuration of ``values``."""
    X = sets.X
    out = np.empty((values.shape[0], X.shape[0]))
    fuzzy = np.asarray(sets.fuzzy, dtype=bool)
    step = max(1, _BLOCK // max(1, X.size))
    for s in range(0, values.shape[0], step):
        v = values[s:s + step, None, :]
        m = np.where(fuzzy[None, None, :], np.where(v == 1, X[None], 1.0 - X[None]),
                     (X[None] == v).astype(float))
        out[s:s + step] = m.min(axis=2) if m.shape[2] else 1.0
    return out


def _sort_table(table: pd.DataFrame, sort_by: str | Sequence[str] | Mapping[str, bool],
                decreasing: bool | Sequence[bool]) -> pd.DataFrame:
    if isinstance(sort_by, Mapping):
        keys, desc = list(sort_by), [bool(v) for v in sort_by.values()]
    else:
        keys = [k.strip() for k in (sort_by.split(",") if isinstance(sort_by, str) else sort_by)]
        desc = ([bool(decreasing)] * len(keys) if np.isscalar(decreasing)
                else [bool(v) for v in decreasing])  # type: ignore[union-attr]
        desc += [True] * (len(keys) - len(desc))
    keys = ["OUT" if k.lower() == "out" else k for k in keys]
    bad = [k for k in keys if k not in ("OUT", "n", "incl", "PRI")]
    if bad:
        raise ValueError(f"sort_by takes 'OUT', 'n', 'incl' and 'PRI', got {bad}")
    # R sorts OUT as characters ("?" < "0" < "1" < "C"); stable, so ties keep row order
    return table.sort_values(keys, ascending=[not d for d in desc], kind="mergesort",
                             na_position="last")


def truth_table(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
                incl_cut: float | Sequence[float] = 1, n_cut: int = 1, pri_cut: float = 0,
                neg_out: bool = False, complete: bool = False,
                show_cases: bool = True, dcc: bool = False,
                exclude: Sequence[int] | str | None = None,
                sort_by: str | Sequence[str] | Mapping[str, bool] | None = None,
                decreasing: bool | Sequence[bool] = True) -> TruthTable:
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
        Keep all logically possible rows (remainders included) in ``table``;
        refused with a ``ValueError`` above ``MAX_TABLE_ROWS`` rows.
    show_cases : bool
        Fill the ``cases`` column.
    dcc : bool
        Add a ``DCC`` column: the deviant cases consistency in kind of each
        row, cases with membership above 0.5 in the row and below 0.5 in the
        outcome (R's ``dcc = TRUE``).
    exclude : sequence of int or str, optional
        Remainder rows (R's 1-based row numbers, or a sum-of-products
        expression whose remainder rows are taken, as R's ``findRows``) to
        code OUT = "0" (Enhanced Standard Analysis: untenable or incoherent
        assumptions). Excluded rows are kept in ``table`` and listed in
        ``options["exclude"]``.
    sort_by : str, list of str or dict, optional
        Order the rows by ``"OUT"``, ``"n"``, ``"incl"`` and/or ``"PRI"``
        (R's ``sort.by``); a dict maps each key to ``decreasing``.
    decreasing : bool or list of bool
        Sort direction(s), decreasing by default as in R.

    Returns
    -------
    TruthTable
        ``.table`` has columns: the conditions, ``OUT``, ``n``, ``incl``,
        ``PRI``, ``cases`` (and ``DCC``); index is R's row number.

    Warns
    -----
    HalfMembershipWarning
        When a case has a fuzzy membership of exactly 0.5 in a condition: it
        belongs to no row (not counted in ``n``, listed in no ``cases``), as
        in R's QCA; its memberships still enter inclusion and PRI.

    Notes
    -----
    Inclusion and PRI of a row use the membership of all cases in the row's
    configuration (minimum over conditions), as in Ragin (2008). A case is
    counted in ``n`` for the configuration where its membership exceeds 0.5;
    a case at exactly 0.5 in some condition belongs to none. Only observed
    configurations are computed and stored (memory grows with the cases, not
    with the ``2**k`` possible rows) unless ``complete=True``.

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
    >>> truth_table(df, outcome="Y", sort_by="OUT").table.index.tolist()
    [3, 4, 1, 2]
    """
    ic1, ic0 = _parse_incl_cut(incl_cut)
    sets = prepare_sets(data, outcome=outcome, conditions=conditions, neg_out=neg_out)
    warn_half_memberships(sets)
    return truth_table_of_sets(sets, incl_cut=(ic1, ic0), n_cut=n_cut, pri_cut=pri_cut,
                               complete=complete, show_cases=show_cases, dcc=dcc,
                               exclude=exclude, sort_by=sort_by, decreasing=decreasing)


def truth_table_of_sets(sets: SetData, *, incl_cut: float | Sequence[float] = 1,
                        n_cut: int = 1, pri_cut: float = 0, complete: bool = False,
                        show_cases: bool = True, dcc: bool = False,
                        exclude: Sequence[int] | str | None = None,
                        sort_by: str | Sequence[str] | Mapping[str, bool] | None = None,
                        decreasing: bool | Sequence[bool] = True) -> TruthTable:
    """:func:`truth_table` of prepared :class:`~regionalism.qca.sets.SetData` (no warning).

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 0], "Y": [1, 0]}, index=["a", "b"])
    >>> truth_table_of_sets(prepare_sets(df, outcome="Y")).table["OUT"].tolist()
    ['0', '1']
    """
    ic1, ic0 = _parse_incl_cut(incl_cut)
    total = check_table_size(sets.noflevels, complete=complete)
    codes = row_codes(sets)
    floor = row_codes(sets, half="floor")  # R puts a 0.5 case's (empty) row in the table
    touched = np.unique(floor)
    observed, n_obs = np.unique(codes[codes >= 0], return_counts=True)
    rows = np.arange(total) if complete else observed
    values = decode_rows(rows, sets.noflevels)
    n = np.zeros(rows.size, dtype=np.int64)
    n[np.searchsorted(rows, observed)] = n_obs
    computed = np.isin(rows, touched)
    incl = np.full(rows.size, np.nan)
    pri = np.full(rows.size, np.nan)
    out = np.full(rows.size, "?", dtype=object)
    idx = np.flatnonzero(computed)
    memb = _row_memberships(sets, values[idx])
    y = sets.y
    sx = memb.sum(axis=1)
    xy = np.minimum(memb, y[None, :])
    sxy = xy.sum(axis=1)
    xyn = np.minimum(xy, 1.0 - y[None, :]).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        incl[idx] = np.where(sx > 0, sxy / sx, np.nan)
        pri[idx] = np.where(sx - xyn > 0, (sxy - xyn) / (sx - xyn), np.nan)
    ok = n >= n_cut
    pos = ok & (incl >= ic1 - TOLERANCE)
    out[pos] = np.where(pri[pos] >= pri_cut - TOLERANCE, "1", "0")
    out[ok & ~pos & (incl >= ic0 - TOLERANCE)] = "C"
    out[ok & ~pos & ~(incl >= ic0 - TOLERANCE)] = "0"
    excluded: list[int] = []
    if exclude is not None:
        excluded = exclusion_rows(exclude, sets.conditions, sets.noflevels)
        known = dict(zip((rows + 1).tolist(), range(rows.size)))
        add = [r for r in excluded if r not in known]
        if add:  # excluded remainders enter the table as OUT = 0 rows, as in R
            rows = np.concatenate([rows, np.asarray(add, dtype=np.int64) - 1])
            values = np.vstack([values, decode_rows(np.asarray(add) - 1, sets.noflevels)])
            n = np.concatenate([n, np.zeros(len(add), dtype=np.int64)])
            incl = np.concatenate([incl, np.full(len(add), np.nan)])
            pri = np.concatenate([pri, np.full(len(add), np.nan)])
            out = np.concatenate([out, np.full(len(add), "?", dtype=object)])
            known = dict(zip((rows + 1).tolist(), range(rows.size)))
        kept = [r for r in excluded if out[known[r]] != "?"]
        if kept:
            warnings.warn(f"exclude names observed rows {kept}; only remainders are excluded, "
                          "these keep their output value", UserWarning, stacklevel=3)
        excluded = [r for r in excluded if out[known[r]] == "?"]
        out[[known[r] for r in excluded]] = "0"
        order = np.argsort(rows, kind="stable")
        rows, values, n, incl, pri, out = (a[order] for a in (rows, values, n, incl, pri, out))
    table = pd.DataFrame(values, columns=sets.conditions, index=pd.Index(rows + 1, name="row"))
    table["OUT"] = out
    table["n"] = n
    table["incl"] = incl
    table["PRI"] = pri
    names = np.array(sets.cases, dtype=object)
    if show_cases or dcc:
        by_row: dict[int, list[int]] = {}
        for i, c in enumerate(codes.tolist()):
            if c >= 0:
                by_row.setdefault(c, []).append(i)
    if show_cases:
        table["cases"] = [",".join(names[by_row.get(int(r), [])]) for r in rows]
    if dcc:
        table["DCC"] = [",".join(names[[i for i in by_row.get(int(r), []) if sets.y[i] < 0.5]])
                        for r in rows]
    if sort_by is not None:
        table = _sort_table(table, sort_by, decreasing)
    options = {"incl_cut": (ic1, ic0), "n_cut": n_cut, "pri_cut": pri_cut,
               "complete": complete, "exclude": excluded}
    return TruthTable(table=table, sets=sets, options=options)

"""Enhanced Standard Analysis: rows to exclude from the simplifying assumptions
(R QCA ``findRows``; Schneider and Wagemann 2012, ch. 8)."""

from __future__ import annotations

import numpy as np

from regionalism.qca.minimization import minimize
from regionalism.qca.sets import SetData, matching_rows
from regionalism.qca.truth_table import TruthTable, truth_table_of_sets

_TYPES = {"all": 0, "expression": 1, "contradictory": 2, "simultaneous": 3}


def negated_truth_table(tt: TruthTable) -> TruthTable:
    """The truth table of the same data and cut-offs for the negated outcome.

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism.qca.truth_table import truth_table
    >>> df = pd.DataFrame({"A": [1, 0], "Y": [1, 0]}, index=["a", "b"])
    >>> negated_truth_table(truth_table(df, outcome="Y")).outcome
    '~Y'
    """
    s = tt.sets
    label = s.outcome[1:] if s.outcome.startswith("~") else "~" + s.outcome
    neg = SetData(s.X, 1.0 - s.y, s.conditions, s.noflevels, s.fuzzy, label, s.cases)
    o = tt.options
    ic1, ic0 = o["incl_cut"]
    return truth_table_of_sets(neg, incl_cut=(ic1, ic0), n_cut=o["n_cut"], pri_cut=o["pri_cut"])


def find_rows(tt: TruthTable, expression: str | None = None, *, type: int | str = 1,
              observed: bool = False) -> list[int]:
    """Truth-table rows for Enhanced Standard Analysis (R QCA ``findRows``).

    Parameters
    ----------
    tt : TruthTable
    expression : str, optional
        Sum-of-products expression (types 0 and 1), e.g. an untenable or
        incoherent assumption such as ``"~DEMOC*NATPRIDE"``.
    type : {1, 2, 3, 0} or {"expression", "contradictory", "simultaneous", "all"}
        1: the rows inside ``expression`` (remainders only unless
        ``observed=True``): untenable or incoherent counterfactuals.
        2: contradictory simplifying assumptions, remainders used by the
        parsimonious solutions of both the outcome and its negation.
        3: simultaneous subset relations, rows with OUT = 1 for both.
        0: all of these.
    observed : bool
        Type 1 also returns observed rows.

    Returns
    -------
    list of int
        R's 1-based row numbers, sorted; pass them to ``minimize(exclude=...)``.

    Notes
    -----
    The negated outcome's truth table uses the same cut-offs (R reverses a
    pair of inclusion cut-offs; with one cut-off they are the same).

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism.qca.truth_table import truth_table
    >>> df = pd.DataFrame({"A": [1, 1, 0], "B": [1, 0, 0], "Y": [1, 0, 0]},
    ...                   index=["a", "b", "c"])
    >>> find_rows(truth_table(df, outcome="Y"), "~A*B")
    [2]
    """
    t = _TYPES.get(type, type) if isinstance(type, str) else int(type)
    if t not in (0, 1, 2, 3):
        raise ValueError(f"type must be 0-3 or one of {sorted(_TYPES)}, got {type!r}")
    if t in (0, 1) and expression is None:
        raise ValueError("find_rows(type=0 or 1) needs an expression")
    found: set[int] = set()
    if t in (0, 1):
        rows = matching_rows(expression, tt.conditions, tt.noflevels)  # type: ignore[arg-type]
        if not observed:
            obs = tt.table.index[tt.table["OUT"] != "?"].to_numpy()
            rows = np.setdiff1d(rows, obs)
        found.update(int(r) for r in rows)
    if t in (0, 2, 3):
        ntt = negated_truth_table(tt)
    if t in (0, 2):
        used = []
        for table in (tt, ntt):
            sa = minimize(table, include="?").simplifying_assumptions
            used.append(set().union(*[set((sa[k].index).tolist()) for k in sa]))
        found.update(used[0] & used[1])
    if t in (0, 3):
        found.update(set(tt.rows_with("1").tolist()) & set(ntt.rows_with("1").tolist()))
    return sorted(int(r) for r in found)

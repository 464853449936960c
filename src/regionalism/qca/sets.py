"""Calibrated set data prepared for QCA: validation, configurations and row codes.

The bottom module of ``regionalism.qca``: it imports nothing else of the
package, and the truth table, minimization, prime implicant and fit modules
build on it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from regionalism.qca.expressions import parse_expression


class HalfMembershipWarning(UserWarning):
    """Cases with a fuzzy membership of exactly 0.5 belong to no truth-table row."""


#: tolerance used when comparing scores with cut-offs (as R's ``agteb``)
TOLERANCE = float(np.sqrt(np.finfo(float).eps))

#: largest number of rows of a complete truth table or of an enumerated row set
MAX_TABLE_ROWS = 1 << 22
#: floats per working block when computing memberships
_BLOCK = 1 << 23

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


def row_codes(sets: SetData, *, half: str = "none") -> np.ndarray:
    """Configuration (0-based row index, first condition most significant) of each case.

    A case belongs to the configuration where its membership exceeds 0.5
    (fuzzy) or equals the observed code (crisp and multi-value). A case with
    a fuzzy membership of exactly 0.5 in some condition has membership 0.5 in
    two corners and above 0.5 in none: it belongs to no configuration and
    gets the code ``-1`` (as in R's QCA, which counts it in no row).
    ``half="floor"`` gives it instead the corner below (the row R lists it
    against with ``n = 0``).
    """
    if half not in ("none", "floor"):
        raise ValueError(f"half must be 'none' or 'floor', got {half!r}")
    code = np.zeros(sets.X.shape[0], dtype=np.int64)
    for j, lv in enumerate(sets.noflevels):
        col = sets.X[:, j]
        val = (col > 0.5).astype(np.int64) if sets.fuzzy[j] else col.astype(np.int64)
        code = code * lv + val
    if half == "none":
        code[half_membership_mask(sets).any(axis=1)] = -1
    return code


def half_membership_mask(sets: SetData) -> np.ndarray:
    """Boolean (cases x conditions): fuzzy memberships of exactly 0.5."""
    fuzzy = np.asarray(sets.fuzzy, dtype=bool)
    return (sets.X == 0.5) & fuzzy[None, :]


def half_membership_cases(sets: SetData) -> dict[str, list[str]]:
    """Cases with a fuzzy membership of exactly 0.5: case name -> conditions.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"A": [0.5, 0.9], "B": [0.2, 0.5], "Y": [1, 0]}, index=["a", "b"])
    >>> half_membership_cases(prepare_sets(df, outcome="Y"))
    {'a': ['A'], 'b': ['B']}
    """
    mask = half_membership_mask(sets)
    return {sets.cases[i]: [sets.conditions[j] for j in np.flatnonzero(mask[i])]
            for i in np.flatnonzero(mask.any(axis=1))}


def warn_half_memberships(sets: SetData, *, stacklevel: int = 3) -> None:
    """Warn, naming cases and conditions, when cases belong to no truth-table row."""
    found = half_membership_cases(sets)
    if not found:
        return
    listing = "; ".join(f"{c} ({', '.join(v)})" for c, v in found.items())
    warnings.warn(
        f"{len(found)} case(s) have a fuzzy membership of exactly 0.5 and belong to no "
        f"truth-table row (as in R's QCA; they still enter inclusion and coverage): "
        f"{listing}. Calibrate so that no case sits at the crossover (e.g. move the "
        f"crossover anchor off observed values).", HalfMembershipWarning, stacklevel=stacklevel)


def decode_rows(codes: np.ndarray, noflevels: Sequence[int]) -> np.ndarray:
    """Condition values of 0-based row indices (inverse of :func:`row_codes`)."""
    codes = np.asarray(codes, dtype=np.int64)
    out = np.zeros((codes.size, len(noflevels)), dtype=np.int64)
    rem = codes.copy()
    for j in range(len(noflevels) - 1, -1, -1):
        out[:, j] = rem % noflevels[j]
        rem //= noflevels[j]
    return out


def check_table_size(noflevels: Sequence[int], *, complete: bool = False) -> int:
    """Number of possible configurations; a clear error instead of a huge allocation.

    Raises ``ValueError`` when ``complete=True`` asks for more than
    ``MAX_TABLE_ROWS`` rows, or when row codes would not fit in 63 bits.
    """
    total = int(np.prod([int(v) for v in noflevels], dtype=object)) if noflevels else 1
    if total >= (1 << 62):
        raise ValueError(f"{len(noflevels)} conditions give {total} configurations; row "
                         "codes need fewer than 2**62 (use fewer conditions or levels)")
    if complete and total > MAX_TABLE_ROWS:
        raise ValueError(f"a complete truth table would have {total} rows (limit "
                         f"MAX_TABLE_ROWS = {MAX_TABLE_ROWS}); use complete=False, which "
                         "stores the observed rows only")
    return total


def matching_rows(expression: str, conditions: Sequence[str],
                  noflevels: Sequence[int]) -> np.ndarray:
    """1-based numbers of all rows (configurations) inside a sum-of-products expression.

    Refused with a ``ValueError`` above ``MAX_TABLE_ROWS`` rows.

    Examples
    --------
    >>> matching_rows("A*~B + C", ["A", "B", "C"], [2, 2, 2]).tolist()
    [2, 4, 5, 6, 8]
    """
    imps = parse_expression(expression, conditions, noflevels)
    found = [term_rows(imp, noflevels) for imp in imps]
    return np.unique(np.concatenate(found)) + 1 if found else np.zeros(0, dtype=np.int64)


def term_rows(implicant: Sequence[int], noflevels: Sequence[int]) -> np.ndarray:
    """0-based codes of the rows inside an implicant (``-1`` = condition absent).

    Refused with a ``ValueError`` above ``MAX_TABLE_ROWS`` rows.

    Examples
    --------
    >>> term_rows((1, -1), [2, 3]).tolist()
    [3, 4, 5]
    """
    free = [j for j, v in enumerate(implicant) if v == -1]
    size = int(np.prod([noflevels[j] for j in free], dtype=object)) if free else 1
    if size > MAX_TABLE_ROWS:
        raise ValueError(f"the implicant {tuple(implicant)} contains {size} rows (limit "
                         f"MAX_TABLE_ROWS = {MAX_TABLE_ROWS}); too many to list")
    vals = np.tile(np.asarray([max(v, 0) for v in implicant], dtype=np.int64), (size, 1))
    if free:
        vals[:, free] = decode_rows(np.arange(size), [noflevels[j] for j in free])
    code = np.zeros(size, dtype=np.int64)
    for j, lv in enumerate(noflevels):
        code = code * lv + vals[:, j]
    return code


def exclusion_rows(exclude: Sequence[int] | str, conditions: Sequence[str],
                   noflevels: Sequence[int]) -> list[int]:
    """Rows to exclude (R's 1-based numbers) from row numbers or an expression."""
    if isinstance(exclude, str):
        return matching_rows(exclude, conditions, noflevels).tolist()
    total = check_table_size(noflevels)
    rows = sorted({int(r) for r in exclude})
    bad = [r for r in rows if not 1 <= r <= total]
    if bad:
        raise ValueError(f"exclude names rows outside 1..{total}: {bad}")
    return rows

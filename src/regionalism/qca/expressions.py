"""Boolean terms (implicants) and sum-of-products expressions in R QCA notation.

An implicant is stored as a tuple with one integer per condition: ``-1`` when
the condition is minimized away (does not appear), otherwise the required
value (``0``/``1`` for crisp and fuzzy sets, ``0..k-1`` for multi-value sets).

Notation follows R's QCA package (Dusa 2019): ``*`` is AND, `` + `` is OR,
``~X`` is NOT X (crisp/fuzzy), ``X[2]`` is "X has value 2" (multi-value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

Implicant = tuple[int, ...]

_DC = -1


def format_term(implicant: Sequence[int], conditions: Sequence[str],
                noflevels: Sequence[int]) -> str:
    """Write one implicant as a conjunction such as ``DEV*~URB*LIT``.

    Parameters
    ----------
    implicant : sequence of int
        One value per condition, ``-1`` for an absent condition.
    conditions : sequence of str
        Condition names in the data's order.
    noflevels : sequence of int
        Number of levels of each condition (2 for crisp and fuzzy sets).

    Returns
    -------
    str
        The conjunction; ``"1"`` for the empty conjunction (tautology).

    Examples
    --------
    >>> format_term((1, 0, -1), ["A", "B", "C"], [2, 2, 2])
    'A*~B'
    >>> format_term((1, 0, 2), ["A", "B", "C"], [2, 2, 3])  # multi-value data, as R
    'A[1]*B[0]*C[2]'
    """
    parts = []
    multi = any(lv > 2 for lv in noflevels)  # R writes every condition as X[v] then
    for value, name, levels in zip(implicant, conditions, noflevels):
        if value == _DC:
            continue
        if multi:
            parts.append(f"{name}[{value}]")
        else:
            parts.append(name if value == 1 else f"~{name}")
    return "*".join(parts) if parts else "1"


def sort_key(implicant: Sequence[int]) -> tuple:
    """Plain lexicographic ordering of implicants (the input order of ``r_order``).

    Fewer literals first; then, condition by condition in the data's order,
    lower values first and absent conditions last. R QCA's own order of prime
    implicants is ``r_order``, which differs from this one when a condition
    appears in every implicant.
    """
    n_literals = sum(1 for v in implicant if v != _DC)
    return (n_literals, tuple(v if v != _DC else 1 << 30 for v in implicant))


def r_order(implicants: Sequence[Sequence[int]]) -> list[int]:
    """Positions of ``implicants`` in the order R QCA gives prime implicants.

    This order is used for the rows of the prime implicant chart, the terms
    of each model (models list their prime implicants in chart order) and
    the list of prime implicants.

    Parameters
    ----------
    implicants : sequence of sequences of int
        Distinct implicants, one value per condition (``-1`` = absent), in
        the order they were found (the tie-breaking order, see Notes).

    Returns
    -------
    list of int
        Indices into ``implicants``, first to last.

    Notes
    -----
    A port of the C routine ``sort_matrix``/``sort_cols`` of R QCA (Dusa
    2019; ``src/sort_matrix.c`` and ``src/sort_cols.c``, identical logic,
    used by ``C_QMC`` for conservative and intermediate solutions and by
    ``CCubes`` for parsimonious ones). With values coded ``value + 1`` and
    ``0`` for an absent condition, conditions are processed from the last to
    the first (a least-significant-first radix sort); for each, the
    implicants are stably sorted by decreasing code, and then the block
    before the first absent code is stably re-sorted by increasing code, so
    present values come first in increasing order and absences last. When
    the condition is present in *every* implicant, R's search for the first
    absence runs off the end and the re-sort leaves out the last implicant,
    which stays last: e.g. ``DEV*URB*LIT*IND*STB`` comes before
    ``DEV*~URB*LIT*~IND*STB`` (R's ``minimize`` on the Lipset fuzzy data).
    Finally the implicants are stably sorted by number of literals.

    Because of that quirk the result can depend on the input order when
    implicants are tied on all conditions after the one concerned; R's input
    order is the order its QMC or CCubes search finds them, which is not
    reproduced here (the input order is taken as given, by default
    lexicographic: ``sort_key``).

    References
    ----------
    Dusa, A. (2019). *QCA with R. A Comprehensive Resource*. Springer.

    Examples
    --------
    >>> r_order([(1, 0, 1, 0, 1), (1, 1, 1, 1, 1)])
    [1, 0]
    >>> r_order([(0, -1), (1, 1), (-1, 1)])
    [0, 2, 1]
    """
    codes = np.asarray([[v + 1 for v in t] for t in implicants], dtype=np.int64)
    n = codes.shape[0]
    idx = np.arange(n)
    if n == 0:
        return []
    codes = codes.reshape(n, -1)
    for i in range(codes.shape[1] - 1, -1, -1):
        idx = idx[np.argsort(-codes[idx, i], kind="stable")]
        col = codes[idx, i]
        nonzero = int(np.count_nonzero(col))
        head = nonzero if nonzero < n else n - 1
        idx[:head] = idx[:head][np.argsort(col[:head], kind="stable")]
    n_literals = np.count_nonzero(codes, axis=1)
    return idx[np.argsort(n_literals[idx], kind="stable")].tolist()


_LITERAL = re.compile(r"^\s*(~?)\s*([A-Za-z_.][A-Za-z0-9_.]*)\s*(?:[\[{]\s*(\d+)\s*[\]}])?\s*$")


def parse_literal(text: str, conditions: Sequence[str],
                  noflevels: Sequence[int] | None = None) -> tuple[int, int]:
    """Parse a literal (``X``, ``~X``, ``X[2]``) into (condition index, value).

    Lower-case names are read as negations when the upper-case name is a
    condition (the classic QCA convention ``dev`` = ``~DEV``) and the
    lower-case name itself is not a condition.
    """
    m = _LITERAL.match(text)
    if not m:
        raise ValueError(f"cannot parse literal {text!r}; expected e.g. 'A', '~A' or 'A[2]'")
    neg, name, level = m.group(1), m.group(2), m.group(3)
    conds = list(conditions)
    if name not in conds:
        if name.upper() in conds and not neg and level is None:
            return conds.index(name.upper()), 0
        raise ValueError(f"unknown condition {name!r} in {text!r}; conditions are {conds}")
    idx = conds.index(name)
    if level is not None:
        value = int(level)
        if neg:
            raise ValueError(f"negated multi-value literal {text!r} is not supported")
        if noflevels is not None and value >= noflevels[idx]:
            raise ValueError(f"{text!r}: condition {name} has only {noflevels[idx]} levels")
        return idx, value
    return idx, 0 if neg else 1


def parse_term(text: str, conditions: Sequence[str],
               noflevels: Sequence[int] | None = None) -> Implicant:
    """Parse a conjunction ``A*~B`` into an implicant tuple.

    Raises
    ------
    ValueError
        When a condition appears twice with different values.

    Examples
    --------
    >>> parse_term("A*~C", ["A", "B", "C"])
    (1, -1, 0)
    """
    values = [_DC] * len(conditions)
    for lit in text.split("*"):
        idx, value = parse_literal(lit, conditions, noflevels)
        if values[idx] not in (_DC, value):
            raise ValueError(f"term {text!r} contains a contradiction on {conditions[idx]}")
        values[idx] = value
    return tuple(values)


def parse_expression(text: str, conditions: Sequence[str],
                     noflevels: Sequence[int] | None = None) -> list[Implicant]:
    """Parse a sum of products ``A*~B + C`` into a list of implicants.

    Parameters
    ----------
    text : str
        Terms joined by ``+``; literals within a term joined by ``*``;
        ``~`` negates a crisp or fuzzy condition, ``X{v}`` selects level
        ``v`` of a multi-value condition (see :func:`parse_term`).
    conditions : sequence of str
        Condition names, in the order of the implicant positions.
    noflevels : sequence of int, optional
        Number of levels per condition (default 2 for all).

    Returns
    -------
    list of Implicant
        One tuple per term: per condition its required value (1 present,
        0 negated, the level for multi-value conditions) or -1 when the
        term does not mention it.

    Raises
    ------
    ValueError
        If the expression is empty, names an unknown condition, or a term
        contradicts itself.

    Examples
    --------
    >>> from regionalism.qca.expressions import parse_expression
    >>> parse_expression("A*~B + C", ["A", "B", "C"])
    [(1, 0, -1), (-1, -1, 1)]
    >>> parse_expression("A{1}*B + C{2}", ["A", "B", "C"], [3, 2, 3])
    [(1, 1, -1), (-1, -1, 2)]
    """
    terms = [t for t in text.split("+") if t.strip()]
    if not terms:
        raise ValueError(f"empty expression {text!r}")
    return [parse_term(t, conditions, noflevels) for t in terms]


def term_membership(implicant: Sequence[int], data: np.ndarray,
                    noflevels: Sequence[int]) -> np.ndarray:
    """Membership of every case in a conjunction (minimum over its literals).

    Parameters
    ----------
    implicant : sequence of int
        The conjunction.
    data : ndarray, shape (n_cases, n_conditions)
        Set memberships (crisp 0/1, fuzzy in [0, 1]) or multi-value codes.
    noflevels : sequence of int
        Number of levels per condition; multi-value conditions (>2) use
        equality, the others fuzzy logic (``1 - x`` for negation).

    Returns
    -------
    ndarray, shape (n_cases,)
    """
    out = np.ones(data.shape[0])
    for j, value in enumerate(implicant):
        if value == _DC:
            continue
        col = data[:, j]
        if noflevels[j] > 2:
            m = (col == value).astype(float)
        else:
            m = col if value == 1 else 1.0 - col
        out = np.minimum(out, m)
    return out


def expression_membership(implicants: Sequence[Sequence[int]], data: np.ndarray,
                          noflevels: Sequence[int]) -> np.ndarray:
    """Membership of every case in a disjunction of conjunctions (maximum)."""
    out = np.zeros(data.shape[0])
    for imp in implicants:
        out = np.maximum(out, term_membership(imp, data, noflevels))
    return out


def negate_columns(data: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Bind each (crisp or fuzzy) column and its negation ``~X`` = ``1 - X``.

    Parameters
    ----------
    data : DataFrame
        Set memberships.
    columns : sequence of str, optional
        Columns to use (default: all).

    Returns
    -------
    DataFrame
        Columns ``X1, X2, ..., ~X1, ~X2, ...`` (the layout of the QCA
        documentation's single-condition necessity tables).

    Examples
    --------
    >>> negate_columns(pd.DataFrame({"A": [1.0, 0.2]})).columns.tolist()
    ['A', '~A']
    """
    cols = list(columns) if columns is not None else list(data.columns)
    pos = data[cols].astype(float)
    neg = 1.0 - pos
    neg.columns = [f"~{c}" for c in cols]
    return pd.concat([pos, neg], axis=1)

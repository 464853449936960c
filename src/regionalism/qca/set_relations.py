"""Set relations: parameters of fit of sets and expressions (R QCA ``pof``), the
superSubset search, and the fit table of a solution."""

from __future__ import annotations

import itertools
import sys
import warnings
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from regionalism.qca.expressions import (
    Implicant,
    expression_membership,
    format_term,
    parse_expression,
    sort_key,
    term_membership,
)
from regionalism.qca.scores import necessity_scores, sufficiency_scores, unique_coverage
from regionalism.qca.sets import TOLERANCE, prepare_sets


def _setframe(x: pd.DataFrame | pd.Series | np.ndarray | Sequence[float]) -> pd.DataFrame:
    if isinstance(x, pd.DataFrame):
        return x.astype(float)
    if isinstance(x, pd.Series):
        return x.astype(float).to_frame(name=x.name if x.name is not None else "X")
    arr = np.asarray(x, dtype=float)
    if arr.ndim == 1:
        return pd.DataFrame({"X": arr})
    return pd.DataFrame(arr, columns=[f"X{i + 1}" for i in range(arr.shape[1])])


def pof(setms: str | pd.DataFrame | pd.Series | np.ndarray,
        data_or_outcome: pd.DataFrame | pd.Series | np.ndarray | Sequence[float],
        *, outcome: str | None = None, conditions: Sequence[str] | None = None,
        relation: str = "necessity", neg_out: bool = False) -> pd.DataFrame:
    """Parameters of fit for sets or a sum-of-products expression (R QCA ``pof``).

    Parameters
    ----------
    setms : str, DataFrame, Series or array
        Either an expression such as ``"DEV*~IND + URB*STB"`` (then
        ``data_or_outcome`` is the data and ``outcome`` names the outcome
        column), or set memberships (one column per set, e.g. from
        :func:`regionalism.qca.expressions.negate_columns`; then
        ``data_or_outcome`` is the outcome membership).
    data_or_outcome : DataFrame or array-like
    outcome : str, optional
        Outcome column (``"~Y"`` negates) when an expression is given.
    conditions : sequence of str, optional
        Conditions of the expression (default: all non-outcome columns).
    relation : {"necessity", "sufficiency"}
    neg_out : bool
        Negate the outcome.

    Returns
    -------
    DataFrame
        Index: the sets (terms of the expression, then ``expression`` when it
        has several terms). Necessity: columns ``inclN``, ``RoN``, ``covN``.
        Sufficiency: ``inclS``, ``PRI``, ``covS``, ``covU`` (unique coverage of
        each term within the expression; 0 for sets passed as columns, as R
        reports them).

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1.0, 0.8, 0.2], "Y": [0.9, 0.7, 0.4]})
    >>> pof("A", df, outcome="Y", relation="sufficiency").round(3).loc["A", "inclS"]
    np.float64(0.9)
    """
    if relation not in ("necessity", "sufficiency"):
        raise ValueError(f"relation must be 'necessity' or 'sufficiency', got {relation!r}")
    if isinstance(setms, str):
        if not isinstance(data_or_outcome, pd.DataFrame) or outcome is None:
            raise ValueError("with an expression, pass the data as a DataFrame and `outcome=`")
        sets = prepare_sets(data_or_outcome, outcome=outcome, conditions=conditions,
                            neg_out=neg_out)
        imps = parse_expression(setms, sets.conditions, sets.noflevels)
        names = [format_term(i, sets.conditions, sets.noflevels) for i in imps]
        membs = [term_membership(i, sets.X, sets.noflevels) for i in imps]
        y = sets.y
        frame = pd.DataFrame(np.column_stack(membs), columns=names)
        if len(imps) > 1:
            frame["expression"] = expression_membership(imps, sets.X, sets.noflevels)
        unique_from = membs if len(imps) > 1 else None
    else:
        frame = _setframe(setms)
        y = np.asarray(data_or_outcome, dtype=float)
        if neg_out:
            y = 1.0 - y
        if y.shape[0] != frame.shape[0]:
            raise ValueError(f"outcome has {y.shape[0]} values but the sets have "
                             f"{frame.shape[0]} cases")
        unique_from = None
    rows = []
    for name in frame.columns:
        m = frame[name].to_numpy(dtype=float)
        if relation == "necessity":
            rows.append(dict(zip(("inclN", "RoN", "covN"), necessity_scores(m, y))))
        else:
            rows.append(dict(zip(("inclS", "PRI", "covS"), sufficiency_scores(m, y))))
    out = pd.DataFrame(rows, index=pd.Index([str(c) for c in frame.columns], name="set"))
    if relation == "sufficiency":
        covu = np.zeros(len(out))
        if unique_from is not None:
            covu[:len(unique_from)] = unique_coverage(unique_from, y)
            covu[-1] = np.nan
        out["covU"] = covu
    return out


def _literal_columns(X: np.ndarray, conditions: Sequence[str], noflevels: Sequence[int]):
    """All single literals as (condition index, value, membership)."""
    lits = []
    for j, lv in enumerate(noflevels):
        for v in range(lv):
            imp = tuple(v if i == j else -1 for i in range(len(conditions)))
            lits.append((j, v, term_membership(imp, X, noflevels)))
    return lits


#: without an explicit ``depth``, super_subset searches every combination up to this many
#: conditions (all of them when there are no more)
DEFAULT_DEPTH = 6
#: a progress line is written to stderr above this many combinations (``progress=None``)
PROGRESS_ABOVE = 200_000


def _n_combinations(noflevels: Sequence[int], depth: int) -> int:
    """Number of conjunctions of 1..depth literals over distinct conditions."""
    poly = [1] + [0] * depth  # elementary symmetric sums of the level counts
    for lv in noflevels:
        for d in range(depth, 0, -1):
            poly[d] += poly[d - 1] * lv
    return sum(poly[1:])


def super_subset(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
                 relation: str = "necessity", incl_cut: float = 1, cov_cut: float = 0,
                 ron_cut: float = 0, depth: int | None = None,
                 neg_out: bool = False, progress: bool | None = None) -> pd.DataFrame:
    """Search necessary (or sufficient) conjunctions and disjunctions (R QCA ``superSubset``).

    Parameters
    ----------
    data : DataFrame
        Calibrated sets.
    outcome : str
        Outcome column (``"~Y"`` negates).
    conditions : sequence of str, optional
    relation : {"necessity", "sufficiency"}
    incl_cut, cov_cut, ron_cut : float
        Minimum inclusion, coverage and (necessity only) relevance.
    depth : int, optional
        Largest number of conditions in a conjunction or disjunction. Default:
        all conditions when there are at most ``DEFAULT_DEPTH`` (6), else
        ``DEFAULT_DEPTH`` with a warning saying that deeper combinations were
        not searched (the search grows as ``3**k`` for crisp sets).
    neg_out : bool
    progress : bool, optional
        Write a progress line to stderr; default: when more than
        ``PROGRESS_ABOVE`` (200,000) combinations are searched.

    Returns
    -------
    DataFrame
        Index: expressions; columns ``inclN``, ``RoN``, ``covN`` (necessity)
        or ``inclS``, ``PRI``, ``covS`` (sufficiency).

    Notes
    -----
    Necessity: every conjunction of literals whose inclusion and coverage
    pass the cut-offs is reported (fewest literals first), then the
    disjunctions of literals that pass and contain no smaller passing
    disjunction (or passing single literal). Sufficiency is the mirror image
    (disjunctions all kept, conjunctions minimal).

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 1], "B": [0, 1, 1, 1], "Y": [1, 1, 0, 0]})
    >>> super_subset(df, outcome="Y").index.tolist()
    ['A']
    """
    if relation not in ("necessity", "sufficiency"):
        raise ValueError(f"relation must be 'necessity' or 'sufficiency', got {relation!r}")
    sets = prepare_sets(data, outcome=outcome, conditions=conditions, neg_out=neg_out)
    k = len(sets.conditions)
    if depth is None:
        depth = min(k, DEFAULT_DEPTH)
        if k > DEFAULT_DEPTH:
            warnings.warn(f"super_subset searched combinations of up to {DEFAULT_DEPTH} of the "
                          f"{k} conditions (DEFAULT_DEPTH); pass depth={k} to search all",
                          UserWarning, stacklevel=2)
    depth = min(depth, k)
    total = _n_combinations(sets.noflevels, depth)
    show = total > PROGRESS_ABOVE if progress is None else progress
    step = max(1, total // 100)
    y = sets.y
    lits = _literal_columns(sets.X, sets.conditions, sets.noflevels)
    nec = relation == "necessity"
    score = necessity_scores if nec else sufficiency_scores
    cols = ("inclN", "RoN", "covN") if nec else ("inclS", "PRI", "covS")

    def passes(s: tuple[float, float, float], full: bool) -> bool:
        incl_ok = s[0] >= incl_cut - TOLERANCE
        if not full:
            return incl_ok
        ok = incl_ok and s[2] >= cov_cut - TOLERANCE
        if nec:
            ok = ok and s[1] >= ron_cut - TOLERANCE
        return ok

    def combos():
        for size in range(1, depth + 1):
            for conds in itertools.combinations(range(k), size):
                for vals in itertools.product(*[range(sets.noflevels[c]) for c in conds]):
                    yield conds, vals

    lit_index = {(j, v): m for j, v, m in lits}
    found_conj, found_disj = [], []
    passing_disj: set[tuple[tuple[int, int], ...]] = set()
    for done, (conds, vals) in enumerate(combos(), start=1):
        if show and (done % step == 0 or done == total):
            print(f"\rsuper_subset: {done}/{total} combinations ({100 * done // total}%)",
                  end="\n" if done == total else "", file=sys.stderr, flush=True)
        ms = [lit_index[(c, v)] for c, v in zip(conds, vals)]
        imp = tuple(vals[conds.index(i)] if i in conds else -1 for i in range(k))
        term = format_term(imp, sets.conditions, sets.noflevels)
        conj = np.minimum.reduce(ms)
        # the relation-preserving combination: conjunctions for necessity
        primary = conj if nec else np.maximum.reduce(ms)
        s = score(primary, y)
        if passes(s, True):
            label = term if nec else term.replace("*", " + ")
            found_conj.append((len(conds), sort_key(imp), label, s))
        if len(conds) < 2:
            if passes(s, False):
                passing_disj.add(tuple(zip(conds, vals)))
            continue
        secondary = np.maximum.reduce(ms) if nec else conj
        lits_here = tuple(zip(conds, vals))
        if any(sub in passing_disj for r in range(1, len(lits_here))
               for sub in itertools.combinations(lits_here, r)):
            continue
        s2 = score(secondary, y)
        if passes(s2, False):
            passing_disj.add(lits_here)
            if passes(s2, True):
                label = term.replace("*", " + ") if nec else term
                found_disj.append((len(conds), sort_key(imp), label, s2))
    rows = [r for r in found_conj] + [r for r in found_disj]
    out = pd.DataFrame([dict(zip(cols, r[3])) for r in rows],
                       index=pd.Index([r[2] for r in rows], name="expression"),
                       columns=list(cols))
    return out


def fit_table(models: Sequence[Sequence[Implicant]], X: np.ndarray, y: np.ndarray,
              conditions: Sequence[str], noflevels: Sequence[int],
              cases: Mapping[Implicant, str] | None = None) -> pd.DataFrame:
    """Sufficiency fit of the terms and of each model of a solution.

    Parameters
    ----------
    models : sequence of sequence of Implicant
        Each model as a list of implicants (e.g. from
        :func:`~regionalism.qca.expressions.parse_expression`).
    X : ndarray, shape (n_cases, n_conditions)
        Set memberships (or multi-value codes) of the cases.
    y : ndarray, shape (n_cases,)
        Outcome memberships.
    conditions : sequence of str
        Condition names, in the column order of ``X``.
    noflevels : sequence of int
        Number of levels per condition (2 for crisp and fuzzy sets).
    cases : mapping, optional
        Implicant -> case names, for the ``cases`` column.

    Returns
    -------
    DataFrame
        One row per distinct term (R order of the union of the models) and
        one per model (``M1``, ``M2``, ...). Columns ``inclS``, ``PRI``,
        ``covS``, ``covU`` (unique coverage against all other terms of all
        models), ``covU(M1)``... per model when there are several models, and
        ``cases`` (positive truth-table rows covered by the term).

    Examples
    --------
    Two crisp conditions, two candidate models ``B`` and ``A + B``:

    >>> import numpy as np
    >>> from regionalism.qca.expressions import parse_expression
    >>> from regionalism.qca.set_relations import fit_table
    >>> X = np.array([[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]], dtype=float)
    >>> y = np.array([1, 1, 1, 0, 0], dtype=float)
    >>> models = [parse_expression("B", ["A", "B"]), parse_expression("A + B", ["A", "B"])]
    >>> ft = fit_table(models, X, y, ["A", "B"], [2, 2])
    >>> ft.index.tolist()
    ['A', 'B', 'M1', 'M2']
    >>> ft.loc[["M1", "M2"], ["inclS", "covS"]].round(3).values.tolist()
    [[1.0, 0.667], [0.75, 1.0]]
    """
    terms: list[Implicant] = sorted({t for m in models for t in m}, key=sort_key)
    # keep R's order: the terms in order of first appearance across sorted PI list
    membs = {t: term_membership(t, X, noflevels) for t in terms}
    overall_u = unique_coverage([membs[t] for t in terms], y)
    if len(terms) == 1:  # R reports no unique coverage for a single term
        overall_u[:] = np.nan
    scores = np.array([sufficiency_scores(membs[t], y) for t in terms]).reshape(-1, 3)
    columns = {"inclS": scores[:, 0], "PRI": scores[:, 1], "covS": scores[:, 2],
               "covU": overall_u}
    if len(models) > 1:
        position = {t: i for i, t in enumerate(terms)}
        per_model = np.full((len(terms), len(models)), np.nan)
        for mi, m in enumerate(models):
            per_model[[position[t] for t in m], mi] = unique_coverage([membs[t] for t in m], y)
        columns.update({f"covU(M{mi + 1})": per_model[:, mi] for mi in range(len(models))})
    names = [format_term(t, conditions, noflevels) for t in terms]
    out = pd.DataFrame(columns, index=names)
    if cases is not None:
        out["cases"] = [cases.get(t, "") for t in terms]
    model_rows = []
    for m in models:
        memb = np.max([membs[t] for t in m], axis=0) if m else np.zeros_like(y)
        incl, pri, cov = sufficiency_scores(memb, y)
        model_rows.append({"inclS": incl, "PRI": pri, "covS": cov})
    mframe = pd.DataFrame(model_rows, index=[f"M{i + 1}" for i in range(len(models))])
    out = pd.concat([out, mframe], axis=0)
    out.index.name = "term"
    return out

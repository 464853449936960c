"""Robustness of set-theoretic results (Oana and Schneider 2021; R SetMethods
``rob.inclrange``, ``rob.ncutrange``, ``rob.calibrange``, ``rob.fit``) and theory
evaluation (Ragin 1987; Schneider and Wagemann 2012, ch. 11; ``theory.evaluation``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.qca.calibration import calibrate
from regionalism.qca.expressions import expression_membership, parse_expression
from regionalism.qca.minimization import QCASolution, minimize
from regionalism.qca.scores import sufficiency_scores


def solution_membership(solution: QCASolution, *, model: int = 0,
                        data: pd.DataFrame | None = None) -> np.ndarray:
    """Membership of each case in one model of a solution (maximum over its terms).

    For an intermediate solution the model is taken from the first
    conservative x parsimonious combination (R's ``C1P1``), as SetMethods'
    ``pimdata`` does.

    Parameters
    ----------
    solution : QCASolution
    model : int
        Which model (0-based).
    data : DataFrame, optional
        Other rows to evaluate the model on (e.g. the region-years of a panel),
        with the solution's condition columns calibrated the same way; by
        default the cases of the solution's truth table.

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> solution_membership(minimize(df, outcome="Y")).tolist()
    [1.0, 1.0, 0.0, 0.0]
    """
    models = solution.intermediate[0].models if solution.intermediate else solution.models
    sets = solution.truth_table.sets
    imps = parse_expression(" + ".join(models[model]), sets.conditions, sets.noflevels)
    if data is None:
        return expression_membership(imps, sets.X, sets.noflevels)
    missing = [c for c in sets.conditions if c not in data.columns]
    if missing:
        raise KeyError(f"data lacks the solution's conditions {missing}")
    return expression_membership(imps, data[sets.conditions].to_numpy(dtype=float),
                                 sets.noflevels)


def _first_model(solution: QCASolution) -> frozenset[str]:
    models = solution.intermediate[0].models if solution.intermediate else solution.models
    return frozenset(models[0])


def _search(solve: Callable[[float], frozenset[str]], start: float, step: float, sign: int,
            max_runs: int, stop_before: Callable[[float], bool] | None = None,
            stop_after: Callable[[float], bool] | None = None) -> float:
    """Move a parameter by ``step`` until the first model changes (SetMethods' loop).

    Returns the last value that gave the initial model, NaN when ``max_runs``
    steps did not change it.
    """
    init = solve(start)
    v = start
    while True:
        v = v + sign * step
        if stop_before is not None and stop_before(v):
            break
        try:
            s = solve(v)
        except ValueError:  # no configuration / nothing to minimize: the range ends
            break
        if sign * (v - start) >= max_runs * step:
            return float("nan")
        if stop_after is not None and stop_after(v):
            break
        if s != init:
            break
    return v - sign * step


def incl_range(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
               incl_cut: float = 1, n_cut: int = 1, step: float = 0.1, max_runs: int = 20,
               **minimize_options: Any) -> pd.Series:
    """Range of the consistency threshold that leaves the solution unchanged
    (SetMethods ``rob.inclrange``).

    Parameters
    ----------
    data : DataFrame
        Calibrated sets.
    outcome, conditions, incl_cut, n_cut
        As in :func:`regionalism.qca.minimize`; ``incl_cut`` is the threshold tested.
    step : float
        Step of the search.
    max_runs : int
        Steps in each direction before giving up (the bound is then NaN).
    **minimize_options
        ``include``, ``dir_exp``, ``pri_cut``... passed to ``minimize``.

    Returns
    -------
    Series
        ``lower`` and ``upper``: the most extreme thresholds, on the step grid,
        that still give the first model of the initial solution (compared as a
        set of terms; C1P1 for intermediate solutions).

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> incl_range(df, outcome="Y").tolist()
    [0.10000000000000014, 1.0]
    """
    def solve(c: float) -> frozenset[str]:
        return _first_model(minimize(data, outcome=outcome, conditions=conditions,
                                     incl_cut=c, n_cut=n_cut, **minimize_options))

    lo = _search(solve, incl_cut, step, -1, max_runs, stop_before=lambda v: v <= 0)
    hi = _search(solve, incl_cut, step, +1, max_runs, stop_before=lambda v: v >= 1)
    return pd.Series({"lower": lo, "upper": hi}, name="incl_cut")


def ncut_range(data: pd.DataFrame, *, outcome: str, conditions: Sequence[str] | None = None,
               incl_cut: float = 1, n_cut: int = 1, step: int = 1, max_runs: int = 20,
               **minimize_options: Any) -> pd.Series:
    """Range of the frequency threshold that leaves the solution unchanged
    (SetMethods ``rob.ncutrange``); see :func:`incl_range`.

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> ncut_range(df, outcome="Y").tolist()
    [1.0, 1.0]
    """
    def solve(n: float) -> frozenset[str]:
        return _first_model(minimize(data, outcome=outcome, conditions=conditions,
                                     incl_cut=incl_cut, n_cut=int(n), **minimize_options))

    lo = _search(solve, n_cut, step, -1, max_runs, stop_before=lambda v: v < 1)
    hi = _search(solve, n_cut, step, +1, max_runs)
    return pd.Series({"lower": float(lo), "upper": float(hi)}, name="n_cut")


def calib_range(raw: pd.Series | np.ndarray, data: pd.DataFrame, *, condition: str,
                thresholds: Sequence[float], outcome: str,
                conditions: Sequence[str] | None = None, type: str = "fuzzy",
                step: float = 1, max_runs: int = 20, incl_cut: float = 1, n_cut: int = 1,
                **minimize_options: Any) -> pd.DataFrame:
    """Ranges of the calibration anchors that leave the solution unchanged
    (SetMethods ``rob.calibrange``).

    Parameters
    ----------
    raw : Series or array
        Raw values of the condition (one per row of ``data``).
    data : DataFrame
        Calibrated sets; column ``condition`` is recalibrated from ``raw``.
    condition : str
    thresholds : sequence of float
        Fuzzy: exclusion, crossover and inclusion anchors; crisp: one threshold.
    type : {"fuzzy", "crisp"}
    step, max_runs : see :func:`incl_range`.
    outcome, conditions, incl_cut, n_cut, **minimize_options : see ``minimize``.

    Returns
    -------
    DataFrame
        Index ``lower``, ``upper``; one column per anchor (``E``, ``C``, ``I``
        for fuzzy sets, ``C`` for crisp). The crossover (and a crisp
        threshold) is not moved beyond the range of ``raw``.

    Examples
    --------
    >>> raw = pd.Series([1.0, 2, 3, 7, 8, 9])
    >>> df = pd.DataFrame({"A": 0.0, "Y": [0, 0, 0, 1, 1, 1]}, index=list("abcdef"))
    >>> calib_range(raw, df, condition="A", thresholds=[5], type="crisp",
    ...             outcome="Y")["C"].tolist()
    [4.0, 8.0]
    """
    raw = np.asarray(raw, dtype=float)
    th0 = [float(t) for t in thresholds]
    lo_raw, hi_raw = float(np.min(raw)), float(np.max(raw))

    def solver(pos: int) -> Callable[[float], frozenset[str]]:
        def solve(v: float) -> frozenset[str]:
            th = list(th0)
            th[pos] = v
            d = data.copy()
            d[condition] = calibrate(raw, type=type, thresholds=th)
            return _first_model(minimize(d, outcome=outcome, conditions=conditions,
                                         incl_cut=incl_cut, n_cut=n_cut, **minimize_options))
        return solve

    def bounds(pos: int, limited: bool) -> list[float]:
        s = solver(pos)
        lo = _search(s, th0[pos], step, -1, max_runs,
                     stop_after=(lambda v: v <= lo_raw) if limited else None)
        hi = _search(s, th0[pos], step, +1, max_runs,
                     stop_after=(lambda v: v >= hi_raw) if limited else None)
        return [lo, hi]

    if type == "crisp":
        if len(th0) != 1:
            raise ValueError("a crisp calibration takes one threshold")
        cols = {"C": bounds(0, True)}
    elif type == "fuzzy":
        if len(th0) != 3:
            raise ValueError("a fuzzy calibration takes three anchors (exclusion, crossover, "
                             "inclusion)")
        cols = {"E": bounds(0, False), "C": bounds(1, True), "I": bounds(2, False)}
    else:
        raise ValueError(f"type must be 'fuzzy' or 'crisp', got {type!r}")
    return pd.DataFrame(cols, index=["lower", "upper"])


def robustness_fit(initial: QCASolution, tests: QCASolution | Sequence[QCASolution]
                   ) -> pd.Series:
    """Robustness fit parameters of an initial solution against alternative (test)
    solutions (Oana and Schneider 2021; SetMethods ``rob.fit``).

    With ``IS`` the initial solution, ``minTS`` the intersection of the test
    solutions and ``maxTS`` their union (first model each):

    - ``RF_cov`` = coverage of ``IS * minTS`` / coverage of ``IS``;
    - ``RF_cons`` = consistency of ``IS`` / consistency of ``IS * minTS``;
    - ``RF_SC_minTS`` = sum(min(IS, minTS)) / sum(max(IS, minTS));
    - ``RF_SC_maxTS`` = the same with ``maxTS``.

    Returns
    -------
    Series
        The four parameters, unrounded (SetMethods prints three decimals).

    Notes
    -----
    ``minTS`` and ``maxTS`` are taken over all test solutions. SetMethods 4.0
    loops over the first and the last test solution only
    (``for (i in length(test_sol))``); with one or two test solutions both agree.

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> s = minimize(df, outcome="Y")
    >>> robustness_fit(s, [s]).tolist()
    [1.0, 1.0, 1.0, 1.0]
    """
    tests = [tests] if isinstance(tests, QCASolution) else list(tests)
    if not tests:
        raise ValueError("robustness_fit needs at least one test solution")
    y = initial.truth_table.sets.y
    IS = solution_membership(initial)
    TS = np.array([solution_membership(t) for t in tests])
    min_ts, max_ts = TS.min(axis=0), TS.max(axis=0)
    core = np.minimum(IS, min_ts)
    incl_core, _, cov_core = sufficiency_scores(core, y)
    incl_is, _, cov_is = sufficiency_scores(IS, y)
    return pd.Series({
        "RF_cov": cov_core / cov_is,
        "RF_cons": incl_is / incl_core,
        "RF_SC_minTS": np.minimum(IS, min_ts).sum() / np.maximum(IS, min_ts).sum(),
        "RF_SC_maxTS": np.minimum(IS, max_ts).sum() / np.maximum(IS, max_ts).sum(),
    }, name="robustness_fit")


def theory_evaluation(theory: str, solution: QCASolution, *, model: int = 0
                      ) -> dict[str, pd.DataFrame]:
    """Compare a stated theory with an empirical solution (SetMethods ``theory.evaluation``).

    Parameters
    ----------
    theory : str
        Sum-of-products expression over the solution's conditions, e.g.
        ``"DEMOC*~NATPRIDE + GEOCON"``.
    solution : QCASolution
    model : int
        Which model of the solution (0-based; intermediate: from C1P1).

    Returns
    -------
    dict
        ``"data"``: memberships of each case in ``T*E``, ``T*~E``, ``~T*E``,
        ``~T*~E`` (theory T, empirical model E) and the outcome;
        ``"fit"``: inclusion (``inclS``), ``PRI`` and coverage (``covS``) of
        each intersection for the outcome; ``"cases"``: per intersection,
        the cases with membership above 0.5 in it and in the outcome
        (``Y``) or not (``~Y``).

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> ev = theory_evaluation("B", minimize(df, outcome="Y"))
    >>> ev["cases"].loc["T*E", "Y"], ev["cases"].loc["~T*E", "Y"]
    ('a', 'b')
    """
    sets = solution.truth_table.sets
    T = expression_membership(parse_expression(theory, sets.conditions, sets.noflevels),
                              sets.X, sets.noflevels)
    E = solution_membership(solution, model=model)
    parts = {"T*E": np.minimum(T, E), "T*~E": np.minimum(T, 1 - E),
             "~T*E": np.minimum(1 - T, E), "~T*~E": np.minimum(1 - T, 1 - E)}
    data = pd.DataFrame(parts, index=pd.Index(sets.cases, name="case"))
    data[sets.outcome] = sets.y
    y = sets.y
    fit = pd.DataFrame([dict(zip(("inclS", "PRI", "covS"), sufficiency_scores(m, y)))
                        for m in parts.values()], index=list(parts))
    names = np.array(sets.cases, dtype=object)
    cases = pd.DataFrame({"Y": [",".join(names[(m > 0.5) & (y > 0.5)]) for m in parts.values()],
                          "~Y": [",".join(names[(m > 0.5) & (y < 0.5)])
                                 for m in parts.values()]}, index=list(parts))
    return {"data": data, "fit": fit, "cases": cases}


__all__ = ["calib_range", "incl_range", "ncut_range", "robustness_fit", "solution_membership",
           "theory_evaluation"]

